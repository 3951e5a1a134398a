#pragma once
// Family care beds and home visits as a module: the demo's family beds, agreements and visits,
// the checks on visits written outside the program's own rules (imports), family_beds.csv and
// home_visits.csv, and an alert per special-difficulty elder not yet visited this month.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class FamilyBedsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(FamilyBedsModule)

public:
    QString id() const override { return QStringLiteral("familybeds"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    void check(const Database& db, QList<CheckFinding>& findings) const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    // family_beds_active … home_visits: the month's coverage (HomeVisitService::coverage).
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;
    QList<AuditSubject> auditSubjects() const override;

    // An unvisited special-difficulty elder is urgent when this few days of the month are left.
    static constexpr int UrgentDaysLeft = 5;
};

} // namespace jinglao::core
