#include "roster/RosterService.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "staff/StaffService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace jinglao::core {

namespace {
const QString iso = QStringLiteral("yyyy-MM-dd");
const QString hhmm = QStringLiteral("HH:mm");

ShiftTemplate templateFromRow(const QVariantMap& row)
{
    ShiftTemplate t;
    t.uid = row.value(QStringLiteral("uid")).toString();
    t.code = row.value(QStringLiteral("code")).toString();
    t.name = row.value(QStringLiteral("name")).toString();
    t.start = QTime::fromString(row.value(QStringLiteral("start_time")).toString(), hhmm);
    t.end = QTime::fromString(row.value(QStringLiteral("end_time")).toString(), hhmm);
    t.minCaregivers = row.value(QStringLiteral("min_caregivers")).toInt();
    t.sortOrder = row.value(QStringLiteral("sort_order")).toInt();
    t.active = row.value(QStringLiteral("active")).toInt() == 1;
    return t;
}

Shift shiftFromRow(const QVariantMap& row)
{
    Shift s;
    s.uid = row.value(QStringLiteral("uid")).toString();
    s.staffUid = row.value(QStringLiteral("staff_uid")).toString();
    s.date = QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), iso);
    s.code = row.value(QStringLiteral("shift_code")).toString();
    s.startAt = Clock::parseTimestamp(row.value(QStringLiteral("start_at")).toString());
    s.endAt = Clock::parseTimestamp(row.value(QStringLiteral("end_at")).toString());
    s.status = shiftStatusCodes()
                   .fromCode(row.value(QStringLiteral("status")).toString())
                   .value_or(Shift::Status::Planned);
    return s;
}

// Shifts are stamped in the center's current UTC offset (the clock's), so that a fixed test
// clock fixes them too; the county format wants timestamps with offset.
QDateTime startOf(const ShiftTemplate& t, const QDate& date)
{
    return QDateTime(date, t.start, QTimeZone(Clock::now().offsetFromUtc()));
}

QVariantMap templateValues(const ShiftTemplate& t)
{
    return {{QStringLiteral("code"), t.code},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("start_time"), t.start.toString(hhmm)},
            {QStringLiteral("end_time"), t.end.toString(hhmm)},
            {QStringLiteral("min_caregivers"), t.minCaregivers},
            {QStringLiteral("sort_order"), t.sortOrder},
            {QStringLiteral("active"), t.active ? 1 : 0}};
}
} // namespace

RosterService::RosterService(Database& db)
    : m_db(db)
{}

MonthlyNorm RosterService::monthlyNorm() const
{
    return monthlyNormCodes()
        .fromCode(Settings(m_db).value(MonthlyNormSettingKey))
        .value_or(MonthlyNorm::StatutoryAverage);
}

void RosterService::setMonthlyNorm(const Actor& actor, MonthlyNorm norm)
{
    actor.require(Permission::ManageSettings);
    Settings(m_db).setValue(actor, MonthlyNormSettingKey, monthlyNormCodes().code(norm));
}

std::optional<double> RosterService::caregiverTarget() const
{
    bool ok = false;
    const double target = Settings(m_db).value(CaregiverTargetSettingKey).toDouble(&ok);
    if (!ok || target < MinCaregiverTarget || target > MaxCaregiverTarget)
        return std::nullopt;
    return target;
}

void RosterService::setCaregiverTarget(const Actor& actor, std::optional<double> target)
{
    actor.require(Permission::ManageSettings);
    if (target) {
        // One decimal at most: 4.25 would be shown as 4.3 and compared as 4.25.
        const double tenths = *target * 10.0;
        if (!(*target >= MinCaregiverTarget && *target <= MaxCaregiverTarget) ||
            std::abs(tenths - std::round(tenths)) > 1e-9)
            throw Error::validation(caregiverTargetLabel(), QString::number(*target),
                                    tr("must be a number from %1 to %2 with one decimal at most.")
                                        .arg(MinCaregiverTarget, 0, 'f', 1)
                                        .arg(MaxCaregiverTarget, 0, 'f', 1));
    }
    Settings(m_db).setValue(actor, CaregiverTargetSettingKey,
                            target ? QString::number(*target, 'f', 1) : QStringLiteral(""));
}

QString RosterService::caregiverTargetLabel()
{
    return tr("Target residents per caregiver");
}

QList<ShiftTemplate> RosterService::defaultTemplates(TemplateSet set)
{
    // Names are stored as built-in label codes, translated when shown (ShiftTemplate::label).
    auto make = [](const char* code, const char* name, int h1, int h2, int minimum, int order) {
        ShiftTemplate t;
        t.code = QString::fromLatin1(code);
        t.name = QString::fromLatin1(name);
        t.start = QTime(h1, 0);
        t.end = QTime(h2, 0);
        t.minCaregivers = minimum;
        t.sortOrder = order;
        return t;
    };
    if (set == TemplateSet::TwoShifts) {
        return {make("A", "DAY12", 7, 19, 3, 10), make("B", "NIGHT12", 19, 7, 1, 11)};
    }
    return {make("D", "EARLY", 7, 15, 3, 1), make("E", "LATE", 15, 23, 2, 2),
            make("N", "NIGHT", 23, 7, 1, 3)};
}

QList<ShiftTemplate> RosterService::loadTemplates(bool includeInactive) const
{
    QList<ShiftTemplate> result;
    const QList<QVariantMap> found = sql::rows(
        m_db, QStringLiteral("SELECT * FROM shift_templates WHERE deleted = 0 %1 ORDER BY sort_order, code")
                  .arg(includeInactive ? QString() : QStringLiteral("AND active = 1")));
    for (const QVariantMap& row : found)
        result.append(templateFromRow(row));
    return result;
}

void RosterService::seedIfEmpty(const Actor& actor)
{
    if (sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM shift_templates")).toInt() > 0)
        return;
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    for (const ShiftTemplate& t : defaultTemplates(TemplateSet::ThreeShifts))
        writer.insert(QStringLiteral("shift_templates"), templateValues(t));
    transaction.commit();
}

QList<ShiftTemplate> RosterService::templates(const Actor& actor, bool includeInactive)
{
    actor.require(Permission::ViewRecords);
    // The first reader who may plan the roster stores the default set; anyone else (a read-only
    // user, a file opened read-only) is shown those defaults and nothing is written.
    if (actor.can(Permission::ManageRoster) && !m_db.isReadOnly())
        seedIfEmpty(actor);
    else if (sql::scalar(m_db, QStringLiteral("SELECT COUNT(*) FROM shift_templates")).toInt() == 0)
        return defaultTemplates(TemplateSet::ThreeShifts);
    return loadTemplates(includeInactive);
}

void RosterService::chooseTemplateSet(const Actor& actor, TemplateSet set)
{
    actor.require(Permission::ManageRoster);
    seedIfEmpty(actor);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QList<ShiftTemplate> wanted = defaultTemplates(set);
    QSet<QString> wantedCodes;
    for (const ShiftTemplate& t : wanted)
        wantedCodes.insert(t.code);
    const QList<ShiftTemplate> existing = loadTemplates(true);
    for (const ShiftTemplate& t : existing) {
        writer.update(QStringLiteral("shift_templates"), t.uid,
                      {{QStringLiteral("active"), wantedCodes.contains(t.code) ? 1 : 0}});
        wantedCodes.remove(t.code);
    }
    for (const ShiftTemplate& t : wanted) {
        if (wantedCodes.contains(t.code))
            writer.insert(QStringLiteral("shift_templates"), templateValues(t));
    }
    transaction.commit();
}

void RosterService::updateTemplate(const Actor& actor, const ShiftTemplate& shiftTemplate)
{
    actor.require(Permission::ManageRoster);
    if (shiftTemplate.name.trimmed().isEmpty())
        throw Error::validation(tr("Shift name"), shiftTemplate.code, tr("is required"));
    if (!shiftTemplate.start.isValid() || !shiftTemplate.end.isValid() ||
        shiftTemplate.start == shiftTemplate.end)
        throw Error::validation(tr("Shift times"), shiftTemplate.code,
                                tr("need a start and a different end"));
    if (shiftTemplate.minCaregivers < 0)
        throw Error::validation(tr("Minimum caregivers"), shiftTemplate.minCaregivers,
                                tr("cannot be negative"));
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QVariant uid = sql::scalar(m_db, QStringLiteral("SELECT uid FROM shift_templates WHERE code = ?"),
                                     {shiftTemplate.code});
    if (!uid.isValid())
        throw Error::notFound(tr("No shift template %1.").arg(shiftTemplate.code));
    writer.update(QStringLiteral("shift_templates"), uid.toString(),
                  {{QStringLiteral("name"), shiftTemplateStoredName(shiftTemplate.name)},
                   {QStringLiteral("start_time"), shiftTemplate.start.toString(hhmm)},
                   {QStringLiteral("end_time"), shiftTemplate.end.toString(hhmm)},
                   {QStringLiteral("min_caregivers"), shiftTemplate.minCaregivers}});
    transaction.commit();
}

RosterMonth RosterService::month(const Actor& actor, const QDate& anyDayOfMonth)
{
    actor.require(Permission::ViewRecords);
    RosterMonth result;
    result.first = QDate(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    result.monthlyNorm = monthlyNorm();
    result.templates = templates(actor);
    const QDate from = result.first.addDays(-RosterRules::MaxWorkDaysInRow);
    const QDate last = result.last();
    const QList<QVariantMap> shiftRows =
        sql::rows(m_db,
                  QStringLiteral("SELECT * FROM shifts WHERE deleted = 0 AND shift_date BETWEEN ? AND ? "
                                 "ORDER BY staff_uid, shift_date, start_at"),
                  {from.toString(iso), last.toString(iso)});
    result.plannedThrough = QDate::fromString(
        sql::scalar(m_db, QStringLiteral("SELECT max(shift_date) FROM shifts WHERE deleted = 0")).toString(),
        iso);
    QSet<QString> withShifts;
    for (const QVariantMap& row : shiftRows) {
        result.shifts.append(shiftFromRow(row));
        if (result.shifts.constLast().date >= result.first)
            withShifts.insert(result.shifts.constLast().staffUid);
    }
    const QList<StaffMember> everyone =
        StaffService(m_db).list(actor, StaffService::Filter::All, Clock::today());
    for (const StaffMember& person : everyone) {
        const bool employed =
            person.hireDate <= last && (!person.leaveDate.isValid() || person.leaveDate > result.first);
        if (employed || withShifts.contains(person.uid))
            result.staff.append(person);
    }
    const QList<QVariantMap> leaveRows = sql::rows(
        m_db,
        QStringLiteral("SELECT * FROM staff_leaves WHERE deleted = 0 AND starts_on <= ? AND ends_on >= ?"),
        {last.toString(iso), from.toString(iso)});
    for (const QVariantMap& row : leaveRows) {
        result.leaves.append({row.value(QStringLiteral("uid")).toString(),
                              row.value(QStringLiteral("staff_uid")).toString(),
                              QDate::fromString(row.value(QStringLiteral("starts_on")).toString(), iso),
                              QDate::fromString(row.value(QStringLiteral("ends_on")).toString(), iso),
                              row.value(QStringLiteral("reason")).toString()});
    }
    result.index();
    return result;
}

int RosterService::caregiversOnDuty(const Actor& actor, const QDateTime& at) const
{
    actor.require(Permission::ViewRecords);
    // Timestamps are stored in the center's offset, so their text orders as time does; a night
    // shift running at `at` began on the day before.
    const QString when = Clock::timestamp(at);
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT count(DISTINCT s.staff_uid) FROM shifts s JOIN staff st ON st.uid = "
                              "s.staff_uid WHERE s.shift_date BETWEEN ? AND ? AND s.deleted = 0 AND "
                              "st.deleted = 0 AND s.status <> 'ABSENT' AND st.role = 'CAREGIVER' AND "
                              "s.start_at <= ? AND s.end_at > ?"),
               {at.date().addDays(-1).toString(Qt::ISODate), at.date().toString(Qt::ISODate), when, when})
        .toInt();
}

int RosterService::understaffedShifts(const Actor& actor, const QDate& anyDayOfMonth)
{
    actor.require(Permission::ViewRecords);
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    const QDate last = first.addDays(first.daysInMonth() - 1);
    // As RosterMonth::caregiversOn counts: caregivers employed that day, not on leave, on a shift
    // of that code that is not marked absent, each once.
    QHash<std::pair<qint64, QString>, int> onDuty;
    for (const QVariantMap& row : sql::rows(
             m_db,
             QStringLiteral(
                 "SELECT s.shift_date AS day, s.shift_code AS code, count(DISTINCT s.staff_uid) AS "
                 "caregivers "
                 "FROM shifts s JOIN staff st ON st.uid = s.staff_uid WHERE s.deleted = 0 AND st.deleted = 0 "
                 "AND s.shift_date BETWEEN ? AND ? AND s.status <> 'ABSENT' AND st.role = 'CAREGIVER' AND "
                 "st.hire_date <= s.shift_date AND (st.leave_date IS NULL OR st.leave_date > s.shift_date) "
                 "AND NOT EXISTS (SELECT 1 FROM staff_leaves l WHERE l.staff_uid = s.staff_uid AND "
                 "l.deleted = 0 AND l.starts_on <= s.shift_date AND l.ends_on >= s.shift_date) "
                 "GROUP BY s.shift_date, s.shift_code"),
             {first.toString(iso), last.toString(iso)}))
        onDuty.insert({QDate::fromString(row.value(QStringLiteral("day")).toString(), iso).toJulianDay(),
                       row.value(QStringLiteral("code")).toString()},
                      row.value(QStringLiteral("caregivers")).toInt());
    int below = 0;
    const QList<ShiftTemplate> shiftTemplates = templates(actor);
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const ShiftTemplate& shiftTemplate : shiftTemplates) {
            if (shiftTemplate.minCaregivers > 0 &&
                onDuty.value({day.toJulianDay(), shiftTemplate.code}) < shiftTemplate.minCaregivers)
                ++below;
        }
    }
    return below;
}

QList<RosterWarning> RosterService::warnings(const Actor& actor, const QDate& anyDayOfMonth)
{
    return RosterRules::check(month(actor, anyDayOfMonth));
}

QList<Shift> RosterService::shiftsOfStaff(const QString& staffUid, const QDate& from, const QDate& to) const
{
    QList<Shift> result;
    const QList<QVariantMap> found = sql::rows(
        m_db,
        QStringLiteral(
            "SELECT * FROM shifts WHERE deleted = 0 AND staff_uid = ? AND shift_date BETWEEN ? AND ?"),
        {staffUid, from.toString(iso), to.toString(iso)});
    for (const QVariantMap& row : found)
        result.append(shiftFromRow(row));
    std::sort(result.begin(), result.end(),
              [](const Shift& a, const Shift& b) { return a.startAt < b.startAt; });
    return result;
}

void RosterService::apply(const Actor& actor, const QList<DayAssignment>& days, Shift::Status status)
{
    actor.require(Permission::ManageRoster);
    seedIfEmpty(actor);
    QHash<QString, ShiftTemplate> byCode;
    for (const ShiftTemplate& t : loadTemplates(false))
        byCode.insert(t.code, t);
    QSet<QString> knownStaff;
    for (const QVariantMap& row : sql::rows(m_db, QStringLiteral("SELECT uid FROM staff WHERE deleted = 0")))
        knownStaff.insert(row.value(QStringLiteral("uid")).toString());
    for (const DayAssignment& day : days) {
        if (!knownStaff.contains(day.staffUid))
            throw Error::notFound(tr("No staff member %1.").arg(day.staffUid));
        if (!day.date.isValid())
            throw Error::validation(tr("Shift date"), QString(), tr("is not a valid date"));
        for (const QString& code : day.codes) {
            if (!byCode.contains(code))
                throw Error::validation(tr("Shift code"), code, tr("is not an active shift template"));
        }
    }

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    // The shifts already on the days given, read at once (a month of a whole roster is one query).
    QHash<QString, QList<QVariantMap>> existingOn; // staff uid + date → shifts by start
    if (!days.isEmpty()) {
        const auto [first, last] = std::minmax_element(
            days.cbegin(), days.cend(),
            [](const DayAssignment& a, const DayAssignment& b) { return a.date < b.date; });
        for (const QVariantMap& row : sql::rows(
                 m_db,
                 QStringLiteral("SELECT uid, staff_uid, shift_date, shift_code FROM shifts WHERE deleted = 0 "
                                "AND shift_date BETWEEN ? AND ? ORDER BY start_at"),
                 {first->date.toString(iso), last->date.toString(iso)}))
            existingOn[row.value(QStringLiteral("staff_uid")).toString() +
                       row.value(QStringLiteral("shift_date")).toString()]
                .append(row);
    }
    QHash<QString, QPair<QDate, QDate>> touched;
    for (const DayAssignment& day : days) {
        const QList<QVariantMap> existing = existingOn.value(day.staffUid + day.date.toString(iso));
        // Shifts whose code stays are kept as they are (status, uid and any shift log); only the
        // others are withdrawn, and a shift that already has a duty session or log entries cannot be.
        QStringList toInsert = day.codes;
        for (const QVariantMap& row : existing) {
            const QString code = row.value(QStringLiteral("shift_code")).toString();
            if (toInsert.removeOne(code))
                continue;
            const QString uid = row.value(QStringLiteral("uid")).toString();
            const int logged =
                sql::scalar(
                    m_db,
                    QStringLiteral(
                        "SELECT (SELECT COUNT(*) FROM shift_logs WHERE shift_uid = ? AND deleted = 0) "
                        "+ (SELECT COUNT(*) FROM duty_sessions WHERE shift_uid = ? AND deleted = 0)"),
                    {uid, uid})
                    .toInt();
            if (logged > 0) {
                const QString name =
                    sql::scalar(m_db, QStringLiteral("SELECT name FROM staff WHERE uid = ?"), {day.staffUid})
                        .toString();
                throw Error::conflict(tr("%1's %2 shift on %3 already has a shift log and cannot be removed.")
                                          .arg(name, code, day.date.toString(iso)));
            }
            writer.markDeleted(QStringLiteral("shifts"), uid);
        }
        QList<QVariantMap>& now = existingOn[day.staffUid + day.date.toString(iso)];
        now.erase(std::remove_if(now.begin(), now.end(),
                                 [&](const QVariantMap& row) {
                                     return !day.codes.contains(
                                         row.value(QStringLiteral("shift_code")).toString());
                                 }),
                  now.end());
        for (const QString& code : toInsert) {
            const ShiftTemplate& t = byCode[code];
            const QDateTime start = startOf(t, day.date);
            now.append({{QStringLiteral("shift_code"), code}});
            now.last().insert(QStringLiteral("uid"),
                              writer.insert(QStringLiteral("shifts"),
                                            {{QStringLiteral("staff_uid"), day.staffUid},
                                             {QStringLiteral("shift_date"), day.date.toString(iso)},
                                             {QStringLiteral("shift_code"), code},
                                             {QStringLiteral("start_at"), Clock::timestamp(start)},
                                             {QStringLiteral("end_at"),
                                              Clock::timestamp(start.addSecs(t.durationMinutes() * 60LL))},
                                             {QStringLiteral("status"), shiftStatusCodes().code(status)}}));
        }
        auto it = touched.find(day.staffUid);
        if (it == touched.end())
            touched.insert(day.staffUid, {day.date, day.date});
        else
            *it = {std::min(it->first, day.date), std::max(it->second, day.date)};
    }

    // Checked after all days are written, so that a fill over an existing roster is judged by
    // its result and not by the order the days were replaced in.
    for (auto it = touched.cbegin(); it != touched.cend(); ++it) {
        const QList<Shift> shifts = shiftsOfStaff(it.key(), it->first.addDays(-1), it->second.addDays(1));
        for (int i = 1; i < shifts.size(); ++i) {
            const Shift& before = shifts.at(i - 1);
            const Shift& after = shifts.at(i);
            if (after.startAt < before.endAt) {
                const QString name =
                    sql::scalar(m_db, QStringLiteral("SELECT name FROM staff WHERE uid = ?"), {it.key()})
                        .toString();
                throw Error::conflict(tr("%1: the %2 shift on %3 overlaps the %4 shift on %5.")
                                          .arg(name, after.code, after.date.toString(iso), before.code,
                                               before.date.toString(iso)));
            }
        }
    }
    transaction.commit();
}

void RosterService::setDay(const Actor& actor, const QString& staffUid, const QDate& date,
                           const QStringList& codes)
{
    apply(actor, {{staffUid, date, codes}});
}

void RosterService::fillPattern(const Actor& actor, const QStringList& staffUids, const QDate& from,
                                const QDate& to, const QStringList& pattern, int stagger)
{
    actor.require(Permission::ManageRoster);
    if (pattern.isEmpty())
        throw Error::validation(tr("Pattern"), QString(), tr("needs at least one day"));
    if (!from.isValid() || !to.isValid() || to < from)
        throw Error::validation(tr("Date range"),
                                QStringLiteral("%1 – %2").arg(from.toString(iso), to.toString(iso)),
                                tr("the last day is before the first"));
    if (from.daysTo(to) > 366)
        throw Error::validation(tr("Date range"),
                                QStringLiteral("%1 – %2").arg(from.toString(iso), to.toString(iso)),
                                tr("is longer than a year"));
    QList<DayAssignment> days;
    const auto size = static_cast<int>(pattern.size());
    for (int person = 0; person < staffUids.size(); ++person) {
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            const auto offset = static_cast<int>(from.daysTo(day)) - person * stagger;
            const QString& entry = pattern.at(((offset % size) + size) % size);
            days.append({staffUids.at(person), day,
                         entry == QLatin1String("-") ? QStringList() : entry.split(QLatin1Char('/'))});
        }
    }
    apply(actor, days);
}

void RosterService::copyLastWeek(const Actor& actor, const QStringList& staffUids, const QDate& weekStart)
{
    actor.require(Permission::ManageRoster);
    QList<DayAssignment> days;
    for (const QString& staffUid : staffUids) {
        const QList<Shift> source = shiftsOfStaff(staffUid, weekStart.addDays(-7), weekStart.addDays(-1));
        for (int i = 0; i < 7; ++i) {
            DayAssignment day{staffUid, weekStart.addDays(i), {}};
            for (const Shift& shift : source) {
                if (shift.date == weekStart.addDays(i - 7))
                    day.codes.append(shift.code);
            }
            days.append(day);
        }
    }
    apply(actor, days);
}

void RosterService::copyLastMonth(const Actor& actor, const QStringList& staffUids,
                                  const QDate& anyDayOfMonth)
{
    actor.require(Permission::ManageRoster);
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    const QDate previous = first.addMonths(-1);
    QList<DayAssignment> days;
    for (const QString& staffUid : staffUids) {
        const QList<Shift> source = shiftsOfStaff(staffUid, previous, first.addDays(-1));
        const int common = std::min(previous.daysInMonth(), first.daysInMonth());
        for (int i = 0; i < common; ++i) {
            DayAssignment day{staffUid, first.addDays(i), {}};
            for (const Shift& shift : source) {
                if (shift.date == previous.addDays(i))
                    day.codes.append(shift.code);
            }
            days.append(day);
        }
    }
    apply(actor, days);
}

void RosterService::setStatus(const Actor& actor, const QString& shiftUid, Shift::Status status)
{
    actor.require(Permission::ManageRoster);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.fetch(QStringLiteral("shifts"), shiftUid);
    writer.update(QStringLiteral("shifts"), shiftUid,
                  {{QStringLiteral("status"), shiftStatusCodes().code(status)}});
    transaction.commit();
}

QStringList RosterService::parsePattern(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；\\s]+"));
    QStringList result;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        result.append(part.trimmed().toUpper());
    return result;
}

QStringList RosterService::parseCell(const QString& text)
{
    const QString trimmed = text.trimmed().toUpper();
    if (trimmed.isEmpty() || trimmed == QLatin1String("-"))
        return {};
    static const QRegularExpression separators(QStringLiteral("[/,，\\s]+"));
    return trimmed.split(separators, Qt::SkipEmptyParts);
}

} // namespace jinglao::core
