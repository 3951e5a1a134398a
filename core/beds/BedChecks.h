#pragma once
// The residents-and-beds rules HealthCheck runs: the live bed pointers (residents.bed_uid) agree
// with the bed history, no occupied bed is out of service, every stay lies in a period the bed was
// in service, and the in-service flag agrees with that history. (One open entry per bed and per
// resident is a record rule: RecordRuleChecks.)

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
