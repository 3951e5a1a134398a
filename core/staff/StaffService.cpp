#include "staff/StaffService.h"

#include "auth/Privacy.h"
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
const QString iso = QStringLiteral("yyyy-MM-dd");

QVariant dateValue(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(iso)) : QVariant();
}
QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}
} // namespace

StaffService::StaffService(Database& db)
    : m_db(db)
{}

QString StaffService::fieldLabel(const char* field)
{
    const QString name = QString::fromLatin1(field);
    if (name == QLatin1String("name"))
        return tr("Name");
    if (name == QLatin1String("skill_level"))
        return tr("Skill level");
    if (name == QLatin1String("hire_date"))
        return tr("Hire date");
    if (name == QLatin1String("leave_date"))
        return tr("Leave date");
    if (name == QLatin1String("phone"))
        return tr("Phone");
    if (name == QLatin1String("certificate"))
        return tr("Certificate");
    if (name == QLatin1String("leave"))
        return tr("Leave period");
    return name;
}

void StaffService::validate(StaffMember& member) const
{
    member.name = member.name.trimmed();
    if (member.name.isEmpty() || member.name.size() > 64)
        throw Error::validation(fieldLabel("name"), member.name, tr("must be 1 to 64 characters"));
    member.idNumber = member.idNumber.trimmed();
    if (!member.idNumber.isEmpty())
        member.idNumber = IdNumber::normalize(member.idNumber);
    if (member.role == StaffRole::Caregiver) {
        if (member.skillLevel != 0 && (member.skillLevel < 1 || member.skillLevel > 5))
            throw Error::validation(fieldLabel("skill_level"), member.skillLevel, tr("must be 1 to 5"));
    } else if (member.skillLevel != 0) {
        throw Error::validation(fieldLabel("skill_level"), member.skillLevel,
                                tr("only caregivers have a skill level"));
    }
    if (!member.hireDate.isValid())
        throw Error::validation(fieldLabel("hire_date"), QString(), tr("is required"));
    if (member.leaveDate.isValid() && member.leaveDate < member.hireDate)
        throw Error::validation(fieldLabel("leave_date"), member.leaveDate.toString(iso),
                                tr("is before the hire date %1").arg(member.hireDate.toString(iso)));
    member.phone = member.phone.trimmed();
    static const QRegularExpression phonePattern(QStringLiteral("^[0-9+\\- ]{5,20}$"));
    if (!member.phone.isEmpty() && !phonePattern.match(member.phone).hasMatch())
        throw Error::validation(fieldLabel("phone"), member.phone, tr("is not a phone number"));
    if (!member.idNumber.isEmpty()) {
        const QVariant other = sql::scalar(
            m_db,
            QStringLiteral(
                "SELECT name FROM staff WHERE id_number = ? AND uid <> COALESCE(?, '') AND deleted = 0"),
            {member.idNumber, member.uid});
        if (other.isValid())
            throw Error::conflict(
                tr("ID number %1 is already recorded for %2.").arg(member.idNumber, other.toString()));
    }
}

QString StaffService::add(const Actor& actor, const StaffMember& input)
{
    actor.require(Permission::ManageStaff);
    StaffMember member = input;
    member.uid.clear();
    validate(member);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QString uid = writer.insert(
        QStringLiteral("staff"),
        {{QStringLiteral("name"), member.name},
         {QStringLiteral("name_pinyin"), pinyin::full(member.name)},
         {QStringLiteral("name_search"), pinyin::searchKey(member.name)},
         {QStringLiteral("id_number"), textValue(member.idNumber)},
         {QStringLiteral("role"), staffRoleCodes().code(member.role)},
         {QStringLiteral("skill_level"), member.skillLevel ? QVariant(member.skillLevel) : QVariant()},
         {QStringLiteral("hire_date"), dateValue(member.hireDate)},
         {QStringLiteral("leave_date"), dateValue(member.leaveDate)},
         {QStringLiteral("phone"), textValue(member.phone)}});
    transaction.commit();
    return uid;
}

void StaffService::update(const Actor& actor, const StaffMember& input)
{
    actor.require(Permission::ManageStaff);
    StaffMember member = input;
    validate(member);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.fetch(QStringLiteral("staff"), member.uid);
    writer.update(
        QStringLiteral("staff"), member.uid,
        {{QStringLiteral("name"), member.name},
         {QStringLiteral("name_pinyin"), pinyin::full(member.name)},
         {QStringLiteral("name_search"), pinyin::searchKey(member.name)},
         {QStringLiteral("id_number"), textValue(member.idNumber)},
         {QStringLiteral("role"), staffRoleCodes().code(member.role)},
         {QStringLiteral("skill_level"), member.skillLevel ? QVariant(member.skillLevel) : QVariant()},
         {QStringLiteral("hire_date"), dateValue(member.hireDate)},
         {QStringLiteral("leave_date"), dateValue(member.leaveDate)},
         {QStringLiteral("phone"), textValue(member.phone)}});
    transaction.commit();
}

void StaffService::setLeaveDate(const Actor& actor, const QString& staffUid, const QDate& leaveDate)
{
    actor.require(Permission::ManageStaff);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QVariantMap stored = writer.fetch(QStringLiteral("staff"), staffUid);
    const QDate hire = QDate::fromString(stored.value(QStringLiteral("hire_date")).toString(), iso);
    if (leaveDate.isValid() && leaveDate < hire)
        throw Error::validation(fieldLabel("leave_date"), leaveDate.toString(iso),
                                tr("is before the hire date %1").arg(hire.toString(iso)));
    writer.update(QStringLiteral("staff"), staffUid, {{QStringLiteral("leave_date"), dateValue(leaveDate)}});
    transaction.commit();
}

StaffMember StaffService::fromRow(const Actor& actor, const QVariantMap& row) const
{
    StaffMember member;
    member.uid = row.value(QStringLiteral("uid")).toString();
    member.name = row.value(QStringLiteral("name")).toString();
    member.idNumber = privacy::shownIdNumber(actor, row.value(QStringLiteral("id_number")).toString());
    member.role =
        staffRoleCodes().fromCode(row.value(QStringLiteral("role")).toString()).value_or(StaffRole::Other);
    member.skillLevel = row.value(QStringLiteral("skill_level")).toInt();
    member.hireDate = QDate::fromString(row.value(QStringLiteral("hire_date")).toString(), iso);
    member.leaveDate = QDate::fromString(row.value(QStringLiteral("leave_date")).toString(), iso);
    member.phone = privacy::shownPhone(actor, row.value(QStringLiteral("phone")).toString());
    return member;
}

QString StaffService::findUid(const Actor& actor, const QString& uidOrName) const
{
    actor.require(Permission::ViewRecords);
    const QString text = uidOrName.trimmed();
    const QList<QVariantMap> found = sql::rows(
        m_db,
        QStringLiteral("SELECT uid FROM staff WHERE deleted = 0 AND (uid = ? OR name = ?) ORDER BY uid"),
        {text, text});
    if (found.isEmpty())
        throw Error::validation(tr("Staff"), text,
                                tr("is neither the uid nor the exact name of a staff record"));
    for (const QVariantMap& row : found) {
        if (row.value(QStringLiteral("uid")).toString() == text)
            return text;
    }
    if (found.size() > 1) {
        QStringList uids;
        for (const QVariantMap& row : found)
            uids.append(row.value(QStringLiteral("uid")).toString());
        throw Error::validation(
            tr("Staff"), text,
            tr("is the name of %n staff records; give the uid instead: %1", nullptr, int(found.size()))
                .arg(uids.join(QStringLiteral(", "))));
    }
    return found.constFirst().value(QStringLiteral("uid")).toString();
}

StaffMember StaffService::get(const Actor& actor, const QString& staffUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db, QStringLiteral("SELECT * FROM staff WHERE uid = ? AND deleted = 0"), {staffUid});
    if (row.isEmpty())
        throw Error::notFound(tr("No staff member %1.").arg(staffUid));
    return fromRow(actor, row);
}

QList<StaffMember> StaffService::list(const Actor& actor, Filter filter, const QDate& day,
                                      const QString& search) const
{
    return query(actor, filter, day, search, true);
}

QList<PersonChoice> StaffService::choices(const Actor& actor, Filter filter, const QDate& day,
                                          const QString& search) const
{
    QList<PersonChoice> result;
    for (const StaffMember& member : query(actor, filter, day, search, false))
        result.append({member.uid, member.name, choiceDetail(member, day)});
    return result;
}

QString StaffService::choiceDetail(const StaffMember& member, const QDate& day)
{
    const QString role = staffRoleCodes().label(member.role);
    return member.employedOn(day) || !member.leaveDate.isValid() ? role : tr("%1, former").arg(role);
}

QList<StaffMember> StaffService::query(const Actor& actor, Filter filter, const QDate& day,
                                       const QString& search, bool byRoleFirst) const
{
    actor.require(Permission::ViewRecords);
    QString where = QStringLiteral("deleted = 0");
    QVariantList values;
    const QString d = day.toString(iso);
    if (filter == Filter::Current) {
        where += QStringLiteral(" AND hire_date <= ? AND (leave_date IS NULL OR leave_date > ?)");
        values = {d, d};
    } else if (filter == Filter::Former) {
        where += QStringLiteral(" AND leave_date IS NOT NULL AND leave_date <= ?");
        values = {d};
    }
    // People are sorted by how their names are said (pinyin, surnames as surnames); a search
    // puts the closest spellings first (see pinyin::searchSql).
    QString order = QStringLiteral("name_pinyin, name, uid");
    if (byRoleFirst)
        order = QStringLiteral("CASE role WHEN 'CAREGIVER' THEN 0 WHEN 'NURSE' THEN 1 WHEN 'DOCTOR' THEN 2 "
                               "WHEN 'SOCIAL_WORKER' THEN 3 WHEN 'ADMIN' THEN 4 ELSE 5 END, ") +
                order;
    const QString typed = search.trimmed();
    if (!typed.isEmpty()) {
        QStringList any{QStringLiteral("name LIKE ? ESCAPE '\\'")};
        values.append(QLatin1Char('%') + sql::likeEscaped(typed) + QLatin1Char('%'));
        const QString latin = pinyin::normalizedQuery(typed);
        if (!latin.isEmpty()) {
            const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("name_search"), latin);
            any.append(spelling.condition);
            values += spelling.conditionValues;
            order = spelling.rank + QStringLiteral(", ") + order;
            values += spelling.rankValues;
        }
        where += QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    QList<StaffMember> result;
    const QList<QVariantMap> found =
        sql::rows(m_db, QStringLiteral("SELECT * FROM staff WHERE %1 ORDER BY %2").arg(where, order), values);
    for (const QVariantMap& row : found)
        result.append(fromRow(actor, row));
    return result;
}

QString StaffService::addCertificate(const Actor& actor, const StaffCertificate& certificate)
{
    actor.require(Permission::ManageStaff);
    const QString name = certificate.name.trimmed();
    if (name.isEmpty())
        throw Error::validation(fieldLabel("certificate"), QString(), tr("needs a name"));
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.fetch(QStringLiteral("staff"), certificate.staffUid);
    const QString uid = writer.insert(
        QStringLiteral("staff_certificates"),
        {{QStringLiteral("staff_uid"), certificate.staffUid},
         {QStringLiteral("name"), name},
         {QStringLiteral("number"),
          certificate.number.trimmed().isEmpty() ? QStringLiteral("") : certificate.number.trimmed()},
         {QStringLiteral("expires_on"), dateValue(certificate.expiresOn)}});
    transaction.commit();
    return uid;
}

QList<StaffCertificate> StaffService::certificates(const Actor& actor, const QString& staffUid) const
{
    actor.require(Permission::ViewRecords);
    QList<StaffCertificate> result;
    const QList<QVariantMap> found =
        sql::rows(m_db,
                  QStringLiteral("SELECT * FROM staff_certificates WHERE staff_uid = ? AND deleted = 0 "
                                 "ORDER BY expires_on, name"),
                  {staffUid});
    for (const QVariantMap& row : found) {
        result.append({row.value(QStringLiteral("uid")).toString(), staffUid,
                       row.value(QStringLiteral("name")).toString(),
                       row.value(QStringLiteral("number")).toString(),
                       QDate::fromString(row.value(QStringLiteral("expires_on")).toString(), iso)});
    }
    return result;
}

QList<CertificateWarning> StaffService::certificateWarnings(const Actor& actor, const QDate& day) const
{
    actor.require(Permission::ViewRecords);
    const QString d = day.toString(iso);
    const QList<QVariantMap> found = sql::rows(
        m_db,
        QStringLiteral(
            "SELECT c.*, s.name AS staff_name FROM staff_certificates c JOIN staff s ON s.uid = c.staff_uid "
            "WHERE c.deleted = 0 AND s.deleted = 0 AND c.expires_on IS NOT NULL AND c.expires_on <= ? "
            "AND s.hire_date <= ? AND (s.leave_date IS NULL OR s.leave_date > ?) "
            "ORDER BY c.expires_on, s.name_pinyin, s.name"),
        {day.addDays(CertificateWarningDays).toString(iso), d, d});
    QList<CertificateWarning> result;
    for (const QVariantMap& row : found) {
        CertificateWarning warning;
        warning.certificate = {
            row.value(QStringLiteral("uid")).toString(), row.value(QStringLiteral("staff_uid")).toString(),
            row.value(QStringLiteral("name")).toString(), row.value(QStringLiteral("number")).toString(),
            QDate::fromString(row.value(QStringLiteral("expires_on")).toString(), iso)};
        warning.staffName = row.value(QStringLiteral("staff_name")).toString();
        warning.daysLeft = static_cast<int>(day.daysTo(warning.certificate.expiresOn));
        warning.expired = warning.daysLeft < 0;
        warning.message = warning.expired
                              ? tr("%1: %2 expired on %3.")
                                    .arg(warning.staffName, warning.certificate.name,
                                         warning.certificate.expiresOn.toString(iso))
                              : tr("%1: %2 expires on %3 (in %n day(s)).", nullptr, warning.daysLeft)
                                    .arg(warning.staffName, warning.certificate.name,
                                         warning.certificate.expiresOn.toString(iso));
        result.append(warning);
    }
    return result;
}

QString StaffService::addLeave(const Actor& actor, const StaffLeave& leave)
{
    actor.require(Permission::ManageStaff);
    if (!leave.startsOn.isValid() || !leave.endsOn.isValid() || leave.endsOn < leave.startsOn)
        throw Error::validation(
            fieldLabel("leave"),
            QStringLiteral("%1 – %2").arg(leave.startsOn.toString(iso), leave.endsOn.toString(iso)),
            tr("needs a first and a last day, the last not before the first"));
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.fetch(QStringLiteral("staff"), leave.staffUid);
    const QString uid = writer.insert(QStringLiteral("staff_leaves"),
                                      {{QStringLiteral("staff_uid"), leave.staffUid},
                                       {QStringLiteral("starts_on"), leave.startsOn.toString(iso)},
                                       {QStringLiteral("ends_on"), leave.endsOn.toString(iso)},
                                       {QStringLiteral("reason"), leave.reason.trimmed()}});
    transaction.commit();
    return uid;
}

QList<StaffLeave> StaffService::leaves(const Actor& actor, const QString& staffUid) const
{
    actor.require(Permission::ViewRecords);
    QList<StaffLeave> result;
    const QList<QVariantMap> found = sql::rows(
        m_db,
        QStringLiteral("SELECT * FROM staff_leaves WHERE staff_uid = ? AND deleted = 0 ORDER BY starts_on"),
        {staffUid});
    for (const QVariantMap& row : found) {
        result.append({row.value(QStringLiteral("uid")).toString(), staffUid,
                       QDate::fromString(row.value(QStringLiteral("starts_on")).toString(), iso),
                       QDate::fromString(row.value(QStringLiteral("ends_on")).toString(), iso),
                       row.value(QStringLiteral("reason")).toString()});
    }
    return result;
}

} // namespace jinglao::core
