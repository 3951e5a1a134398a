#include "shiftlog/ShiftLogModule.h"

#include "shiftlog/ShiftLogCountyFile.h"

#include "demo/DemoGenerator.h"
#include "demo/ShiftLogDemo.h"
#include "shiftlog/Incident.h"
#include "shiftlog/ShiftLogChecks.h"
#include "shiftlog/ShiftLogService.h"
#include "storage/Sql.h"

#include <QHash>

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
        const QString text = entry.residentName.isEmpty()
                                 ? tr("%1 of %2 has no follow-up yet.")
                                       .arg(incidentCodes().label(entry.incident), entry.writtenAt.left(10))
                                 : tr("%1 of %2 on %3 has no follow-up yet.")
                                       .arg(incidentCodes().label(entry.incident), entry.residentName,
                                            entry.writtenAt.left(10));
        alerts.append({Alert::Severity::Warning, id(), text, {QStringLiteral("shift_logs"), entry.uid}});
    }
    return alerts;
}

QList<CountyFile> ShiftLogModule::countyFiles() const
{
    return {shiftLogsCountyFile()};
}

void ShiftLogModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                  MonthFigures& figures) const
{
    Q_UNUSED(actor);
    QHash<QString, qint64> byKind;
    qint64 total = 0;
    // Timestamps are ISO text in their own offset, so the date prefix is the day it was written. A
    // correction written after the month's last day does not change the month: as of that day the
    // entry stood as it was.
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral("SELECT l.incident, count(*) AS n FROM shift_logs l WHERE l.deleted = 0 AND "
                            "l.incident IS NOT NULL AND substr(l.written_at, 1, 10) BETWEEN ? AND ? AND "
                            "NOT EXISTS (SELECT 1 FROM shift_logs c WHERE c.corrects_uid = l.uid AND "
                            "c.deleted = 0 AND substr(c.written_at, 1, 10) <= ?) GROUP BY l.incident"),
             {month.first.toString(Qt::ISODate), month.asOf.toString(Qt::ISODate),
              month.asOf.toString(Qt::ISODate)})) {
        const qint64 count = row.value(QStringLiteral("n")).toLongLong();
        byKind[row.value(QStringLiteral("incident")).toString()] += count;
        total += count;
    }
    const QString section = tr("Incidents");
    figures.addCount(QStringLiteral("incidents"), section, tr("Incidents written in the month"), total);
    for (const Incident incident : allIncidents()) {
        const QString code = incidentCodes().code(incident);
        figures.addCount(QStringLiteral("incidents_") + code, section, incidentCodes().label(incident),
                         byKind.value(code));
    }
}

} // namespace jinglao::core
