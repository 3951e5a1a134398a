#pragma once
// The residents-and-beds rules HealthCheck runs: the live bed pointers (residents.bed_uid) agree
// with the bed history, no bed is held twice, and no occupied bed is out of service.

#include "checks/HealthCheck.h"

#include <QCoreApplication>
#include <QList>

namespace jinglao::core {

class Database;

class BedChecks {
    Q_DECLARE_TR_FUNCTIONS(BedChecks)

public:
    static void run(const Database& db, QList<HealthCheck::Finding>& findings);
};

} // namespace jinglao::core
