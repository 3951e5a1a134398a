#pragma once
// Residents and beds as a module: the demo's beds and residents, the bed-history checks, the
// county files beds.csv and residents.csv, and the nursing-bed ratio alert.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class ResidentsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ResidentsModule)

public:
    QString id() const override { return QStringLiteral("residents"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    void check(const Database& db, QList<CheckFinding>& findings) const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    // beds_total … occupancy_rate, residents_total, residents_tk; residents by category,
    // admissions and discharges by reason in the month, their average age.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;
};

} // namespace jinglao::core
