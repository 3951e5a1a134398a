#include "shiftlog/ShiftLogModule.h"

#include "demo/DemoGenerator.h"
#include "demo/ShiftLogDemo.h"
#include "shiftlog/Incident.h"
#include "shiftlog/ShiftLogChecks.h"
#include "shiftlog/ShiftLogService.h"

namespace jinglao::core {

QString ShiftLogModule::title() const
{
    return tr("Shift logs");
}

QList<DemoStep> ShiftLogModule::demoSteps() const
{
    // Handovers, notes and incidents for the shifts worked.
    return {{QStringLiteral("shiftlogs"), DemoStep::Daily,
             [](Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options) {
                 ShiftLogDemo::generate(db, actor, rng, options.firstDay(), options.lastDay());
             }}};
}

void ShiftLogModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    ShiftLogChecks::run(db, findings);
}

QList<Alert> ShiftLogModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    Q_UNUSED(today);
    if (!actor.can(Permission::ViewRecords))
        return {};
    QList<Alert> alerts;
    for (const ShiftLogService::Entry& entry : ShiftLogService(db).openIncidents(actor)) {
        //: %1 the incident (跌倒 …), %2 the resident, %3 when it was written
        const QString text =
            entry.residentName.isEmpty()
                ? tr("%1 of %2 has no follow-up yet.")
                      .arg(incidentLabel(entry.incident), entry.writtenAt.left(10))
                : tr("%1 of %2 on %3 has no follow-up yet.")
                      .arg(incidentLabel(entry.incident), entry.residentName, entry.writtenAt.left(10));
        alerts.append({Alert::Severity::Warning, id(), text, {QStringLiteral("shift_logs"), entry.uid}});
    }
    return alerts;
}

QStringList ShiftLogModule::countyFiles() const
{
    return {QStringLiteral("shift_logs.csv")};
}

} // namespace jinglao::core
