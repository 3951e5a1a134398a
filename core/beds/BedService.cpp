#include "beds/BedService.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QMultiHash>
#include <QRegularExpression>

#include <algorithm>

namespace jinglao::core {

namespace {

// Digit runs compare as numbers, the rest as text.
int naturalCompare(const QString& a, const QString& b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a.at(i).isDigit() && b.at(j).isDigit()) {
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a.at(ei).isDigit())
                ++ei;
            while (ej < b.size() && b.at(ej).isDigit())
                ++ej;
            const qlonglong na = a.mid(i, ei - i).toLongLong();
            const qlonglong nb = b.mid(j, ej - j).toLongLong();
            if (na != nb)
                return na < nb ? -1 : 1;
            i = ei;
            j = ej;
        } else {
            if (a.at(i) != b.at(j))
                return a.at(i) < b.at(j) ? -1 : 1;
            ++i;
            ++j;
        }
    }
    if (a.size() - i != b.size() - j)
        return (a.size() - i) < (b.size() - j) ? -1 : 1;
    return 0;
}

bool bedLess(const Bed& a, const Bed& b)
{
    if (int c = naturalCompare(a.building, b.building))
        return c < 0;
    if (int c = naturalCompare(a.floor, b.floor))
        return c < 0;
    if (int c = naturalCompare(a.room, b.room))
        return c < 0;
    return naturalCompare(a.code, b.code) < 0;
}

// Text bound as text even when empty: a null QString binds NULL, which compares as nothing.
QString notNull(const QString& text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// A row of roommateSelect.
Roommate roommateFrom(const QVariantMap& row)
{
    return {row.value(QStringLiteral("uid")).toString(), row.value(QStringLiteral("name")).toString(),
            row.value(QStringLiteral("gender")).toInt(), row.value(QStringLiteral("bed_code")).toString()};
}
const QString roommateSelect =
    QStringLiteral("SELECT r.uid AS uid, r.name AS name, r.gender AS gender, b.bed_code AS bed_code, "
                   "b.building AS building, "
                   "b.floor AS floor, b.room AS room FROM residents r JOIN beds b ON b.uid = r.bed_uid "
                   "WHERE r.deleted = 0 AND r.discharge_date IS NULL ");
void sortByBed(QList<Roommate>& roommates)
{
    std::sort(roommates.begin(), roommates.end(), [](const Roommate& a, const Roommate& b) {
        return BedService::codeLess(a.bedCode, b.bedCode);
    });
}

const QString bedColumns = QStringLiteral("b.uid, b.bed_code, b.building, b.floor, b.room, b.bed_type, "
                                          "b.dementia_unit, b.in_service");
const QString periodsTable = QStringLiteral("bed_service_periods");

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

BedServicePeriod periodFromRow(const QVariantMap& row)
{
    return {row.value(QStringLiteral("uid")).toString(),
            QDate::fromString(row.value(QStringLiteral("from_date")).toString(), Qt::ISODate),
            QDate::fromString(row.value(QStringLiteral("to_date")).toString(), Qt::ISODate),
            row.value(QStringLiteral("reason")).toString(),
            row.value(QStringLiteral("end_reason")).toString()};
}

QList<BedServicePeriod> periodsOf(const Database& db, const QString& bedUid)
{
    QList<BedServicePeriod> periods;
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral("SELECT uid, from_date, to_date, reason, end_reason FROM bed_service_periods "
                            "WHERE bed_uid = ? AND deleted = 0 ORDER BY from_date"),
             {bedUid}))
        periods.append(periodFromRow(row));
    return periods;
}

} // namespace

BedService::BedService(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

QString BedService::stateLabel(BedState state)
{
    switch (state) {
    case BedState::Free:
        return tr("Free");
    case BedState::Occupied:
        return tr("Occupied");
    case BedState::Held:
        return tr("Held (away on referral)");
    case BedState::OutOfService:
        return tr("Out of service");
    }
    return {};
}

bool BedService::codeLess(const QString& a, const QString& b)
{
    return naturalCompare(a, b) < 0;
}

Bed BedService::fromRow(const QVariantMap& row)
{
    Bed bed;
    bed.uid = row.value(QStringLiteral("uid")).toString();
    bed.code = row.value(QStringLiteral("bed_code")).toString();
    bed.building = row.value(QStringLiteral("building")).toString();
    bed.floor = row.value(QStringLiteral("floor")).toString();
    bed.room = row.value(QStringLiteral("room")).toString();
    bed.type =
        bedTypeCodes().fromCode(row.value(QStringLiteral("bed_type")).toString()).value_or(BedType::General);
    bed.dementiaUnit = row.value(QStringLiteral("dementia_unit")).toInt() == 1;
    bed.inService = row.value(QStringLiteral("in_service")).toInt() == 1;
    return bed;
}

QVariantMap BedService::toRow(const Bed& bed)
{
    return {{QStringLiteral("bed_code"), bed.code},
            {QStringLiteral("building"), bed.building},
            {QStringLiteral("floor"), bed.floor},
            {QStringLiteral("room"), bed.room},
            {QStringLiteral("bed_type"), bedTypeCodes().code(bed.type)},
            {QStringLiteral("dementia_unit"), bed.dementiaUnit ? 1 : 0}};
}

QString BedService::nextCodeInRoom(const QString& building, const QString& room) const
{
    const QString prefix =
        building.isEmpty() ? room + QLatin1Char('-') : building + QLatin1Char('-') + room + QLatin1Char('-');
    const QList<QVariantMap> codes = sql::rows(
        m_db, QStringLiteral("SELECT bed_code FROM beds WHERE building = ? AND room = ? AND deleted = 0"),
        {building, room});
    int highest = 0;
    for (const QVariantMap& row : codes) {
        const QString code = row.value(QStringLiteral("bed_code")).toString();
        if (!code.startsWith(prefix))
            continue;
        bool ok = false;
        const int number = code.mid(prefix.size()).toInt(&ok);
        if (ok)
            highest = std::max(highest, number);
    }
    return prefix + QString::number(highest + 1);
}

Bed BedService::validated(const Bed& input, const QString& exceptUid) const
{
    Bed bed = input;
    bed.building = bed.building.trimmed();
    bed.floor = bed.floor.trimmed();
    bed.room = bed.room.trimmed();
    bed.code = bed.code.trimmed().toUpper();
    if (bed.building.size() > 32)
        throw Error::validation(tr("Building"), bed.building, tr("may have at most 32 characters."));
    if (bed.floor.size() > 16)
        throw Error::validation(tr("Floor"), bed.floor, tr("may have at most 16 characters."));
    if (bed.room.isEmpty())
        throw Error::validation(tr("Room"), input.room, tr("is required."));
    if (bed.room.size() > 16)
        throw Error::validation(tr("Room"), bed.room, tr("may have at most 16 characters."));
    if (bed.code.isEmpty())
        bed.code = nextCodeInRoom(bed.building, bed.room);
    static const QRegularExpression codePattern(
        QStringLiteral("^[A-Z0-9\\x{4e00}-\\x{9fff}][A-Z0-9\\-\\x{4e00}-\\x{9fff}]{0,31}$"));
    if (!codePattern.match(bed.code).hasMatch())
        throw Error::validation(tr("Bed code"), input.code,
                                tr("may have 1 to 32 letters, digits and dashes, such as A-101-2."));
    const QVariant other = sql::scalar(
        m_db, QStringLiteral("SELECT uid FROM beds WHERE bed_code = ? AND uid <> coalesce(?, '')"),
        {bed.code, exceptUid});
    if (other.isValid())
        throw Error::validation(tr("Bed code"), bed.code, tr("is already used by another bed."));
    return bed;
}

QString BedService::addBed(const Actor& actor, const Bed& input)
{
    actor.require(Permission::ManageBeds);
    const Bed bed = validated(input, QString());
    const QDate since = bed.inServiceSince.isValid() ? bed.inServiceSince : Clock::today();
    if (bed.inService && since > Clock::today())
        throw Error::validation(tr("In service since"), isoDate(since), tr("lies in the future."));
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    QVariantMap row = toRow(bed);
    row.insert(QStringLiteral("in_service"), bed.inService ? 1 : 0);
    const QString uid = writer.insert(QStringLiteral("beds"), row);
    if (bed.inService)
        writer.insert(periodsTable, {{QStringLiteral("bed_uid"), uid},
                                     {QStringLiteral("from_date"), isoDate(since)},
                                     {QStringLiteral("reason"), QStringLiteral("")}});
    transaction.commit();
    return uid;
}

QStringList BedService::addRoomBeds(const Actor& actor, const QString& building, const QString& floor,
                                    const QString& room, int count, BedType type, bool dementiaUnit,
                                    const QDate& inServiceSince)
{
    actor.require(Permission::ManageBeds);
    if (count < 1 || count > 20)
        throw Error::validation(tr("Number of beds"), count, tr("must be between 1 and 20."));
    Transaction transaction(m_db);
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        Bed bed;
        bed.building = building;
        bed.floor = floor;
        bed.room = room;
        bed.type = type;
        bed.dementiaUnit = dementiaUnit;
        bed.inServiceSince = inServiceSince;
        const QString uid = addBed(actor, bed);
        codes.append(
            sql::scalar(m_db, QStringLiteral("SELECT bed_code FROM beds WHERE uid = ?"), {uid}).toString());
    }
    transaction.commit();
    return codes;
}

void BedService::updateBed(const Actor& actor, const Bed& input)
{
    actor.require(Permission::ManageBeds);
    const Bed stored = bed(actor, input.uid);
    Bed changed = input;
    if (changed.code.trimmed().isEmpty())
        changed.code = stored.code;
    const Bed bed = validated(changed, input.uid);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).update(QStringLiteral("beds"), bed.uid, toRow(bed));
    transaction.commit();
}

void BedService::setInService(const Actor& actor, const QString& bedUid, bool inService, const QDate& on,
                              const QString& reason)
{
    actor.require(Permission::ManageBeds);
    const Bed stored = bed(actor, bedUid);
    const QDate day = on.isValid() ? on : Clock::today();
    const QString why = reason.simplified();
    if (day > Clock::today())
        throw Error::validation(tr("Date"), isoDate(day), tr("lies in the future."));
    if (why.size() > 200)
        throw Error::validation(tr("Reason"), why, tr("may have at most 200 characters."));
    const QList<BedServicePeriod> periods = periodsOf(m_db, bedUid);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    if (!inService) {
        if (!stored.inService)
            throw Error::conflict(tr("Bed %1 is already out of service.").arg(stored.code));
        const QVariantMap holder = sql::row(
            m_db,
            QStringLiteral(
                "SELECT r.name AS name, a.to_date AS to_date FROM bed_assignments a JOIN residents r "
                "ON r.uid = a.resident_uid WHERE a.bed_uid = ? AND a.deleted = 0 "
                "AND (a.to_date IS NULL OR a.to_date > ?) ORDER BY a.from_date DESC"),
            {bedUid, isoDate(day)});
        if (!holder.isEmpty())
            throw Error::conflict(
                holder.value(QStringLiteral("to_date")).isNull()
                    ? tr("Bed %1 is occupied by %2; transfer or discharge the resident before taking "
                         "the bed out of service.")
                          .arg(stored.code, holder.value(QStringLiteral("name")).toString())
                    : tr("Bed %1 was held by %2 until %3, after %4.")
                          .arg(stored.code, holder.value(QStringLiteral("name")).toString(),
                               holder.value(QStringLiteral("to_date")).toString(), isoDate(day)));
        if (why.isEmpty())
            throw Error::validation(tr("Reason"), QString(), tr("is required to take a bed out of service."));

        if (!periods.isEmpty() && !periods.constLast().to.isValid()) {
            const BedServicePeriod& current = periods.constLast();
            if (day < current.from)
                throw Error::validation(tr("Date"), isoDate(day),
                                        tr("lies before %1, when bed %2 went into service.")
                                            .arg(isoDate(current.from), stored.code));
            // Out on the day it went in: it was never in service.
            if (day == current.from)
                writer.markDeleted(periodsTable, current.uid);
            else
                writer.update(
                    periodsTable, current.uid,
                    {{QStringLiteral("to_date"), isoDate(day)}, {QStringLiteral("end_reason"), why}});
        }
    } else {
        if (stored.inService)
            throw Error::conflict(tr("Bed %1 is already in service.").arg(stored.code));
        if (!periods.isEmpty() && periods.constLast().to.isValid() && day < periods.constLast().to)
            throw Error::validation(tr("Date"), isoDate(day),
                                    tr("lies before %1, when bed %2 went out of service.")
                                        .arg(isoDate(periods.constLast().to), stored.code));
        writer.insert(periodsTable, {{QStringLiteral("bed_uid"), bedUid},
                                     {QStringLiteral("from_date"), isoDate(day)},
                                     {QStringLiteral("reason"), why.isNull() ? QStringLiteral("") : why}});
    }
    writer.update(QStringLiteral("beds"), bedUid, {{QStringLiteral("in_service"), inService ? 1 : 0}});
    transaction.commit();
}

QList<BedServicePeriod> BedService::servicePeriods(const Actor& actor, const QString& bedUid) const
{
    actor.require(Permission::ViewRecords);
    return periodsOf(m_db, bedUid);
}

void BedService::requireInServiceFrom(const QString& bedUid, const QDate& day) const
{
    const QList<BedServicePeriod> periods = periodsOf(m_db, bedUid);
    const QString code =
        sql::scalar(m_db, QStringLiteral("SELECT bed_code FROM beds WHERE uid = ?"), {bedUid}).toString();
    if (periods.isEmpty() || periods.constLast().to.isValid())
        throw Error::validation(tr("Bed"), code, tr("is out of service."));
    const BedServicePeriod& current = periods.constLast();
    if (day >= current.from || periods.size() == 1)
        return;
    throw Error::validation(
        tr("Bed"), code,
        tr("was out of service from %1 to %2, after %3.")
            .arg(isoDate(periods.at(periods.size() - 2).to), isoDate(current.from), isoDate(day)));
}

void BedService::recordHeldFrom(const Actor& actor, const QString& bedUid, const QDate& day)
{
    const QList<BedServicePeriod> periods = periodsOf(m_db, bedUid);
    if (periods.size() == 1 && day < periods.constFirst().from)
        RecordWriter(m_db, actor)
            .update(periodsTable, periods.constFirst().uid, {{QStringLiteral("from_date"), isoDate(day)}});
}

Bed BedService::bed(const Actor& actor, const QString& bedUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(
        m_db, QStringLiteral("SELECT %1 FROM beds b WHERE b.uid = ? AND b.deleted = 0").arg(bedColumns),
        {bedUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no bed %1.").arg(bedUid));
    return fromRow(row);
}

Bed BedService::bedByCode(const Actor& actor, const QString& code) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(
        m_db, QStringLiteral("SELECT %1 FROM beds b WHERE b.bed_code = ? AND b.deleted = 0").arg(bedColumns),
        {code.trimmed().toUpper()});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no bed with the code %1.").arg(code));
    return fromRow(row);
}

QList<Bed> BedService::beds(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    QList<Bed> result;
    for (const QVariantMap& row :
         sql::rows(m_db, QStringLiteral("SELECT %1 FROM beds b WHERE b.deleted = 0").arg(bedColumns)))
        result.append(fromRow(row));
    std::sort(result.begin(), result.end(), bedLess);
    return result;
}

QList<Bed> BedService::freeBeds(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    QList<Bed> result;
    const QList<QVariantMap> rows = sql::rows(
        m_db, QStringLiteral("SELECT %1 FROM beds b WHERE b.deleted = 0 AND b.in_service = 1 AND NOT EXISTS "
                             "(SELECT 1 FROM residents r WHERE r.bed_uid = b.uid AND r.deleted = 0 "
                             "AND r.discharge_date IS NULL)")
                  .arg(bedColumns));
    for (const QVariantMap& row : rows)
        result.append(fromRow(row));
    std::sort(result.begin(), result.end(), bedLess);
    return result;
}

QList<FreeBed> BedService::freeBedsWithRoommates(const Actor& actor) const
{
    const QList<Bed> free = freeBeds(actor);
    // Every present resident's room, read once: a center has a few hundred beds.
    QMultiHash<QString, Roommate> byRoom;
    const auto roomKey = [](const QString& building, const QString& floor, const QString& room) {
        return building + QLatin1Char('\x1f') + floor + QLatin1Char('\x1f') + room;
    };
    for (const QVariantMap& row : sql::rows(m_db, roommateSelect))
        byRoom.insert(roomKey(row.value(QStringLiteral("building")).toString(),
                              row.value(QStringLiteral("floor")).toString(),
                              row.value(QStringLiteral("room")).toString()),
                      roommateFrom(row));
    QList<FreeBed> result;
    result.reserve(free.size());
    for (const Bed& bed : free) {
        QList<Roommate> people = byRoom.values(roomKey(bed.building, bed.floor, bed.room));
        sortByBed(people);
        result.append({bed, people});
    }
    return result;
}

QList<Roommate> BedService::roommates(const Actor& actor, const QString& bedUid,
                                      const QString& exceptResidentUid) const
{
    const Bed place = bed(actor, bedUid);
    QList<Roommate> result;
    for (const QVariantMap& row : sql::rows(
             m_db,
             roommateSelect +
                 QStringLiteral("AND b.building = ? AND b.floor = ? AND b.room = ? AND b.uid <> ? "
                                "AND r.uid <> ?"),
             // Bound as text, never NULL: "r.uid <> NULL" would leave everyone out.
             {notNull(place.building), notNull(place.floor), place.room, bedUid, notNull(exceptResidentUid)}))
        result.append(roommateFrom(row));
    sortByBed(result);
    return result;
}

QList<Roommate> BedService::otherGender(const QList<Roommate>& roommates, int gender)
{
    QList<Roommate> result;
    if (gender != 1 && gender != 2)
        return result;
    for (const Roommate& roommate : roommates) {
        if ((roommate.gender == 1 || roommate.gender == 2) && roommate.gender != gender)
            result.append(roommate);
    }
    return result;
}

QList<BedView> BedService::bedMap(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    // Residents away on referral keep their bed: the modules say who is away (see Module).
    const QSet<QString> away = m_modules.residentsAwayOn(m_db, Clock::today());
    const QList<QVariantMap> rows = sql::rows(
        m_db, QStringLiteral(
                  "SELECT %1, r.uid AS resident_uid, r.name AS resident_name, cl.level AS care_level "
                  "FROM beds b "
                  "LEFT JOIN residents r ON r.bed_uid = b.uid AND r.deleted = 0 AND r.discharge_date IS NULL "
                  "LEFT JOIN resident_care_levels cl ON cl.resident_uid = r.uid "
                  "WHERE b.deleted = 0")
                  .arg(bedColumns));
    QList<BedView> result;
    result.reserve(rows.size());
    for (const QVariantMap& row : rows) {
        BedView view;
        view.bed = fromRow(row);
        view.residentUid = row.value(QStringLiteral("resident_uid")).toString();
        view.residentName = row.value(QStringLiteral("resident_name")).toString();
        const QVariant level = row.value(QStringLiteral("care_level"));
        view.careLevel = level.isNull() ? -1 : level.toInt();
        if (!view.residentUid.isEmpty())
            view.state = away.contains(view.residentUid) ? BedState::Held : BedState::Occupied;
        else
            view.state = view.bed.inService ? BedState::Free : BedState::OutOfService;
        result.append(view);
    }
    std::sort(result.begin(), result.end(),
              [](const BedView& a, const BedView& b) { return bedLess(a.bed, b.bed); });
    return result;
}

BedSummary BedService::summary(const Actor& actor) const
{
    return summarize(bedMap(actor));
}

BedSummary BedService::summarize(const QList<BedView>& beds)
{
    BedSummary summary;
    for (const BedView& view : beds) {
        if (view.bed.inService) {
            ++summary.inService;
            if (view.bed.type == BedType::Nursing)
                ++summary.nursing;
        } else {
            ++summary.outOfService;
        }
        switch (view.state) {
        case BedState::Free:
            ++summary.free;
            break;
        case BedState::Held:
            ++summary.held;
            ++summary.occupied;
            break;
        case BedState::Occupied:
            ++summary.occupied;
            break;
        case BedState::OutOfService:
            break;
        }
    }
    return summary;
}

QMap<QString, QString> BedService::occupantsOn(const Actor& actor, const QDate& date) const
{
    actor.require(Permission::ViewRecords);
    if (!date.isValid())
        throw Error::validation(tr("Date"), QString(), tr("is not a valid date."));
    const QString day = date.toString(Qt::ISODate);
    // to_date is the day the resident left the bed, so it no longer counts on that day.
    const QList<QVariantMap> rows =
        sql::rows(m_db,
                  QStringLiteral("SELECT bed_uid, resident_uid FROM bed_assignments "
                                 "WHERE deleted = 0 AND from_date <= ? AND (to_date IS NULL OR to_date > ?)"),
                  {day, day});
    QMap<QString, QString> occupants;
    for (const QVariantMap& row : rows)
        occupants.insert(row.value(QStringLiteral("bed_uid")).toString(),
                         row.value(QStringLiteral("resident_uid")).toString());
    return occupants;
}

int BedService::occupancyOn(const Actor& actor, const QDate& date) const
{
    return static_cast<int>(occupantsOn(actor, date).size());
}

BedSummary BedService::summaryOn(const Actor& actor, const QDate& day) const
{
    actor.require(Permission::ViewRecords);
    if (!day.isValid())
        throw Error::validation(tr("Date"), QString(), tr("is not a valid date."));
    if (day > Clock::today())
        throw Error::validation(tr("Date"), isoDate(day), tr("lies in the future."));
    const QString d = isoDate(day);
    const QVariantMap counts = sql::row(
        m_db,
        QStringLiteral("SELECT count(DISTINCT b.uid) AS in_service, "
                       "count(DISTINCT CASE WHEN b.bed_type = 'NURSING' THEN b.uid END) AS nursing "
                       "FROM beds b JOIN bed_service_periods p ON p.bed_uid = b.uid AND p.deleted = 0 "
                       "WHERE b.deleted = 0 AND p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?)"),
        {d, d});
    BedSummary summary;
    summary.inService = counts.value(QStringLiteral("in_service")).toInt();
    summary.nursing = counts.value(QStringLiteral("nursing")).toInt();
    summary.outOfService =
        sql::scalar(m_db,
                    QStringLiteral(
                        "SELECT count(*) FROM beds b WHERE b.deleted = 0 "
                        "AND EXISTS (SELECT 1 FROM bed_service_periods p WHERE p.bed_uid = b.uid "
                        "AND p.deleted = 0 AND p.from_date <= ?) "
                        "AND NOT EXISTS (SELECT 1 FROM bed_service_periods p WHERE p.bed_uid = b.uid "
                        "AND p.deleted = 0 AND p.from_date <= ? AND (p.to_date IS NULL OR p.to_date > ?))"),
                    {d, d, d})
            .toInt();
    const QMap<QString, QString> occupants = occupantsOn(actor, day);
    summary.occupied = static_cast<int>(occupants.size());
    const QSet<QString> away = m_modules.residentsAwayOn(m_db, day);
    {
        for (const QString& resident : occupants) {
            if (away.contains(resident))
                ++summary.held;
        }
    }
    summary.free = std::max(0, summary.inService - summary.occupied);
    return summary;
}

} // namespace jinglao::core
