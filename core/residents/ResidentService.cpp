#include "residents/ResidentService.h"

#include "auth/AuditLog.h"
#include "beds/BedService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "common/Pinyin.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace jinglao::core {

namespace {

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
QDate dateOf(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

const QString residentSelect = QStringLiteral(
    "SELECT r.uid, r.name, r.name_pinyin, r.name_initials, r.id_number, r.gender, r.birth_date, r.category, "
    "r.admission_date, r.discharge_date, r.discharge_reason, r.bed_uid, b.bed_code, r.phone, "
    "r.emergency_contact, "
    "r.emergency_phone, cl.level AS care_level "
    "FROM residents r LEFT JOIN beds b ON b.uid = r.bed_uid "
    "LEFT JOIN resident_care_levels cl ON cl.resident_uid = r.uid ");

} // namespace

ResidentService::ResidentService(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

// ---- labels ----------------------------------------------------------------------------------

QString ResidentService::presentOnCondition(const QString& alias)
{
    return QStringLiteral("EXISTS (SELECT 1 FROM resident_stays ps WHERE ps.resident_uid = %1.uid AND "
                          "ps.deleted = 0 AND ps.admission_date <= ? AND (ps.discharge_date IS NULL OR "
                          "ps.discharge_date > ?))")
        .arg(alias);
}

QString ResidentService::genderLabel(int gender)
{
    return gender == 1 ? tr("Male") : gender == 2 ? tr("Female") : QString();
}

QString ResidentService::careLevelLabel(int level)
{
    switch (level) {
    case 0:
        return tr("Fully able");
    case 1:
        return tr("Mildly disabled");
    case 2:
        return tr("Moderately disabled");
    case 3:
        return tr("Severely disabled");
    case 4:
        return tr("Completely disabled");
    default:
        return tr("Not assessed");
    }
}

QString ResidentService::categoryFieldLabel()
{
    return tr("Category");
}

QString ResidentService::nameLabel()
{
    return tr("Name");
}
QString ResidentService::birthDateLabel()
{
    return tr("Birth date");
}
QString ResidentService::genderFieldLabel()
{
    return tr("Gender");
}
QString ResidentService::admissionDateLabel()
{
    return tr("Admission date");
}
QString ResidentService::bedLabel()
{
    return tr("Bed");
}
QString ResidentService::phoneLabel()
{
    return tr("Phone");
}
QString ResidentService::emergencyContactLabel()
{
    return tr("Emergency contact");
}
QString ResidentService::emergencyPhoneLabel()
{
    return tr("Emergency contact phone");
}
QString ResidentService::dateLabel()
{
    return tr("Date");
}

// ---- checks ----------------------------------------------------------------------------------

ResidentService::Checked ResidentService::checkPersonalData(const ResidentInput& input,
                                                            const QString& exceptUid) const
{
    Checked checked;
    checked.name = input.name.simplified();
    if (checked.name.isEmpty())
        throw Error::validation(nameLabel(), input.name, tr("is required."));
    if (checked.name.size() > 64)
        throw Error::validation(nameLabel(), checked.name, tr("may have at most 64 characters."));

    checked.idNumber = IdNumber::normalize(input.idNumber);
    checked.birthDate = input.birthDate.isValid() ? input.birthDate : IdNumber::birthDate(checked.idNumber);
    checked.gender =
        (input.gender == 1 || input.gender == 2) ? input.gender : IdNumber::gender(checked.idNumber);
    IdNumber::requireAgreement(checked.idNumber, checked.birthDate, checked.gender);
    if (checked.birthDate > Clock::today())
        throw Error::validation(birthDateLabel(), isoDate(checked.birthDate), tr("lies in the future."));
    if (!input.category)
        throw Error::validation(categoryFieldLabel(), QString(),
                                tr("is not chosen; choose the category the person is admitted under."));
    checked.category = *input.category;

    const QVariantMap holder =
        sql::row(m_db,
                 QStringLiteral("SELECT uid, name, discharge_date FROM residents WHERE id_number = ? AND "
                                "deleted = 0 AND uid <> coalesce(?, '')"),
                 {checked.idNumber, exceptUid});
    if (!holder.isEmpty()) {
        const QString name = holder.value(QStringLiteral("name")).toString();
        if (holder.value(QStringLiteral("discharge_date")).isNull())
            throw Error::validation(IdNumber::fieldLabel(), checked.idNumber,
                                    tr("already belongs to %1, a current resident.").arg(name));
        throw Error::validation(IdNumber::fieldLabel(), checked.idNumber,
                                tr("already belongs to %1, a former resident.").arg(name));
    }

    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+\\- ]{3,20}$"));
    const auto checkPhone = [](const QString& value, const QString& label) {
        const QString phone = value.trimmed();
        if (!phone.isEmpty() && !phonePattern.match(phone).hasMatch())
            throw Error::validation(label, value, tr("may contain 3 to 20 digits, spaces, + and -."));
        return phone;
    };
    checked.phone = checkPhone(input.phone, phoneLabel());
    checked.emergencyPhone = checkPhone(input.emergencyPhone, emergencyPhoneLabel());
    checked.emergencyContact = input.emergencyContact.simplified();
    if (checked.emergencyContact.size() > 64)
        throw Error::validation(emergencyContactLabel(), checked.emergencyContact,
                                tr("may have at most 64 characters."));
    return checked;
}

void ResidentService::requireDateNotFuture(const QDate& date, const QString& field) const
{
    if (!date.isValid())
        throw Error::validation(field, QString(), tr("is required."));
    if (date > Clock::today())
        throw Error::validation(field, isoDate(date), tr("lies in the future."));
}

void ResidentService::requireBedAvailable(const QString& bedUid, const QDate& from) const
{
    const QVariantMap bed =
        sql::row(m_db, QStringLiteral("SELECT bed_code, in_service FROM beds WHERE uid = ? AND deleted = 0"),
                 {bedUid});
    if (bed.isEmpty())
        throw Error::notFound(tr("There is no bed %1.").arg(bedUid));
    const QString code = bed.value(QStringLiteral("bed_code")).toString();
    if (bed.value(QStringLiteral("in_service")).toInt() != 1)
        throw Error::validation(bedLabel(), code, tr("is out of service."));
    const QVariant holder = sql::scalar(
        m_db,
        QStringLiteral(
            "SELECT name FROM residents WHERE bed_uid = ? AND deleted = 0 AND discharge_date IS NULL"),
        {bedUid});
    if (holder.isValid())
        throw Error::validation(bedLabel(), code, tr("is occupied by %1.").arg(holder.toString()));
    // A back-dated move must not overlap someone who held the bed after that day.
    const QVariantMap later = sql::row(
        m_db,
        QStringLiteral("SELECT r.name AS name, a.to_date AS to_date FROM bed_assignments a JOIN residents r "
                       "ON r.uid = a.resident_uid "
                       "WHERE a.bed_uid = ? AND a.deleted = 0 AND (a.to_date IS NULL OR a.to_date > ?) "
                       "ORDER BY a.to_date DESC"),
        {bedUid, isoDate(from)});
    if (!later.isEmpty())
        throw Error::validation(bedLabel(), code,
                                tr("was held by %1 until %2, after %3.")
                                    .arg(later.value(QStringLiteral("name")).toString(),
                                         later.value(QStringLiteral("to_date")).toString(), isoDate(from)));
    BedService(m_db).requireInServiceFrom(bedUid, from);
}

QVariantMap ResidentService::currentAssignment(const QString& residentUid) const
{
    return sql::row(m_db,
                    QStringLiteral("SELECT uid, bed_uid, from_date FROM bed_assignments "
                                   "WHERE resident_uid = ? AND deleted = 0 AND to_date IS NULL"),
                    {residentUid});
}

// ---- writes ----------------------------------------------------------------------------------

void ResidentService::startStay(const Actor& actor, const QString& residentUid, const QDate& date,
                                const QString& bedUid)
{
    RecordWriter writer(m_db, actor);
    writer.insert(QStringLiteral("resident_stays"), {{QStringLiteral("resident_uid"), residentUid},
                                                     {QStringLiteral("admission_date"), isoDate(date)}});
    if (!bedUid.isEmpty()) {
        BedService(m_db).recordHeldFrom(actor, bedUid, date);
        writer.insert(QStringLiteral("bed_assignments"), {{QStringLiteral("resident_uid"), residentUid},
                                                          {QStringLiteral("bed_uid"), bedUid},
                                                          {QStringLiteral("from_date"), isoDate(date)},
                                                          {QStringLiteral("reason"), tr("Admission")}});
    }
}

QString ResidentService::admit(const Actor& actor, const ResidentInput& input)
{
    actor.require(Permission::ManageResidents);
    // A former resident coming back keeps their record and history.
    const QString id = IdNumber::normalize(input.idNumber);
    const QVariantMap former = sql::row(
        m_db,
        QStringLiteral(
            "SELECT uid FROM residents WHERE id_number = ? AND deleted = 0 AND discharge_date IS NOT NULL"),
        {id});
    if (!former.isEmpty()) {
        const QString uid = former.value(QStringLiteral("uid")).toString();
        Transaction transaction(m_db);
        update(actor, uid, input);
        readmit(actor, uid, input.admissionDate, input.bedUid);
        transaction.commit();
        return uid;
    }

    const Checked checked = checkPersonalData(input, QString());
    requireDateNotFuture(input.admissionDate, admissionDateLabel());
    if (input.admissionDate < checked.birthDate)
        throw Error::validation(admissionDateLabel(), isoDate(input.admissionDate),
                                tr("lies before the birth date."));
    if (!input.bedUid.isEmpty())
        requireBedAvailable(input.bedUid, input.admissionDate);

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QString uid =
        writer.insert(QStringLiteral("residents"),
                      {{QStringLiteral("name"), checked.name},
                       {QStringLiteral("name_pinyin"), pinyin::full(checked.name)},
                       {QStringLiteral("name_initials"), pinyin::initials(checked.name)},
                       {QStringLiteral("name_search"), pinyin::searchKey(checked.name)},
                       {QStringLiteral("id_number"), checked.idNumber},
                       {QStringLiteral("gender"), checked.gender},
                       {QStringLiteral("birth_date"), isoDate(checked.birthDate)},
                       {QStringLiteral("category"), residentCategoryCodes().code(checked.category)},
                       {QStringLiteral("admission_date"), isoDate(input.admissionDate)},
                       {QStringLiteral("bed_uid"), textOrNull(input.bedUid)},
                       {QStringLiteral("phone"), textOrNull(checked.phone)},
                       {QStringLiteral("emergency_contact"), textOrNull(checked.emergencyContact)},
                       {QStringLiteral("emergency_phone"), textOrNull(checked.emergencyPhone)}});
    startStay(actor, uid, input.admissionDate, input.bedUid);
    transaction.commit();
    return uid;
}

void ResidentService::readmit(const Actor& actor, const QString& residentUid, const QDate& date,
                              const QString& bedUid)
{
    actor.require(Permission::ManageResidents);
    const Resident person = resident(actor, residentUid);
    if (person.isCurrent())
        throw Error::conflict(tr("%1 is already a resident; there is nothing to re-admit.").arg(person.name));
    if (person.dischargeReason == DischargeReason::Death)
        throw Error::conflict(
            tr("%1 died on %2 and cannot be re-admitted.").arg(person.name, isoDate(person.dischargeDate)));
    requireDateNotFuture(date, admissionDateLabel());
    if (date < person.dischargeDate)
        throw Error::validation(
            admissionDateLabel(), isoDate(date),
            tr("lies before the last discharge on %1.").arg(isoDate(person.dischargeDate)));
    if (!bedUid.isEmpty())
        requireBedAvailable(bedUid, date);

    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(QStringLiteral("residents"), residentUid,
                {{QStringLiteral("admission_date"), isoDate(date)},
                 {QStringLiteral("discharge_date"), QVariant()},
                 {QStringLiteral("discharge_reason"), QVariant()},
                 {QStringLiteral("bed_uid"), textOrNull(bedUid)}});
    startStay(actor, residentUid, date, bedUid);
    transaction.commit();
}

void ResidentService::update(const Actor& actor, const QString& residentUid, const ResidentInput& input)
{
    actor.require(Permission::ManageResidents);
    resident(actor, residentUid);
    const Checked checked = checkPersonalData(input, residentUid);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(QStringLiteral("residents"), residentUid,
                {{QStringLiteral("name"), checked.name},
                 {QStringLiteral("name_pinyin"), pinyin::full(checked.name)},
                 {QStringLiteral("name_initials"), pinyin::initials(checked.name)},
                 {QStringLiteral("name_search"), pinyin::searchKey(checked.name)},
                 {QStringLiteral("id_number"), checked.idNumber},
                 {QStringLiteral("gender"), checked.gender},
                 {QStringLiteral("birth_date"), isoDate(checked.birthDate)},
                 {QStringLiteral("category"), residentCategoryCodes().code(checked.category)},
                 {QStringLiteral("phone"), textOrNull(checked.phone)},
                 {QStringLiteral("emergency_contact"), textOrNull(checked.emergencyContact)},
                 {QStringLiteral("emergency_phone"), textOrNull(checked.emergencyPhone)}});
    transaction.commit();
}

void ResidentService::transfer(const Actor& actor, const QString& residentUid, const QString& toBedUid,
                               const QDate& date, const QString& reason)
{
    actor.require(Permission::ManageResidents);
    const Resident person = resident(actor, residentUid);
    if (!person.isCurrent())
        throw Error::conflict(tr("%1 was discharged on %2 and cannot change beds.")
                                  .arg(person.name, isoDate(person.dischargeDate)));
    requireDateNotFuture(date, dateLabel());
    if (toBedUid.isEmpty())
        throw Error::validation(bedLabel(), QString(), tr("is required."));
    if (toBedUid == person.bedUid)
        throw Error::validation(bedLabel(), person.bedCode, tr("is the resident's current bed."));
    const QVariantMap current = currentAssignment(residentUid);
    const QDate since =
        current.isEmpty() ? person.admissionDate : dateOf(current.value(QStringLiteral("from_date")));
    if (date < since)
        throw Error::validation(
            dateLabel(), isoDate(date),
            tr("lies before %1, when the resident moved into the current bed.").arg(isoDate(since)));
    const QString why = reason.simplified();
    if (why.size() > 200)
        throw Error::validation(tr("Reason"), why, tr("may have at most 200 characters."));
    requireBedAvailable(toBedUid, date);

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    if (!current.isEmpty())
        writer.update(QStringLiteral("bed_assignments"), current.value(QStringLiteral("uid")).toString(),
                      {{QStringLiteral("to_date"), isoDate(date)}});
    BedService(m_db).recordHeldFrom(actor, toBedUid, date);
    writer.insert(QStringLiteral("bed_assignments"), {{QStringLiteral("resident_uid"), residentUid},
                                                      {QStringLiteral("bed_uid"), toBedUid},
                                                      {QStringLiteral("from_date"), isoDate(date)},
                                                      {QStringLiteral("reason"), why}});
    writer.update(QStringLiteral("residents"), residentUid, {{QStringLiteral("bed_uid"), toBedUid}});
    transaction.commit();
}

void ResidentService::discharge(const Actor& actor, const QString& residentUid, const QDate& date,
                                DischargeReason reason)
{
    actor.require(Permission::ManageResidents);
    const Resident person = resident(actor, residentUid);
    if (!person.isCurrent())
        throw Error::conflict(
            tr("%1 was already discharged on %2.").arg(person.name, isoDate(person.dischargeDate)));
    requireDateNotFuture(date, dateLabel());
    const QVariantMap current = currentAssignment(residentUid);
    const QDate since =
        current.isEmpty() ? person.admissionDate : dateOf(current.value(QStringLiteral("from_date")));
    if (date < since || date < person.admissionDate)
        throw Error::validation(dateLabel(), isoDate(date),
                                tr("lies before %1, the resident's admission or last bed change.")
                                    .arg(isoDate(std::max(since, person.admissionDate))));

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    if (!current.isEmpty())
        writer.update(QStringLiteral("bed_assignments"), current.value(QStringLiteral("uid")).toString(),
                      {{QStringLiteral("to_date"), isoDate(date)}});
    const QVariant stay = sql::scalar(m_db,
                                      QStringLiteral("SELECT uid FROM resident_stays WHERE resident_uid = ? "
                                                     "AND deleted = 0 AND discharge_date IS NULL "
                                                     "ORDER BY admission_date DESC"),
                                      {residentUid});
    if (stay.isValid())
        writer.update(QStringLiteral("resident_stays"), stay.toString(),
                      {{QStringLiteral("discharge_date"), isoDate(date)},
                       {QStringLiteral("discharge_reason"), dischargeReasonCodes().code(reason)}});
    writer.update(QStringLiteral("residents"), residentUid,
                  {{QStringLiteral("discharge_date"), isoDate(date)},
                   {QStringLiteral("discharge_reason"), dischargeReasonCodes().code(reason)},
                   {QStringLiteral("bed_uid"), QVariant()}});
    m_modules.residentDischarged(m_db, writer, residentUid, date, reason);
    transaction.commit();
}

// ---- reads -----------------------------------------------------------------------------------

Resident ResidentService::fromRow(const QVariantMap& row)
{
    Resident r;
    r.uid = row.value(QStringLiteral("uid")).toString();
    r.name = row.value(QStringLiteral("name")).toString();
    r.namePinyin = row.value(QStringLiteral("name_pinyin")).toString();
    r.nameInitials = row.value(QStringLiteral("name_initials")).toString();
    r.idNumber = row.value(QStringLiteral("id_number")).toString();
    r.gender = row.value(QStringLiteral("gender")).toInt();
    r.birthDate = dateOf(row.value(QStringLiteral("birth_date")));
    r.category = residentCategoryCodes()
                     .fromCode(row.value(QStringLiteral("category")).toString())
                     .value_or(ResidentCategory::SH);
    r.admissionDate = dateOf(row.value(QStringLiteral("admission_date")));
    r.dischargeDate = dateOf(row.value(QStringLiteral("discharge_date")));
    r.dischargeReason = dischargeReasonCodes()
                            .fromCode(row.value(QStringLiteral("discharge_reason")).toString())
                            .value_or(DischargeReason::Other);
    r.bedUid = row.value(QStringLiteral("bed_uid")).toString();
    r.bedCode = row.value(QStringLiteral("bed_code")).toString();
    r.phone = row.value(QStringLiteral("phone")).toString();
    r.emergencyContact = row.value(QStringLiteral("emergency_contact")).toString();
    r.emergencyPhone = row.value(QStringLiteral("emergency_phone")).toString();
    const QVariant level = row.value(QStringLiteral("care_level"));
    r.careLevel = level.isNull() ? -1 : level.toInt();
    return r;
}

Resident ResidentService::resident(const Actor& actor, const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db, residentSelect + QStringLiteral("WHERE r.uid = ? AND r.deleted = 0"), {residentUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no resident %1.").arg(residentUid));
    Resident person = fromRow(row);
    person.away = person.isCurrent() && m_modules.residentsAwayOn(m_db, Clock::today()).contains(person.uid);
    return person;
}

QString ResidentService::revealEmergencyPhone(const Actor& actor, const QString& residentUid)
{
    actor.require(Permission::ViewEmergencyContacts);
    if (m_db.isReadOnly())
        throw Error::conflict(tr("The database is open read-only: showing a phone number in full is recorded "
                                 "in the audit log, which cannot be written now."));
    Transaction transaction(m_db);
    const QVariantMap row = sql::row(
        m_db, QStringLiteral("SELECT name, emergency_phone FROM residents WHERE uid = ? AND deleted = 0"),
        {residentUid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no resident %1.").arg(residentUid));
    AuditLog::recordEvent(
        m_db, actor, AuditLog::Action::Other,
        QStringLiteral("emergency phone shown in full: %1").arg(row.value(QStringLiteral("name")).toString()),
        QStringLiteral("residents"), residentUid);
    transaction.commit();
    return row.value(QStringLiteral("emergency_phone")).toString();
}

std::optional<Resident> ResidentService::findByIdNumber(const Actor& actor, const QString& idNumber) const
{
    actor.require(Permission::ViewRecords);
    const QString id = IdNumber::normalize(idNumber);
    const QVariantMap row =
        sql::row(m_db, residentSelect + QStringLiteral("WHERE r.id_number = ? AND r.deleted = 0"), {id});
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<ResidentStay> ResidentService::stays(const Actor& actor, const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    QList<ResidentStay> result;
    const QList<QVariantMap> rows = sql::rows(
        m_db,
        QStringLiteral("SELECT uid, admission_date, discharge_date, discharge_reason FROM resident_stays "
                       "WHERE resident_uid = ? AND deleted = 0 ORDER BY admission_date, change_seq"),
        {residentUid});
    for (const QVariantMap& row : rows) {
        ResidentStay stay;
        stay.uid = row.value(QStringLiteral("uid")).toString();
        stay.admissionDate = dateOf(row.value(QStringLiteral("admission_date")));
        stay.dischargeDate = dateOf(row.value(QStringLiteral("discharge_date")));
        stay.dischargeReason = dischargeReasonCodes()
                                   .fromCode(row.value(QStringLiteral("discharge_reason")).toString())
                                   .value_or(DischargeReason::Other);
        result.append(stay);
    }
    return result;
}

QList<BedAssignment> ResidentService::bedHistory(const Actor& actor, const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    QList<BedAssignment> result;
    const QList<QVariantMap> rows = sql::rows(
        m_db,
        QStringLiteral(
            "SELECT a.uid, a.bed_uid, b.bed_code, a.from_date, a.to_date, a.reason FROM bed_assignments a "
            "JOIN beds b ON b.uid = a.bed_uid WHERE a.resident_uid = ? AND a.deleted = 0 "
            "ORDER BY a.from_date, a.change_seq"),
        {residentUid});
    for (const QVariantMap& row : rows) {
        BedAssignment assignment;
        assignment.uid = row.value(QStringLiteral("uid")).toString();
        assignment.bedUid = row.value(QStringLiteral("bed_uid")).toString();
        assignment.bedCode = row.value(QStringLiteral("bed_code")).toString();
        assignment.fromDate = dateOf(row.value(QStringLiteral("from_date")));
        assignment.toDate = dateOf(row.value(QStringLiteral("to_date")));
        assignment.reason = row.value(QStringLiteral("reason")).toString();
        result.append(assignment);
    }
    return result;
}

QString ResidentService::whereClause(const ResidentFilter& filter, QVariantList& values) const
{
    QStringList conditions{QStringLiteral("r.deleted = 0")};
    if (filter.presence == ResidentFilter::Presence::Current) {
        conditions.append(QStringLiteral("r.discharge_date IS NULL"));
    } else if (filter.presence == ResidentFilter::Presence::Former) {
        conditions.append(QStringLiteral("r.discharge_date IS NOT NULL"));
    } else if (filter.presence == ResidentFilter::Presence::CurrentOrLeftToday) {
        conditions.append(QStringLiteral("(r.discharge_date IS NULL OR r.discharge_date >= ?)"));
        values.append(isoDate(Clock::today()));
    }
    if (filter.category) {
        conditions.append(QStringLiteral("r.category = ?"));
        values.append(residentCategoryCodes().code(*filter.category));
    }
    if (filter.careLevel) {
        if (*filter.careLevel < 0) {
            conditions.append(QStringLiteral("cl.level IS NULL"));
        } else {
            conditions.append(QStringLiteral("cl.level = ?"));
            values.append(*filter.careLevel);
        }
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        // The name as written, the bed, and every spelling of the name (both readings of a
        // surname such as 曾, initials); the spellings also rank the matches (see list()).
        const QString text = sql::likeEscaped(search);
        QStringList any{QStringLiteral("r.name LIKE ? ESCAPE '\\'"),
                        QStringLiteral("b.bed_code LIKE ? ESCAPE '\\'")};
        values << (QLatin1Char('%') + text + QLatin1Char('%'))
               << (QLatin1Char('%') + text.toUpper() + QLatin1Char('%'));
        const QString latin = pinyin::normalizedQuery(search);
        if (!latin.isEmpty()) {
            const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("r.name_search"), latin);
            any.append(spelling.condition);
            values += spelling.conditionValues;
        }
        static const QRegularExpression idTail(QStringLiteral("^[0-9]{3,17}[0-9Xx]?$"));
        if (idTail.match(search).hasMatch()) {
            any.append(QStringLiteral("r.id_number LIKE ? ESCAPE '\\'"));
            values.append(QLatin1Char('%') + search.toUpper());
        }
        conditions.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    return QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
}

QList<Resident> ResidentService::list(const Actor& actor, const ResidentFilter& filter, int offset,
                                      int limit) const
{
    actor.require(Permission::ViewRecords);
    QVariantList values;
    const QString where = whereClause(filter, values);
    const QString direction = filter.descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    QString order;
    switch (filter.sort) {
    case ResidentFilter::Sort::Name:
        order = QStringLiteral("r.name_pinyin") + direction + QStringLiteral(", r.name") + direction;
        break;
    case ResidentFilter::Sort::BedCode:
        // Residents without a bed last, whichever the direction.
        order = QStringLiteral("(b.bed_code IS NULL), length(b.bed_code)") + direction +
                QStringLiteral(", b.bed_code") + direction + QStringLiteral(", r.name_pinyin");
        break;
    case ResidentFilter::Sort::Category:
        order = QStringLiteral("r.category") + direction + QStringLiteral(", r.name_pinyin");
        break;
    case ResidentFilter::Sort::Age:
        // Older first when ascending by age means later birth dates last.
        order = QStringLiteral("r.birth_date") +
                (filter.descending ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
        break;
    case ResidentFilter::Sort::AdmissionDate:
        order = QStringLiteral("r.admission_date") + direction;
        break;
    case ResidentFilter::Sort::DischargeDate:
        order = QStringLiteral("(r.discharge_date IS NULL), r.discharge_date") + direction;
        break;
    case ResidentFilter::Sort::CareLevel:
        order = QStringLiteral("(cl.level IS NULL), cl.level") + direction;
        break;
    }
    // A search puts the closest spellings first: a reading or initials that start with what was
    // typed, then a whole syllable, then the rest; each group in the chosen order.
    const QString latin = pinyin::normalizedQuery(filter.search);
    if (!latin.isEmpty()) {
        const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("r.name_search"), latin);
        order = spelling.rank + QStringLiteral(", ") + order;
        values += spelling.rankValues;
    }
    values << limit << offset;
    const QSet<QString> away = m_modules.residentsAwayOn(m_db, Clock::today());
    QList<Resident> result;
    for (const QVariantMap& row : sql::rows(m_db,
                                            residentSelect + where + QStringLiteral(" ORDER BY ") + order +
                                                QStringLiteral(", r.uid LIMIT ? OFFSET ?"),
                                            values)) {
        Resident person = fromRow(row);
        person.away = person.isCurrent() && away.contains(person.uid);
        result.append(person);
    }
    return result;
}

QList<PersonChoice> ResidentService::choices(const Actor& actor, const QString& search,
                                             ResidentFilter::Presence presence) const
{
    actor.require(Permission::ViewRecords);
    ResidentFilter filter;
    filter.search = search;
    filter.presence = presence;
    QVariantList values;
    const QString where = whereClause(filter, values);
    QString order = QStringLiteral("r.name_pinyin, r.name, r.uid");
    const QString latin = pinyin::normalizedQuery(search);
    if (!latin.isEmpty()) {
        const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("r.name_search"), latin);
        order = spelling.rank + QStringLiteral(", ") + order;
        values += spelling.rankValues;
    }
    QList<PersonChoice> result;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   QStringLiteral("SELECT r.uid AS uid, r.name AS name, b.bed_code AS bed_code, "
                                  "r.discharge_date AS discharge_date FROM residents r "
                                  "LEFT JOIN beds b ON b.uid = r.bed_uid "
                                  "LEFT JOIN resident_care_levels cl ON cl.resident_uid = r.uid ") +
                       where + QStringLiteral(" ORDER BY ") + order,
                   values)) {
        const QString discharged = row.value(QStringLiteral("discharge_date")).toString();
        const QString bed = row.value(QStringLiteral("bed_code")).toString();
        result.append({row.value(QStringLiteral("uid")).toString(),
                       row.value(QStringLiteral("name")).toString(),
                       !discharged.isEmpty() ? tr("discharged %1").arg(discharged)
                       : bed.isEmpty()       ? tr("no bed")
                                             : bed});
    }
    return result;
}

QString ResidentService::previousBedIfFree(const Actor& actor, const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    const QString last =
        sql::scalar(
            m_db,
            QStringLiteral("SELECT bed_uid FROM bed_assignments WHERE resident_uid = ? AND deleted = 0 "
                           "ORDER BY from_date DESC, coalesce(to_date, '9999-12-31') DESC LIMIT 1"),
            {residentUid})
            .toString();
    if (last.isEmpty())
        return {};
    for (const Bed& bed : BedService(m_db).freeBeds(actor)) {
        if (bed.uid == last)
            return last;
    }
    return {};
}

int ResidentService::count(const Actor& actor, const ResidentFilter& filter) const
{
    actor.require(Permission::ViewRecords);
    QVariantList values;
    const QString where = whereClause(filter, values);
    return sql::scalar(
               m_db,
               QStringLiteral("SELECT count(*) FROM residents r LEFT JOIN beds b ON b.uid = r.bed_uid "
                              "LEFT JOIN resident_care_levels cl ON cl.resident_uid = r.uid ") +
                   where,
               values)
        .toInt();
}

} // namespace jinglao::core
