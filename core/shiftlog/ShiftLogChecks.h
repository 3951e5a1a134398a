#pragma once
// The shift-log rules HealthCheck runs on stored sessions: a handover is accepted only once the
// shift that wrote it was closed, and it is the preceding shift's handover, not an older one.

#include "checks/HealthCheck.h"

#include <QCoreApplication>
#include <QList>

namespace jinglao::core {

class Database;

class ShiftLogChecks {
    Q_DECLARE_TR_FUNCTIONS(ShiftLogChecks)

public:
    static constexpr int ListedPerRule = 5;
    static void run(const Database& db, QList<HealthCheck::Finding>& findings);
};

} // namespace jinglao::core
