#pragma once
// Ability assessments as a module: the demo's assessments (after the shift logs, whose risk events
// raise levels), the assessment checks, assessments.csv, and an alert per resident overdue.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class AssessmentsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(AssessmentsModule)

public:
    QString id() const override { return QStringLiteral("assessments"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    void check(const Database& db, QList<CheckFinding>& findings) const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    // residents_level_0 … residents_level_4 and residents_unassessed: the present residents by
    // their latest assessment on or before the day.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;
};

} // namespace jinglao::core
