#include "familybeds/HomeVisitService.h"

#include "auth/Privacy.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/TextRules.h"
#include "familybeds/FamilyBedCodes.h"
#include "familybeds/FamilyBedService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace jinglao::core {

namespace {

const QString visitsTable = QStringLiteral("home_visits");

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString visitSelect =
    QStringLiteral("SELECT v.*, f.name AS family_bed_name, s.name AS staff_name FROM home_visits v "
                   "JOIN family_beds f ON f.uid = v.family_bed_uid JOIN staff s ON s.uid = v.staff_uid ");

HomeVisit visitFromRow(const QVariantMap& row)
{
    HomeVisit visit;
    visit.uid = row.value(QStringLiteral("uid")).toString();
    visit.familyBedUid = row.value(QStringLiteral("family_bed_uid")).toString();
    visit.familyBedName = row.value(QStringLiteral("family_bed_name")).toString();
    visit.staffUid = row.value(QStringLiteral("staff_uid")).toString();
    visit.staffName = row.value(QStringLiteral("staff_name")).toString();
    visit.visitedOn = dateOf(row.value(QStringLiteral("visited_on")));
    visit.startedAt = row.value(QStringLiteral("started_at")).toString();
    visit.minutes = row.value(QStringLiteral("minutes")).toInt();
    visit.method = familybeds::visitMethods()
                       .fromCode(row.value(QStringLiteral("method")).toString())
                       .value_or(VisitMethod::Home);
    visit.services = familybeds::parseServices(row.value(QStringLiteral("services")).toString(),
                                               HomeVisitService::servicesLabel());
    visit.problems = row.value(QStringLiteral("problems")).toString();
    visit.actions = row.value(QStringLiteral("actions")).toString();
    visit.satisfaction = row.value(QStringLiteral("satisfaction")).toInt();
    visit.notes = row.value(QStringLiteral("notes")).toString();
    visit.correctionReason = row.value(QStringLiteral("correction_reason")).toString();
    return visit;
}

} // namespace

HomeVisitService::HomeVisitService(Database& db)
    : m_db(db)
{}

QString HomeVisitService::familyBedLabel()
{
    return tr("Family bed");
}
QString HomeVisitService::staffLabel()
{
    return tr("Visited by");
}
QString HomeVisitService::dateLabel()
{
    return tr("Visit date");
}
QString HomeVisitService::startLabel()
{
    return tr("Start time");
}
QString HomeVisitService::minutesLabel()
{
    return tr("Minutes");
}
QString HomeVisitService::methodLabel()
{
    return tr("Method");
}
QString HomeVisitService::servicesLabel()
{
    return tr("Services");
}
QString HomeVisitService::satisfactionLabel()
{
    return tr("Satisfaction");
}
QString HomeVisitService::reasonLabel()
{
    return tr("Reason for the correction");
}
QString HomeVisitService::withdrawReasonLabel()
{
    return tr("Reason for withdrawing");
}
QString HomeVisitService::problemsLabel()
{
    return tr("Problems found");
}
QString HomeVisitService::actionsLabel()
{
    return tr("What was done");
}
QString HomeVisitService::notesLabel()
{
    return tr("Notes");
}
QString HomeVisitService::unassignedLabel()
{
    return tr("Not assigned to anyone employed this month");
}

HomeVisitService::Checked HomeVisitService::checked(const Input& input) const
{
    Checked result{input, QString()};
    Input& visit = result.input;
    if (visit.familyBedUid.isEmpty())
        throw Error::validation(familyBedLabel(), QString(),
                                tr("is required: choose the family bed visited."));
    if (visit.staffUid.isEmpty())
        throw Error::validation(staffLabel(), QString(), tr("is required: choose who made the visit."));
    const QVariantMap bed =
        sql::row(m_db, QStringLiteral("SELECT name FROM family_beds WHERE uid = ? AND deleted = 0"),
                 {visit.familyBedUid});
    if (bed.isEmpty())
        throw Error::validation(familyBedLabel(), visit.familyBedUid, tr("is not a registered family bed."));
    const QString bedName = bed.value(QStringLiteral("name")).toString();
    if (!visit.visitedOn.isValid())
        throw Error::validation(dateLabel(), QString(), tr("is required."));
    const QString day = visit.visitedOn.toString(Qt::ISODate);
    if (visit.visitedOn > Clock::today())
        throw Error::validation(dateLabel(), day, tr("lies in the future."));
    if (visit.minutes < 1 || visit.minutes > MaxMinutes)
        throw Error::validation(minutesLabel(), visit.minutes, tr("must be 1 to %1.").arg(MaxMinutes));
    if (visit.services.isEmpty())
        throw Error::validation(servicesLabel(), QString(), tr("at least one service is needed."));
    if (visit.satisfaction < 0 || visit.satisfaction > 3)
        throw Error::validation(satisfactionLabel(), visit.satisfaction,
                                tr("must be 1, 2 or 3 (or not asked)."));
    visit.problems = textrules::line(visit.problems, problemsLabel(), 500);
    visit.actions = textrules::line(visit.actions, actionsLabel(), 500);
    visit.notes = textrules::line(visit.notes, notesLabel(), 500);

    // Within an agreement of the family bed.
    if (!FamilyBedService(m_db).agreementOn(visit.familyBedUid, visit.visitedOn))
        throw Error::validation(dateLabel(), day,
                                tr("lies outside every service agreement of %1; a visit needs an agreement "
                                   "covering its day.")
                                    .arg(bedName));

    // By someone employed that day.
    const QVariantMap staff = sql::row(
        m_db, QStringLiteral("SELECT name, hire_date, leave_date FROM staff WHERE uid = ? AND deleted = 0"),
        {visit.staffUid});
    if (staff.isEmpty())
        throw Error::validation(staffLabel(), visit.staffUid, tr("is not a staff record."));
    const QDate hired = dateOf(staff.value(QStringLiteral("hire_date")));
    const QDate left = dateOf(staff.value(QStringLiteral("leave_date")));
    if (!(hired.isValid() && hired <= visit.visitedOn && (!left.isValid() || left > visit.visitedOn)))
        throw Error::validation(staffLabel(), staff.value(QStringLiteral("name")).toString(),
                                tr("was not employed on %1.").arg(day));

    // A start time: not in the future, and no overlap with the same person's other visits.
    if (visit.startTime.isValid()) {
        const QDateTime start(visit.visitedOn, visit.startTime, QTimeZone(Clock::now().offsetFromUtc()));
        if (start > Clock::now())
            throw Error::validation(startLabel(), visit.startTime.toString(QStringLiteral("HH:mm")),
                                    tr("lies in the future."));
        result.startedAt = Clock::timestamp(start);
        const QDateTime end = start.addSecs(qint64(visit.minutes) * 60);
        for (const QVariantMap& other :
             sql::rows(m_db,
                       QStringLiteral(
                           "SELECT v.started_at, v.minutes, f.name AS family_bed_name FROM home_visits v "
                           "JOIN family_beds f ON f.uid = v.family_bed_uid WHERE v.staff_uid = ? AND "
                           "v.visited_on = ? AND v.deleted = 0 AND v.started_at IS NOT NULL AND v.uid <> "
                           "coalesce(?, '')"),
                       {visit.staffUid, day, visit.uid})) {
            const QDateTime otherStart =
                Clock::parseTimestamp(other.value(QStringLiteral("started_at")).toString());
            const QDateTime otherEnd =
                otherStart.addSecs(other.value(QStringLiteral("minutes")).toLongLong() * 60);
            if (start < otherEnd && otherStart < end)
                throw Error::validation(startLabel(), visit.startTime.toString(QStringLiteral("HH:mm")),
                                        tr("overlaps %1's visit to %2 from %3 to %4.")
                                            .arg(staff.value(QStringLiteral("name")).toString(),
                                                 other.value(QStringLiteral("family_bed_name")).toString(),
                                                 otherStart.toString(QStringLiteral("HH:mm")),
                                                 otherEnd.toString(QStringLiteral("HH:mm"))));
        }
    }
    return result;
}

QVariantMap HomeVisitService::values(const Checked& visit) const
{
    const Input& input = visit.input;
    return {
        {QStringLiteral("family_bed_uid"), input.familyBedUid},
        {QStringLiteral("staff_uid"), input.staffUid},
        {QStringLiteral("visited_on"), input.visitedOn.toString(Qt::ISODate)},
        {QStringLiteral("started_at"), textValue(visit.startedAt)},
        {QStringLiteral("minutes"), input.minutes},
        {QStringLiteral("method"), familybeds::visitMethods().code(input.method)},
        {QStringLiteral("services"), familybeds::joinCodes(familybeds::visitServices(), input.services)},
        {QStringLiteral("problems"), textValue(input.problems)},
        {QStringLiteral("actions"), textValue(input.actions)},
        {QStringLiteral("satisfaction"), input.satisfaction > 0 ? QVariant(input.satisfaction) : QVariant()},
        {QStringLiteral("notes"), textValue(input.notes)}};
}

QString HomeVisitService::record(const Actor& actor, const Input& input)
{
    actor.require(Permission::WriteHomeVisits);
    Input fresh = input;
    fresh.uid.clear();
    const Checked visit = checked(fresh);
    Transaction transaction(m_db);
    const QString uid = RecordWriter(m_db, actor).insert(visitsTable, values(visit));
    transaction.commit();
    return uid;
}

void HomeVisitService::correct(const Actor& actor, const Input& input, const QString& reason)
{
    actor.require(Permission::WriteHomeVisits);
    const QString why = textrules::line(reason, reasonLabel(), 200, true);
    visit(actor, input.uid); // exists
    const Checked visit = checked(input);
    QVariantMap changes = values(visit);
    changes.insert(QStringLiteral("correction_reason"), why);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).update(visitsTable, input.uid, changes);
    transaction.commit();
}

void HomeVisitService::withdraw(const Actor& actor, const QString& visitUid, const QString& reason)
{
    actor.require(Permission::WriteHomeVisits);
    const QString why = textrules::line(reason, withdrawReasonLabel(), 200, true);
    visit(actor, visitUid);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.update(visitsTable, visitUid, {{QStringLiteral("correction_reason"), why}});
    writer.markDeleted(visitsTable, visitUid);
    transaction.commit();
}

HomeVisit HomeVisitService::visit(const Actor& actor, const QString& visitUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db, visitSelect + QStringLiteral("WHERE v.uid = ? AND v.deleted = 0"), {visitUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no home visit %1.").arg(visitUid));
    return visitFromRow(row);
}

QList<HomeVisit> HomeVisitService::forFamilyBed(const Actor& actor, const QString& familyBedUid) const
{
    actor.require(Permission::ViewRecords);
    QList<HomeVisit> result;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   visitSelect +
                       QStringLiteral("WHERE v.family_bed_uid = ? AND v.deleted = 0 ORDER BY v.visited_on "
                                      "DESC, v.started_at DESC"),
                   {familyBedUid}))
        result.append(visitFromRow(row));
    return result;
}

QList<HomeVisit> HomeVisitService::forStaff(const Actor& actor, const QString& staffUid, const QDate& from,
                                            const QDate& to) const
{
    actor.require(Permission::ViewRecords);
    QList<HomeVisit> result;
    for (const QVariantMap& row : sql::rows(
             m_db,
             visitSelect +
                 QStringLiteral("WHERE v.staff_uid = ? AND v.deleted = 0 AND v.visited_on BETWEEN ? AND ? "
                                "ORDER BY v.visited_on DESC, v.started_at DESC"),
             {staffUid, from.toString(Qt::ISODate), to.toString(Qt::ISODate)}))
        result.append(visitFromRow(row));
    return result;
}

MonthCoverage HomeVisitService::coverage(const Actor& actor, const QDate& anyDayOfMonth) const
{
    actor.require(Permission::ViewRecords);
    MonthCoverage month;
    month.first = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    month.last = month.first.addMonths(1).addDays(-1);
    const QString first = month.first.toString(Qt::ISODate);
    const QString last = month.last.toString(Qt::ISODate);
    // Beds whose agreement covers any day of the month, with the latest such agreement.
    const QList<QVariantMap> active = sql::rows(
        m_db,
        QStringLiteral(
            "SELECT f.uid, f.name, f.county, f.township, f.village, f.street_address, f.phone, "
            "f.special_difficulty, "
            "a.planned_visits, a.staff_uid, s.name AS staff_name FROM family_beds f "
            "JOIN family_bed_agreements a ON a.uid = (SELECT x.uid FROM family_bed_agreements x WHERE "
            "x.family_bed_uid = f.uid AND x.deleted = 0 AND x.starts_on <= ? AND coalesce(x.ended_on, "
            "x.ends_on, "
            "'9999-12-31') >= ? ORDER BY x.starts_on DESC LIMIT 1) "
            "LEFT JOIN staff s ON s.uid = a.staff_uid WHERE f.deleted = 0 ORDER BY f.name_pinyin, f.name, "
            "f.uid"),
        {last, first});
    QHash<QString, QVariantMap> visited;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   QStringLiteral(
                       "SELECT family_bed_uid, count(*) AS visits, sum(CASE WHEN method = 'HOME' THEN 1 ELSE "
                       "0 END) "
                       "AS in_person, max(visited_on) AS last_visit FROM home_visits WHERE deleted = 0 AND "
                       "visited_on BETWEEN ? AND ? GROUP BY family_bed_uid"),
                   {first, last}))
        visited.insert(row.value(QStringLiteral("family_bed_uid")).toString(), row);
    for (const QVariantMap& row : active) {
        BedCoverage bed;
        bed.familyBedUid = row.value(QStringLiteral("uid")).toString();
        bed.name = row.value(QStringLiteral("name")).toString();
        FamilyBed place;
        place.county = row.value(QStringLiteral("county")).toString();
        place.township = row.value(QStringLiteral("township")).toString();
        place.village = row.value(QStringLiteral("village")).toString();
        place.streetAddress = row.value(QStringLiteral("street_address")).toString();
        bed.address = privacy::shownAddress(actor, place.address());
        bed.phone = privacy::shownPhone(actor, row.value(QStringLiteral("phone")).toString());
        bed.specialDifficulty = row.value(QStringLiteral("special_difficulty")).toInt() == 1;
        bed.plannedVisits = row.value(QStringLiteral("planned_visits")).toInt();
        bed.staffUid = row.value(QStringLiteral("staff_uid")).toString();
        bed.staffName = row.value(QStringLiteral("staff_name")).toString();
        const QVariantMap done = visited.value(bed.familyBedUid);
        bed.visits = done.value(QStringLiteral("visits")).toInt();
        bed.visitsInPerson = done.value(QStringLiteral("in_person")).toInt();
        bed.lastVisit = dateOf(done.value(QStringLiteral("last_visit")));
        ++month.activeBeds;
        month.visits += bed.visits;
        month.visitsInPerson += bed.visitsInPerson;
        if (bed.specialDifficulty) {
            ++month.specialBeds;
            if (bed.visits > 0)
                ++month.specialVisited;
        }
        month.beds.append(bed);
    }
    return month;
}

QList<StaffVisitPlan> HomeVisitService::visitPlan(const Actor& actor, const QDate& anyDayOfMonth) const
{
    const MonthCoverage month = coverage(actor, anyDayOfMonth);
    // Who is employed on any day of the month, by pinyin.
    QList<StaffVisitPlan> plans;
    QHash<QString, qsizetype> planOf;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   QStringLiteral("SELECT uid, name FROM staff WHERE deleted = 0 AND hire_date <= ? AND "
                                  "(leave_date IS NULL OR leave_date > ?) ORDER BY name_pinyin, name, uid"),
                   {month.last.toString(Qt::ISODate), month.first.toString(Qt::ISODate)})) {
        planOf.insert(row.value(QStringLiteral("uid")).toString(), plans.size());
        plans.append(
            {row.value(QStringLiteral("uid")).toString(), row.value(QStringLiteral("name")).toString(), {}});
    }
    StaffVisitPlan unassigned{QString(), unassignedLabel(), {}};
    for (const BedCoverage& bed : month.beds) {
        const auto found = planOf.constFind(bed.staffUid);
        if (bed.staffUid.isEmpty() || found == planOf.cend())
            unassigned.beds.append(bed);
        else
            plans[*found].beds.append(bed);
    }
    QList<StaffVisitPlan> result;
    for (StaffVisitPlan& plan : plans) {
        if (!plan.beds.isEmpty())
            result.append(plan);
    }
    if (!unassigned.beds.isEmpty())
        result.append(unassigned);
    for (StaffVisitPlan& plan : result)
        std::stable_sort(plan.beds.begin(), plan.beds.end(), [](const BedCoverage& a, const BedCoverage& b) {
            return a.specialDifficulty && !b.specialDifficulty;
        });
    return result;
}

QString HomeVisitService::staffUidOf(const Actor& actor) const
{
    if (actor.userUid().isEmpty())
        return {};
    const std::optional<UserAccount> account = UserService(m_db).findUser(actor.name());
    return account && account->uid == actor.userUid() ? account->staffUid : QString();
}

} // namespace jinglao::core
