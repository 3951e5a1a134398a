#include "shiftlog/ShiftLogService.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "staff/StaffService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QSet>
#include <QStringList>

namespace jinglao::core {

namespace {

const QString sessionSelect = QStringLiteral(
    "SELECT d.uid AS uid, d.shift_uid AS shift_uid, d.opened_by AS staff_uid, st.name AS staff_name, "
    "s.shift_date AS shift_date, s.shift_code AS shift_code, s.start_at AS start_at, s.end_at AS end_at, "
    "d.opened_at AS opened_at, d.previous_uid AS previous_uid, "
    "d.handover_accepted_at AS handover_accepted_at, d.closed_at AS closed_at, d.handover_note AS "
    "handover_note, d.opened_on_behalf_by AS opened_on_behalf_by, "
    "d.accepted_on_behalf_by AS accepted_on_behalf_by, d.closed_on_behalf_by AS closed_on_behalf_by "
    "FROM duty_sessions d JOIN shifts s ON s.uid = d.shift_uid LEFT JOIN staff st ON st.uid = d.opened_by ");

ShiftLogService::Session sessionFromRow(const QVariantMap& row)
{
    ShiftLogService::Session session;
    session.uid = row.value(QStringLiteral("uid")).toString();
    session.shiftUid = row.value(QStringLiteral("shift_uid")).toString();
    session.staffUid = row.value(QStringLiteral("staff_uid")).toString();
    session.staffName = row.value(QStringLiteral("staff_name")).toString();
    session.shiftDate = QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), Qt::ISODate);
    session.shiftCode = row.value(QStringLiteral("shift_code")).toString();
    session.startAt = row.value(QStringLiteral("start_at")).toString();
    session.endAt = row.value(QStringLiteral("end_at")).toString();
    session.openedAt = row.value(QStringLiteral("opened_at")).toString();
    session.previousUid = row.value(QStringLiteral("previous_uid")).toString();
    session.handoverAcceptedAt = row.value(QStringLiteral("handover_accepted_at")).toString();
    session.closedAt = row.value(QStringLiteral("closed_at")).toString();
    session.handoverNote = row.value(QStringLiteral("handover_note")).toString();
    session.openedOnBehalfBy = row.value(QStringLiteral("opened_on_behalf_by")).toString();
    session.acceptedOnBehalfBy = row.value(QStringLiteral("accepted_on_behalf_by")).toString();
    session.closedOnBehalfBy = row.value(QStringLiteral("closed_on_behalf_by")).toString();
    return session;
}

// "2026-11-02 D": how messages name a shift.
QString shiftLabel(const QDate& date, const QString& code)
{
    return date.toString(Qt::ISODate) + QLatin1Char(' ') + code;
}

QVariant nullable(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

ShiftLogService::ShiftLogService(Database& db)
    : m_db(db)
{}

QString ShiftLogService::entrySelect()
{
    return QStringLiteral(
        "SELECT l.uid AS uid, l.shift_uid AS shift_uid, s.shift_date AS shift_date, s.shift_code AS "
        "shift_code, "
        "l.written_at AS written_at, l.occurred_at AS occurred_at, l.author_staff_uid AS author_staff_uid, "
        "a.name AS author_name, "
        "l.summary AS summary, l.resident_uid AS resident_uid, r.name AS resident_name, l.incident AS "
        "incident, "
        "l.corrects_uid AS corrects_uid, o.summary AS corrects_summary, o.written_at AS corrects_written_at, "
        "(SELECT c.uid FROM shift_logs c WHERE c.corrects_uid = l.uid AND c.deleted = 0 "
        " ORDER BY c.written_at DESC LIMIT 1) AS corrected_by_uid, "
        "l.resolves_uid AS resolves_uid, "
        "(SELECT f.uid FROM shift_logs f WHERE f.resolves_uid = l.uid AND f.deleted = 0 LIMIT 1) AS "
        "resolved_by_uid, "
        "l.written_on_behalf_by AS written_on_behalf_by, "
        "d.uid AS session_uid, d.closed_at AS session_closed_at "
        "FROM shift_logs l JOIN shifts s ON s.uid = l.shift_uid "
        "LEFT JOIN staff a ON a.uid = l.author_staff_uid "
        "LEFT JOIN residents r ON r.uid = l.resident_uid "
        "LEFT JOIN shift_logs o ON o.uid = l.corrects_uid "
        "LEFT JOIN duty_sessions d ON d.shift_uid = l.shift_uid AND d.deleted = 0 ");
}

ShiftLogService::Entry ShiftLogService::entryFromRow(const QVariantMap& row)
{
    Entry entry;
    entry.uid = row.value(QStringLiteral("uid")).toString();
    entry.shiftUid = row.value(QStringLiteral("shift_uid")).toString();
    entry.shiftDate = QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), Qt::ISODate);
    entry.shiftCode = row.value(QStringLiteral("shift_code")).toString();
    entry.writtenAt = row.value(QStringLiteral("written_at")).toString();
    entry.occurredAt = row.value(QStringLiteral("occurred_at")).toString();
    entry.authorStaffUid = row.value(QStringLiteral("author_staff_uid")).toString();
    entry.authorName = row.value(QStringLiteral("author_name")).toString();
    entry.summary = row.value(QStringLiteral("summary")).toString();
    entry.residentUid = row.value(QStringLiteral("resident_uid")).toString();
    entry.residentName = row.value(QStringLiteral("resident_name")).toString();
    Incident incident = Incident::None;
    incident = incidentCodes().fromCode(row.value(QStringLiteral("incident")).toString()).value_or(incident);
    entry.incident = incident;
    entry.correctsUid = row.value(QStringLiteral("corrects_uid")).toString();
    entry.correctsSummary = row.value(QStringLiteral("corrects_summary")).toString();
    entry.correctsWrittenAt = row.value(QStringLiteral("corrects_written_at")).toString();
    entry.correctedByUid = row.value(QStringLiteral("corrected_by_uid")).toString();
    entry.resolvesUid = row.value(QStringLiteral("resolves_uid")).toString();
    entry.resolvedByUid = row.value(QStringLiteral("resolved_by_uid")).toString();
    entry.writtenOnBehalfBy = row.value(QStringLiteral("written_on_behalf_by")).toString();
    entry.editable = !row.value(QStringLiteral("session_uid")).isNull() &&
                     row.value(QStringLiteral("session_closed_at")).isNull();
    return entry;
}

QString ShiftLogService::staffUidOfActor(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    if (actor.userUid().isEmpty())
        return {};
    return sql::scalar(m_db, QStringLiteral("SELECT staff_uid FROM users WHERE uid = ? AND deleted = 0"),
                       {actor.userUid()})
        .toString();
}

bool ShiftLogService::writesOnlyOwnShifts(const Actor& actor)
{
    return actor.role() != Role::Administrator;
}

QVariant ShiftLogService::requireWriterFor(const Actor& actor, const QString& staffUid,
                                           const QString& label) const
{
    const QString own = staffUidOfActor(actor);
    if (writesOnlyOwnShifts(actor)) {
        if (own.isEmpty())
            throw Error::permission(
                tr("The account %1 is not linked to a staff record, so it cannot write shift logs. Ask an "
                   "administrator to link it to your staff record on the User accounts page.")
                    .arg(actor.name()));
        if (own != staffUid) {
            const QString owner =
                sql::scalar(m_db, QStringLiteral("SELECT name FROM staff WHERE uid = ?"), {staffUid})
                    .toString();
            throw Error::permission(
                tr("The shift %1 belongs to %2; you can open and write only your own shifts.")
                    .arg(label, owner));
        }
        return {};
    }
    return own == staffUid ? QVariant() : QVariant(actor.name());
}

QList<ShiftLogService::PlannedShift>
ShiftLogService::shiftsToOpen(const Actor& actor, const QString& staffUid, const QDateTime& at) const
{
    actor.require(Permission::ViewRecords);
    QString staffCondition;
    QVariantList values{at.date().addDays(-1).toString(Qt::ISODate), at.date().toString(Qt::ISODate)};
    if (!staffUid.isEmpty()) {
        staffCondition = QStringLiteral(" AND s.staff_uid = ?");
        values.append(staffUid);
    }
    const QList<QVariantMap> found = sql::rows(
        m_db,
        QStringLiteral(
            "SELECT s.uid AS uid, s.staff_uid AS staff_uid, st.name AS staff_name, s.shift_date AS "
            "shift_date, "
            "s.shift_code AS shift_code, s.start_at AS start_at, s.end_at AS end_at "
            "FROM shifts s JOIN staff st ON st.uid = s.staff_uid "
            "WHERE s.shift_date BETWEEN ? AND ? AND s.deleted = 0 AND s.status <> 'ABSENT'%1 "
            "AND NOT EXISTS (SELECT 1 FROM duty_sessions d WHERE d.shift_uid = s.uid AND d.deleted = 0 "
            "                AND d.closed_at IS NOT NULL) "
            "ORDER BY s.start_at, st.name_pinyin, st.name")
            .arg(staffCondition),
        values);
    QList<PlannedShift> shifts;
    for (const QVariantMap& row : found) {
        PlannedShift shift;
        shift.uid = row.value(QStringLiteral("uid")).toString();
        shift.staffUid = row.value(QStringLiteral("staff_uid")).toString();
        shift.staffName = row.value(QStringLiteral("staff_name")).toString();
        shift.date = QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), Qt::ISODate);
        shift.code = row.value(QStringLiteral("shift_code")).toString();
        shift.startAt = Clock::parseTimestamp(row.value(QStringLiteral("start_at")).toString());
        shift.endAt = Clock::parseTimestamp(row.value(QStringLiteral("end_at")).toString());
        // Yesterday's shifts only while they last (a night shift); today's until they end.
        if (shift.endAt.isValid() && shift.endAt <= at)
            continue;
        if (shift.date < at.date() && !(shift.endAt.isValid() && shift.startAt <= at))
            continue;
        shifts.append(shift);
    }
    return shifts;
}

ShiftLogService::DutyChoices ShiftLogService::dutyChoices(const Actor& actor, const QDateTime& at) const
{
    actor.require(Permission::ViewRecords);
    DutyChoices result;
    const QList<PersonChoice> employed =
        StaffService(m_db).choices(actor, StaffService::Filter::Current, at.date());
    const QString own = staffUidOfActor(actor);
    for (const PersonChoice& person : employed) {
        if (person.uid == own)
            result.own = person;
    }
    if (writesOnlyOwnShifts(actor) && actor.can(Permission::WriteShiftLogs))
        return result;
    // Timestamps are stored in the center's offset, so their text orders as time does.
    QSet<QString> onDuty;
    for (const QVariantMap& row : sql::rows(
             m_db,
             QStringLiteral(
                 "SELECT DISTINCT s.staff_uid AS staff_uid FROM shifts s JOIN staff st ON st.uid = "
                 "s.staff_uid "
                 "WHERE s.shift_date BETWEEN ? AND ? AND s.deleted = 0 AND s.status <> 'ABSENT' "
                 "AND st.role IN ('NURSE', 'CAREGIVER') AND s.start_at <= ? AND s.end_at > ? "
                 "AND NOT EXISTS (SELECT 1 FROM duty_sessions d WHERE d.shift_uid = s.uid AND d.deleted = 0 "
                 "                AND d.closed_at IS NOT NULL)"),
             {at.date().addDays(-1).toString(Qt::ISODate), at.date().toString(Qt::ISODate),
              Clock::timestamp(at.addSecs(EarlyArrivalMinutes * 60)), Clock::timestamp(at)}))
        onDuty.insert(row.value(QStringLiteral("staff_uid")).toString());
    for (const PersonChoice& person : employed) {
        if (person.uid == own)
            continue;
        (onDuty.contains(person.uid) ? result.onDuty : result.others).append(person);
    }
    return result;
}

ShiftLogService::Session ShiftLogService::loadSession(const QString& sessionUid) const
{
    const QVariantMap row =
        sql::row(m_db, sessionSelect + QStringLiteral("WHERE d.uid = ? AND d.deleted = 0"), {sessionUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no shift session %1.").arg(sessionUid));
    return sessionFromRow(row);
}

ShiftLogService::Session ShiftLogService::session(const Actor& actor, const QString& sessionUid) const
{
    actor.require(Permission::ViewRecords);
    return loadSession(sessionUid);
}

std::optional<ShiftLogService::Session> ShiftLogService::openSessionOfStaff(const Actor& actor,
                                                                            const QString& staffUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(
        m_db,
        sessionSelect + QStringLiteral("WHERE d.opened_by = ? AND d.closed_at IS NULL AND d.deleted = 0 "
                                       "ORDER BY d.opened_at DESC LIMIT 1"),
        {staffUid});
    if (row.isEmpty())
        return std::nullopt;
    return sessionFromRow(row);
}

ShiftLogService::Session ShiftLogService::openShift(const Actor& actor, const QString& shiftUid)
{
    actor.require(Permission::WriteShiftLogs);
    const QVariantMap shift =
        sql::row(m_db,
                 QStringLiteral("SELECT staff_uid, shift_date, shift_code, status, start_at FROM shifts "
                                "WHERE uid = ? AND deleted = 0"),
                 {shiftUid});
    if (shift.isEmpty())
        throw Error::notFound(tr("There is no shift %1 in the roster.").arg(shiftUid));
    const QString staffUid = shift.value(QStringLiteral("staff_uid")).toString();
    const QString label =
        shiftLabel(QDate::fromString(shift.value(QStringLiteral("shift_date")).toString(), Qt::ISODate),
                   shift.value(QStringLiteral("shift_code")).toString());
    if (shift.value(QStringLiteral("status")).toString() == QStringLiteral("ABSENT"))
        throw Error::conflict(
            tr("The shift %1 is marked absent in the roster and cannot be opened.").arg(label));
    const QVariant onBehalfBy = requireWriterFor(actor, staffUid, label);

    const QVariantMap existing = sql::row(
        m_db, QStringLiteral("SELECT uid, closed_at FROM duty_sessions WHERE shift_uid = ? AND deleted = 0"),
        {shiftUid});
    if (!existing.isEmpty()) {
        if (!existing.value(QStringLiteral("closed_at")).isNull())
            throw Error::conflict(tr("The shift %1 was closed at %2 and cannot be opened again.")
                                      .arg(label, existing.value(QStringLiteral("closed_at")).toString()));
        return loadSession(existing.value(QStringLiteral("uid")).toString());
    }

    // The handover is the preceding shift's; while that shift is open the session opens without
    // one and links it when the handover is accepted.
    const Handover waiting = precedingHandover(actor, shift.value(QStringLiteral("start_at")).toString());
    const QVariant previousUid =
        waiting.state == Handover::State::Ready ? QVariant(waiting.previous->uid) : QVariant();
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QString sessionUid =
        writer.insert(QStringLiteral("duty_sessions"), {{QStringLiteral("shift_uid"), shiftUid},
                                                        {QStringLiteral("opened_at"), Clock::nowTimestamp()},
                                                        {QStringLiteral("opened_by"), staffUid},
                                                        {QStringLiteral("previous_uid"), previousUid},
                                                        {QStringLiteral("opened_on_behalf_by"), onBehalfBy}});
    transaction.commit();
    return loadSession(sessionUid);
}

QString ShiftLogService::Handover::waitingMessage() const
{
    const QString slot = QStringLiteral("%1 %2 (%3–%4)")
                             .arg(preceding.date.toString(Qt::ISODate), preceding.code,
                                  Clock::displayTimestamp(preceding.startAt).mid(11),
                                  Clock::displayTimestamp(preceding.endAt).mid(11));
    switch (state) {
    case State::Waiting:
        if (previous)
            return tr("%1's shift %2 is still open. Her handover shows here when she closes it; accept it "
                      "then.")
                .arg(previous->staffName, slot);
        return tr("The preceding shift %1 (%2) has not been handed over yet. Its handover shows here when it "
                  "is closed; accept it then.")
            .arg(slot, preceding.staffNames.join(tr(", ")));
    case State::NotLogged:
        return tr("Nobody logged the preceding shift %1 (%2); there is no handover note to read.")
            .arg(slot, preceding.staffNames.join(tr(", ")));
    case State::First:
        return tr("No earlier shift has been handed over.");
    case State::Ready:
        break;
    }
    return {};
}

ShiftLogService::Handover ShiftLogService::precedingHandover(const Actor& actor, const QString& startAt) const
{
    Handover result;
    result.openIncidents = openIncidents(actor);
    // The preceding shift: every roster shift starting last before this one (timestamps are
    // stored in the center's offset, so their text orders as time does).
    const QVariant previousStart = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT max(start_at) FROM shifts WHERE deleted = 0 AND status <> 'ABSENT' AND start_at < ?"),
        {startAt});
    if (previousStart.isNull() || previousStart.toString().isEmpty()) {
        result.state = Handover::State::First;
        return result;
    }
    QStringList codes;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   QStringLiteral(
                       "SELECT s.shift_date AS shift_date, s.shift_code AS shift_code, s.start_at AS "
                       "start_at, s.end_at AS end_at, st.name AS name FROM shifts s JOIN staff st ON "
                       "st.uid = s.staff_uid WHERE s.deleted = 0 AND s.status <> 'ABSENT' AND s.start_at = ? "
                       "ORDER BY s.end_at DESC, st.name_pinyin, st.name"),
                   {previousStart})) {
        if (result.preceding.startAt.isEmpty()) {
            result.preceding.date =
                QDate::fromString(row.value(QStringLiteral("shift_date")).toString(), Qt::ISODate);
            result.preceding.startAt = row.value(QStringLiteral("start_at")).toString();
            result.preceding.endAt = row.value(QStringLiteral("end_at")).toString();
        }
        const QString code = row.value(QStringLiteral("shift_code")).toString();
        if (!codes.contains(code))
            codes.append(code);
        result.preceding.staffNames.append(row.value(QStringLiteral("name")).toString());
    }
    result.preceding.code = codes.join(QLatin1Char('/'));
    // An open session of that shift makes the handover wait; otherwise the one closed last is it.
    const QVariantMap session =
        sql::row(m_db,
                 sessionSelect + QStringLiteral("WHERE s.start_at = ? AND d.deleted = 0 "
                                                "ORDER BY CASE WHEN d.closed_at IS NULL THEN 0 ELSE 1 END, "
                                                "d.closed_at DESC LIMIT 1"),
                 {previousStart});
    if (!session.isEmpty()) {
        result.previous = sessionFromRow(session);
        result.state = result.previous->isClosed() ? Handover::State::Ready : Handover::State::Waiting;
    } else {
        const QDateTime end = Clock::parseTimestamp(result.preceding.endAt);
        result.state =
            end.isValid() && end <= Clock::now() ? Handover::State::NotLogged : Handover::State::Waiting;
    }
    return result;
}

ShiftLogService::Handover ShiftLogService::handover(const Actor& actor, const QString& sessionUid) const
{
    actor.require(Permission::ViewRecords);
    const Session current = loadSession(sessionUid);
    if (!current.previousUid.isEmpty()) {
        Handover accepted;
        accepted.state = Handover::State::Ready;
        accepted.previous = loadSession(current.previousUid);
        accepted.openIncidents = openIncidents(actor);
        return accepted;
    }
    return precedingHandover(actor, current.startAt);
}

ShiftLogService::Handover ShiftLogService::handoverFor(const Actor& actor, const QString& shiftUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariant startAt = sql::scalar(
        m_db, QStringLiteral("SELECT start_at FROM shifts WHERE uid = ? AND deleted = 0"), {shiftUid});
    if (!startAt.isValid())
        throw Error::notFound(tr("There is no shift %1 in the roster.").arg(shiftUid));
    return precedingHandover(actor, startAt.toString());
}

ShiftLogService::Session ShiftLogService::requireOpenSession(const QString& sessionUid) const
{
    Session current = loadSession(sessionUid);
    if (current.isClosed())
        throw Error::conflict(
            tr("The shift %1 %2 was closed at %3; nothing more can be written to it.")
                .arg(current.shiftDate.toString(Qt::ISODate), current.shiftCode, current.closedAt));
    return current;
}

QString ShiftLogService::acceptHandover(const Actor& actor, const QString& sessionUid)
{
    actor.require(Permission::WriteShiftLogs);
    const Session current = requireOpenSession(sessionUid);
    const QVariant onBehalfBy =
        requireWriterFor(actor, current.staffUid, shiftLabel(current.shiftDate, current.shiftCode));
    if (!current.handoverAcceptedAt.isEmpty())
        return current.handoverAcceptedAt;
    const Handover read = handover(actor, sessionUid);
    if (!read.canAccept())
        throw Error::conflict(read.waitingMessage());
    const QString now = Clock::nowTimestamp();
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(QStringLiteral("duty_sessions"), sessionUid,
                {{QStringLiteral("handover_accepted_at"), now},
                 {QStringLiteral("previous_uid"), read.previous ? QVariant(read.previous->uid) : QVariant()},
                 {QStringLiteral("accepted_on_behalf_by"), onBehalfBy}});
    transaction.commit();
    return now;
}

void ShiftLogService::validate(const NewEntry& entry, const QString& currentResidentUid) const
{
    if (entry.summary.trimmed().isEmpty())
        throw Error::validation(tr("Entry text"), QString(), tr("write what happened"));
    if (!entry.residentUid.isEmpty() && entry.residentUid != currentResidentUid) {
        const QVariantMap resident = sql::row(
            m_db, QStringLiteral("SELECT name, discharge_date FROM residents WHERE uid = ? AND deleted = 0"),
            {entry.residentUid});
        if (resident.isEmpty())
            throw Error::validation(tr("Resident"), entry.residentUid, tr("no such resident"));
        const QString discharged = resident.value(QStringLiteral("discharge_date")).toString();
        if (!discharged.isEmpty() && discharged < Clock::today().toString(Qt::ISODate))
            throw Error::validation(tr("Resident"), resident.value(QStringLiteral("name")),
                                    tr("was discharged on %1").arg(discharged));
    }
    if (!entry.correctsUid.isEmpty()) {
        const QVariant found =
            sql::scalar(m_db, QStringLiteral("SELECT uid FROM shift_logs WHERE uid = ? AND deleted = 0"),
                        {entry.correctsUid});
        if (found.isNull())
            throw Error::validation(tr("Corrected entry"), entry.correctsUid, tr("no such log entry"));
    }
    if (!entry.resolvesUid.isEmpty()) {
        const QVariantMap incident =
            sql::row(m_db, QStringLiteral("SELECT incident FROM shift_logs WHERE uid = ? AND deleted = 0"),
                     {entry.resolvesUid});
        if (incident.isEmpty() || incident.value(QStringLiteral("incident")).isNull())
            throw Error::validation(tr("Followed-up incident"), entry.resolvesUid, tr("no such incident"));
    }
}

QVariant ShiftLogService::checkedOccurrence(const NewEntry& entry, const QString& shiftUid,
                                            const QDateTime& writtenAt) const
{
    if (entry.incident == Incident::None)
        return {};
    // A correction restates the incident it corrects: by default at that incident's time, and
    // bounded by that incident's shift.
    QString anchorShift = shiftUid;
    QDateTime occurred = entry.occurredAt;
    if (!entry.correctsUid.isEmpty()) {
        const QVariantMap corrected = sql::row(
            m_db,
            QStringLiteral("SELECT shift_uid, coalesce(occurred_at, written_at) AS happened FROM shift_logs "
                           "WHERE uid = ?"),
            {entry.correctsUid});
        anchorShift = corrected.value(QStringLiteral("shift_uid")).toString();
        if (!occurred.isValid())
            occurred = Clock::parseTimestamp(corrected.value(QStringLiteral("happened")).toString());
    }
    if (!occurred.isValid())
        return Clock::timestamp(writtenAt);
    // Stored in the offset of the entry's own stamp, so that the texts compare as times do.
    occurred = occurred.toOffsetFromUtc(writtenAt.offsetFromUtc());
    occurred.setTime(QTime(occurred.time().hour(), occurred.time().minute()));
    const QString field = tr("Time of the incident");
    const QString shown = occurred.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    if (occurred > Clock::now())
        throw Error::validation(field, shown, tr("is in the future"));
    if (occurred > writtenAt)
        throw Error::validation(field, shown,
                                tr("is after the entry was written (%1)")
                                    .arg(writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    const QDateTime start = Clock::parseTimestamp(
        sql::scalar(m_db, QStringLiteral("SELECT start_at FROM shifts WHERE uid = ?"), {anchorShift})
            .toString());
    if (start.isValid() && occurred < start.addSecs(-qint64(OccurrenceMarginHours) * 3600))
        throw Error::validation(
            field, shown,
            tr("is more than %1 hours before the shift began (%2); an incident is written in the shift it "
               "happened in or the next one")
                .arg(OccurrenceMarginHours)
                .arg(Clock::displayTimestamp(Clock::timestamp(start))));
    return Clock::timestamp(occurred);
}

QString ShiftLogService::addEntry(const Actor& actor, const QString& sessionUid, const NewEntry& entry)
{
    actor.require(Permission::WriteShiftLogs);
    const Session current = requireOpenSession(sessionUid);
    const QVariant onBehalfBy =
        requireWriterFor(actor, current.staffUid, shiftLabel(current.shiftDate, current.shiftCode));
    // A correction may keep naming the resident of the entry it corrects, even if discharged since.
    QString keptResident;
    if (!entry.correctsUid.isEmpty())
        keptResident = sql::scalar(m_db, QStringLiteral("SELECT resident_uid FROM shift_logs WHERE uid = ?"),
                                   {entry.correctsUid})
                           .toString();
    validate(entry, keptResident);
    const QDateTime now = Clock::now();
    const QVariant occurredAt = checkedOccurrence(entry, current.shiftUid, now);

    Transaction transaction(m_db);
    const QString uid =
        RecordWriter(m_db, actor)
            .insert(QStringLiteral("shift_logs"),
                    {{QStringLiteral("shift_uid"), current.shiftUid},
                     {QStringLiteral("written_at"), Clock::timestamp(now)},
                     {QStringLiteral("occurred_at"), occurredAt},
                     {QStringLiteral("author_staff_uid"), current.staffUid},
                     {QStringLiteral("summary"), entry.summary.trimmed()},
                     {QStringLiteral("resident_uid"), nullable(entry.residentUid)},
                     {QStringLiteral("incident"), nullable(incidentCodes().code(entry.incident))},
                     {QStringLiteral("corrects_uid"), nullable(entry.correctsUid)},
                     {QStringLiteral("resolves_uid"), nullable(entry.resolvesUid)},
                     {QStringLiteral("written_on_behalf_by"), onBehalfBy}});
    transaction.commit();
    return uid;
}

void ShiftLogService::requireEditable(const Entry& entry) const
{
    if (!entry.editable)
        throw Error::conflict(
            tr("The entry written at %1 belongs to a closed shift and cannot be changed or deleted. "
               "Write a correction instead.")
                .arg(entry.writtenAt));
}

void ShiftLogService::editEntry(const Actor& actor, const QString& entryUid, const NewEntry& changed)
{
    actor.require(Permission::WriteShiftLogs);
    const Entry stored = loadEntry(entryUid);
    requireEditable(stored);
    const QVariant onBehalfBy =
        requireWriterFor(actor, stored.authorStaffUid, shiftLabel(stored.shiftDate, stored.shiftCode));
    NewEntry checked = changed;
    checked.correctsUid.clear();
    checked.resolvesUid.clear();
    validate(checked, stored.residentUid);
    // An edit keeps what it corrects; without a new time an incident keeps the one it had.
    checked.correctsUid = stored.correctsUid;
    if (!checked.occurredAt.isValid() && !stored.occurredAt.isEmpty())
        checked.occurredAt = Clock::parseTimestamp(stored.occurredAt);
    const QVariant occurredAt =
        checkedOccurrence(checked, stored.shiftUid, Clock::parseTimestamp(stored.writtenAt));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(QStringLiteral("shift_logs"), entryUid,
                {{QStringLiteral("summary"), changed.summary.trimmed()},
                 {QStringLiteral("resident_uid"), nullable(changed.residentUid)},
                 {QStringLiteral("incident"), nullable(incidentCodes().code(changed.incident))},
                 {QStringLiteral("occurred_at"), occurredAt},
                 {QStringLiteral("written_on_behalf_by"), onBehalfBy}});
    transaction.commit();
}

void ShiftLogService::deleteEntry(const Actor& actor, const QString& entryUid)
{
    actor.require(Permission::WriteShiftLogs);
    const Entry stored = loadEntry(entryUid);
    requireEditable(stored);
    requireWriterFor(actor, stored.authorStaffUid, shiftLabel(stored.shiftDate, stored.shiftCode));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).markDeleted(QStringLiteral("shift_logs"), entryUid);
    transaction.commit();
}

void ShiftLogService::closeShift(const Actor& actor, const QString& sessionUid, const QString& handoverNote)
{
    actor.require(Permission::WriteShiftLogs);
    const Session current = requireOpenSession(sessionUid);
    const QVariant onBehalfBy =
        requireWriterFor(actor, current.staffUid, shiftLabel(current.shiftDate, current.shiftCode));
    if (handoverNote.trimmed().isEmpty())
        throw Error::validation(tr("Handover note"), QString(),
                                tr("a shift is closed only with a handover note"));
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.update(QStringLiteral("duty_sessions"), sessionUid,
                  {{QStringLiteral("closed_at"), Clock::nowTimestamp()},
                   {QStringLiteral("handover_note"), handoverNote.trimmed()},
                   {QStringLiteral("closed_on_behalf_by"), onBehalfBy}});
    const QString status =
        sql::scalar(m_db, QStringLiteral("SELECT status FROM shifts WHERE uid = ?"), {current.shiftUid})
            .toString();
    if (status == QStringLiteral("PLANNED"))
        writer.update(QStringLiteral("shifts"), current.shiftUid,
                      {{QStringLiteral("status"), QStringLiteral("WORKED")}});
    transaction.commit();
}

QList<ShiftLogService::Entry> ShiftLogService::entries(const QString& where, const QVariantList& values,
                                                       const QString& tail) const
{
    QList<Entry> result;
    for (const QVariantMap& row :
         sql::rows(m_db, entrySelect() + QStringLiteral("WHERE ") + where + QLatin1Char(' ') + tail, values))
        result.append(entryFromRow(row));
    return result;
}

ShiftLogService::Entry ShiftLogService::loadEntry(const QString& entryUid) const
{
    const QList<Entry> found = entries(QStringLiteral("l.uid = ? AND l.deleted = 0"), {entryUid});
    if (found.isEmpty())
        throw Error::notFound(tr("There is no shift log entry %1.").arg(entryUid));
    return found.constFirst();
}

ShiftLogService::Entry ShiftLogService::entry(const Actor& actor, const QString& entryUid) const
{
    actor.require(Permission::ViewRecords);
    return loadEntry(entryUid);
}

QList<ShiftLogService::Entry> ShiftLogService::entriesOfShift(const Actor& actor,
                                                              const QString& shiftUid) const
{
    actor.require(Permission::ViewRecords);
    return entries(QStringLiteral("l.shift_uid = ? AND l.deleted = 0"), {shiftUid},
                   QStringLiteral("ORDER BY l.written_at, l.uid"));
}

QList<ShiftLogService::Entry> ShiftLogService::openIncidents(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    return entries(QStringLiteral("l.incident IS NOT NULL AND l.deleted = 0 "
                                  "AND NOT EXISTS (SELECT 1 FROM shift_logs f WHERE f.resolves_uid = l.uid "
                                  "AND f.deleted = 0) AND ") +
                       notCorrected(QStringLiteral("l")),
                   {}, QStringLiteral("ORDER BY coalesce(l.occurred_at, l.written_at), l.uid"));
}

QString ShiftLogService::notCorrected(const QString& alias)
{
    return QStringLiteral(
               "NOT EXISTS (SELECT 1 FROM shift_logs c WHERE c.corrects_uid = %1.uid AND c.deleted = 0)")
        .arg(alias);
}

int ShiftLogService::incidentCount(const Actor& actor, const QDate& from, const QDate& to) const
{
    actor.require(Permission::ViewRecords);
    // Timestamps are ISO text in their own offset, so the date prefix is the day it happened.
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT count(*) FROM shift_logs l WHERE l.deleted = 0 AND l.incident IS NOT "
                              "NULL AND substr(coalesce(l.occurred_at, l.written_at), 1, 10) BETWEEN ? AND ? "
                              "AND ") +
                   notCorrected(QStringLiteral("l")),
               {from.toString(Qt::ISODate), to.toString(Qt::ISODate)})
        .toInt();
}

QList<ShiftLogService::Entry> ShiftLogService::entriesOfResident(const Actor& actor,
                                                                 const QString& residentUid, int limit) const
{
    actor.require(Permission::ViewRecords);
    return entries(QStringLiteral("l.resident_uid = ? AND l.deleted = 0"), {residentUid, limit},
                   QStringLiteral("ORDER BY l.written_at DESC, l.uid DESC LIMIT ?"));
}

QList<ShiftLogService::Entry> ShiftLogService::riskEvents(const Actor& actor, const QString& residentUid,
                                                          const QDate& asOf, int days) const
{
    actor.require(Permission::ViewRecords);
    QStringList quoted;
    for (const QString& code : riskEventCodes())
        quoted.append(QLatin1Char('\'') + code + QLatin1Char('\''));
    // Timestamps are ISO text, so a date prefix bounds them: [first day, day after asOf).
    const QString from = asOf.addDays(-(days - 1)).toString(Qt::ISODate);
    const QString until = asOf.addDays(1).toString(Qt::ISODate);
    const QString happened = QStringLiteral("coalesce(l.occurred_at, l.written_at)");
    return entries(QStringLiteral("l.resident_uid = ? AND l.deleted = 0 AND l.incident IN (%1) "
                                  "AND %2 >= ? AND %2 < ? AND %3")
                       .arg(quoted.join(QLatin1Char(',')), happened, notCorrected(QStringLiteral("l"))),
                   {residentUid, from, until}, QStringLiteral("ORDER BY %1, l.uid").arg(happened));
}

QList<ShiftLogService::Session> ShiftLogService::sessionsOn(const Actor& actor, const QDate& day) const
{
    actor.require(Permission::ViewRecords);
    QList<Session> sessions;
    for (const QVariantMap& row : sql::rows(
             m_db,
             sessionSelect +
                 QStringLiteral(
                     "WHERE s.shift_date = ? AND d.deleted = 0 ORDER BY s.start_at, st.name_pinyin, st.name"),
             {day.toString(Qt::ISODate)}))
        sessions.append(sessionFromRow(row));
    return sessions;
}

} // namespace jinglao::core
