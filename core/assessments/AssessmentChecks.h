#pragma once
// The assessment rules HealthCheck runs on stored assessments (also those imported from a county
// package): the item scores add up to the parts, and the preliminary level is the one the total
// gives; and every current resident past a month's grace has been assessed at all (a center's
// records are incomplete without care levels). (The parts adding up to the total and at most one
// raising step are record rules that RecordRuleChecks reports.)

#include "checks/HealthCheck.h"

#include <QCoreApplication>
#include <QList>

namespace jinglao::core {

class Database;

class AssessmentChecks {
    Q_DECLARE_TR_FUNCTIONS(AssessmentChecks)

public:
    static void run(const Database& db, QList<HealthCheck::Finding>& findings);

    // Days after admission within which a first assessment may still be pending.
    static constexpr int AdmissionGraceDays = 30;

private:
    static void checkEveryResidentAssessed(const Database& db, QList<HealthCheck::Finding>& findings);
};

} // namespace jinglao::core
