#include "roster/StaffRosterModule.h"

#include "demo/DemoGenerator.h"
#include "demo/StaffRosterDemo.h"
#include "roster/RosterCountyFiles.h"
#include "roster/RosterService.h"
#include "roster/StaffingIndicators.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QHash>

namespace jinglao::core {

QString StaffRosterModule::title() const
{
    return tr("Staff and rosters");
}

QList<DemoStep> StaffRosterModule::demoSteps() const
{
    return {{QStringLiteral("staff"), DemoStep::People, &StaffRosterDemo::step}};
}

std::optional<Alert> StaffRosterModule::caregiverTargetAlert(Database& db, const Actor& actor,
                                                             const QDate& today) const
{
    const std::optional<double> target = RosterService(db).caregiverTarget();
    if (!target)
        return std::nullopt;
    const StaffingIndicators staffing = StaffingIndicators::compute(db, actor, today);
    // Without caregivers there is no ratio; with residents that is a shortage the staff page shows.
    if (!staffing.residentsPerCaregiver || *staffing.residentsPerCaregiver <= *target)
        return std::nullopt;
    return Alert{Alert::Severity::Warning,
                 id(),
                 tr("Residents per caregiver %1: more than the center's target of %2.")
                     .arg(StaffingIndicators::ratioText(staffing.residentsPerCaregiver),
                          StaffingIndicators::ratioText(target)),
                 {QStringLiteral("roster"), today.toString(Qt::ISODate)}};
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
    if (const std::optional<Alert> ratio = caregiverTargetAlert(db, actor, today))
        alerts.append(*ratio);
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

QList<CountyFile> StaffRosterModule::countyFiles() const
{
    return {RosterCountyFiles::staff(), RosterCountyFiles::shifts()};
}

void StaffRosterModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                     MonthFigures& figures) const
{
    const QString day = month.asOf.toString(Qt::ISODate);
    QHash<QString, qint64> byRole;
    qint64 total = 0;
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral("SELECT role, count(*) AS n FROM staff WHERE deleted = 0 AND hire_date <= ? "
                            "AND (leave_date IS NULL OR leave_date > ?) GROUP BY role"),
             {day, day})) {
        const qint64 count = row.value(QStringLiteral("n")).toLongLong();
        byRole[row.value(QStringLiteral("role")).toString()] += count;
        total += count;
    }
    const QString section = tr("Staff");
    figures.addCount(QStringLiteral("staff_total"), section, tr("Staff employed"), total);
    for (const StaffRole role : staffRoleCodes().values()) {
        const QString code = staffRoleCodes().code(role);
        figures.addCount(role == StaffRole::Caregiver ? QStringLiteral("caregivers")
                                                      : QStringLiteral("staff_role_") + code,
                         section, staffRoleCodes().label(role), byRole.value(code));
    }
    const StaffingIndicators staffing = StaffingIndicators::compute(db, actor, month.asOf);
    figures.addCount(QStringLiteral("shifts_rostered"), section, tr("Shifts rostered in the month"),
                     staffing.shiftsRostered);
    figures.addCount(QStringLiteral("shifts_below_minimum"), section, tr("Shifts short of caregivers"),
                     staffing.shiftsBelowMinimum);
    // The center's target as it is set now (settings keep no history); the report sets the
    // month's residents per caregiver beside it.
    const std::optional<double> target = RosterService(db).caregiverTarget();
    figures.addTenths(QStringLiteral("caregiver_ratio_target"), section,
                      RosterService::caregiverTargetLabel(), MonthFigure::Kind::Tenths,
                      target ? std::optional<qint64>(qRound64(*target * 10.0)) : std::nullopt);
}

QString StaffRosterModule::settingLabel(const QString& key) const
{
    if (key == RosterService::MonthlyNormSettingKey)
        return tr("Monthly norm for overtime");
    if (key == RosterService::CaregiverTargetSettingKey)
        return RosterService::caregiverTargetLabel();
    return {};
}

} // namespace jinglao::core
