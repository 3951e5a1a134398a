#pragma once
// Shift logs as a module: the demo's duty sessions, entries and incidents, the handover checks,
// shift_logs.csv, and an alert per incident still waiting for its follow-up.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class ShiftLogModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(ShiftLogModule)

public:
    QString id() const override { return QStringLiteral("shiftlog"); }
    QString title() const override;
    QList<DemoStep> demoSteps() const override;
    void check(const Database& db, QList<CheckFinding>& findings) const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
    QList<CountyFile> countyFiles() const override;
    // incidents: entries with an incident written in the month (the county's definition, by the
    // entry's own date), an entry corrected by then counted once, as its correction; and by kind.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const override;
};

} // namespace jinglao::core
