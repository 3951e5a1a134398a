#include "roster/StaffRosterModule.h"

#include "demo/DemoGenerator.h"
#include "demo/StaffRosterDemo.h"
#include "roster/RosterService.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

namespace jinglao::core {

QString StaffRosterModule::title() const
{
    return tr("Staff and rosters");
}

QList<DemoStep> StaffRosterModule::demoSteps() const
{
    return {{QStringLiteral("staff"), DemoStep::People, &StaffRosterDemo::step}};
}

QList<Alert> StaffRosterModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    QList<Alert> alerts;
    for (const CertificateWarning& warning : StaffService(db).certificateWarnings(actor, today))
        alerts.append({warning.expired ? Alert::Severity::Critical : Alert::Severity::Warning,
                       id(),
                       warning.message,
                       {QStringLiteral("staff"), warning.certificate.staffUid}});
    // Without shift templates nobody has planned a roster yet: nothing can be short.
    if (sql::scalar(db, QStringLiteral("SELECT count(*) FROM shift_templates WHERE deleted = 0")).toInt() ==
        0)
        return alerts;
    RosterService roster(db);
    const QDate last = today.addDays(StaffingLookaheadDays - 1);
    QList<RosterWarning> warnings = roster.warnings(actor, today);
    if (last.month() != today.month())
        warnings += roster.warnings(actor, last);
    for (const RosterWarning& warning : warnings) {
        if (warning.kind != RosterWarning::Kind::Understaffed || warning.date < today || warning.date > last)
            continue;
        alerts.append({warning.date == today ? Alert::Severity::Critical : Alert::Severity::Warning,
                       id(),
                       warning.message,
                       {QStringLiteral("roster"), warning.date.toString(Qt::ISODate)}});
    }
    return alerts;
}

QStringList StaffRosterModule::countyFiles() const
{
    return {QStringLiteral("staff.csv"), QStringLiteral("shifts.csv")};
}

} // namespace jinglao::core
