#pragma once
// Staff and rosters as a module: the demo's staff and rosters, staff.csv and shifts.csv, and the
// alerts for certificates about to expire, for the coming week's shifts short of caregivers and
// for more residents per caregiver than the center's own target.

#include "modules/Module.h"

#include <QCoreApplication>

#include <optional>

namespace jinglao::core {

class StaffRosterModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(StaffRosterModule)

public:
    QString id() const override { return QStringLiteral("staff"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    QString settingLabel(const QString& key) const override;
    // staff_total and caregivers employed on the day, the staff by role, the month's shifts short
    // of caregivers and the center's target of residents per caregiver.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;

    // Days ahead in which a shift short of caregivers is an alert.
    static constexpr int StaffingLookaheadDays = 7;

private:
    std::optional<Alert> caregiverTargetAlert(Database& db, const Actor& actor, const QDate& today) const;
};

} // namespace jinglao::core
