#include "familybeds/FamilyBedsModule.h"

#include "familybeds/FamilyBedsCountyFiles.h"

#include "common/Percent.h"
#include "familybeds/FamilyBedsDemo.h"
#include "familybeds/HomeVisitService.h"
#include "storage/Sql.h"

namespace jinglao::core {

QString FamilyBedsModule::title() const
{
    return tr("Family care beds");
}

QList<DemoStep> FamilyBedsModule::demoSteps() const
{
    return {{QStringLiteral("familybeds"), DemoStep::Daily, &FamilyBedsDemo::step}};
}

void FamilyBedsModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    // The program refuses these when a visit is entered; a visit that came in another way (a
    // county package, a hand edit) is listed.
    const QString check = QStringLiteral("home_visits");
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT f.name AS name, v.visited_on AS visited_on FROM home_visits v JOIN family_beds f ON "
                 "f.uid = "
                 "v.family_bed_uid WHERE v.deleted = 0 AND NOT EXISTS (SELECT 1 FROM family_bed_agreements a "
                 "WHERE "
                 "a.family_bed_uid = v.family_bed_uid AND a.deleted = 0 AND a.starts_on <= v.visited_on AND "
                 "coalesce(a.ended_on, a.ends_on, '9999-12-31') >= v.visited_on) ORDER BY v.visited_on")))
        findings.append({check, tr("The visit to %1 on %2 lies outside every service agreement.")
                                    .arg(row.value(QStringLiteral("name")).toString(),
                                         row.value(QStringLiteral("visited_on")).toString())});
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral(
                     "SELECT f.name AS name, s.name AS staff, v.visited_on AS visited_on FROM home_visits v "
                     "JOIN family_beds f ON f.uid = v.family_bed_uid JOIN staff s ON s.uid = v.staff_uid "
                     "WHERE v.deleted = 0 AND (s.hire_date > v.visited_on OR (s.leave_date IS NOT NULL AND "
                     "s.leave_date <= v.visited_on)) ORDER BY v.visited_on")))
        findings.append({check, tr("The visit to %1 on %2 was made by %3, who was not employed that day.")
                                    .arg(row.value(QStringLiteral("name")).toString(),
                                         row.value(QStringLiteral("visited_on")).toString(),
                                         row.value(QStringLiteral("staff")).toString())});
}

QList<Alert> FamilyBedsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    const MonthCoverage month = HomeVisitService(db).coverage(actor, today);
    const int daysLeft = month.daysLeftOn(today);
    QList<Alert> alerts;
    for (const BedCoverage& bed : month.unvisitedSpecial())
        alerts.append({daysLeft <= UrgentDaysLeft ? Alert::Severity::Critical : Alert::Severity::Warning,
                       id(),
                       tr("%1, a special-difficulty elder, has not been visited this month (%n day(s) left).",
                          nullptr, daysLeft)
                           .arg(bed.name),
                       {QStringLiteral("family_beds"), bed.familyBedUid}});
    return alerts;
}

QList<CountyFile> FamilyBedsModule::countyFiles() const
{
    return {FamilyBedsCountyFiles::familyBeds(), FamilyBedsCountyFiles::homeVisits()};
}

QList<AuditSubject> FamilyBedsModule::auditSubjects() const
{
    const auto text = [](const QVariantMap& row, const char* column) {
        return row.value(QString::fromLatin1(column)).toString();
    };
    return {
        {QStringLiteral("family_beds"), [] { return FamilyBedsModule::tr("Family beds"); },
         QStringLiteral("SELECT f.uid, f.name FROM family_beds f"), QStringLiteral("f"),
         [text](const QVariantMap& row) {
             return text(row, "name");
         }},
        {QStringLiteral("family_bed_agreements"), [] { return FamilyBedsModule::tr("Service agreements"); },
         QStringLiteral(
             "SELECT a.uid, f.name, a.starts_on FROM family_bed_agreements a JOIN family_beds f ON f.uid = "
             "a.family_bed_uid"),
         QStringLiteral("a"),
         [text](const QVariantMap& row) {
             return FamilyBedsModule::tr("%1, agreement from %2")
                 .arg(text(row, "name"), text(row, "starts_on"));
         }},
        {QStringLiteral("home_visits"), [] { return FamilyBedsModule::tr("Home visits"); },
         QStringLiteral("SELECT v.uid, f.name, v.visited_on FROM home_visits v JOIN family_beds f ON f.uid = "
                        "v.family_bed_uid"),
         QStringLiteral("v"),
         [text](const QVariantMap& row) {
             return FamilyBedsModule::tr("%1, visit on %2").arg(text(row, "name"), text(row, "visited_on"));
         }},
    };
}

void FamilyBedsModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                    MonthFigures& figures) const
{
    const MonthCoverage coverage = HomeVisitService(db).coverage(actor, month.first);
    const QString section = tr("Family care beds");
    figures.addCount(QStringLiteral("family_beds_active"), section, tr("Family beds active in the month"),
                     coverage.activeBeds);
    figures.addCount(QStringLiteral("family_beds_special"), section, tr("Special-difficulty elders"),
                     coverage.specialBeds);
    figures.addCount(QStringLiteral("family_beds_special_visited"), section,
                     tr("Special-difficulty elders visited"), coverage.specialVisited);
    // None, not 0 %, when there is nobody to visit.
    figures.addTenths(
        QStringLiteral("monthly_visit_rate"), section, tr("Monthly visit rate"), MonthFigure::Kind::Percent,
        coverage.hasRate()
            ? std::optional(percent::tenthsHalfUp(coverage.specialVisited, coverage.specialBeds))
            : std::nullopt);
    figures.addCount(QStringLiteral("home_visits"), section, tr("Home visits"), coverage.visits);
    figures.addCount(QStringLiteral("home_visits_in_person"), section, tr("Home visits in person"),
                     coverage.visitsInPerson);
}

} // namespace jinglao::core
