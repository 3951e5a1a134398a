#include "roster/RosterCountyFiles.h"

#include "common/Clock.h"
#include "common/Pinyin.h"
#include "roster/ShiftTemplate.h"
#include "staff/StaffMember.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QCoreApplication>

namespace jinglao::core {

namespace {

void applyStaff(Database&, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString name = row.bounded(QStringLiteral("name"), 64, true).simplified();
    const QString id = row.idNumber(QStringLiteral("id_number"));
    const StaffRole role = *row.code(QStringLiteral("role"), staffRoleCodes(), true);
    const std::optional<int> skill = row.integer(QStringLiteral("skill_level"), 1, 5);
    if (skill && role != StaffRole::Caregiver)
        throw row.invalid(QStringLiteral("skill_level"),
                          RosterCountyFiles::tr("is given only for caregivers."));
    const QDate hired = row.date(QStringLiteral("hire_date"), true);
    const QDate left = row.date(QStringLiteral("leave_date"));
    if (left.isValid() && left < hired)
        throw row.invalid(QStringLiteral("leave_date"), RosterCountyFiles::tr("lies before the hire date."));
    county::write(
        writer, QStringLiteral("staff"), row, exists,
        {{QStringLiteral("name"), name},
         {QStringLiteral("name_pinyin"), pinyin::full(name)},
         {QStringLiteral("name_search"), pinyin::searchKey(name)},
         {QStringLiteral("id_number"), county::textOrNull(id)},
         {QStringLiteral("role"), staffRoleCodes().code(role)},
         {QStringLiteral("skill_level"), skill ? QVariant(*skill) : QVariant()},
         {QStringLiteral("hire_date"), county::isoDate(hired)},
         {QStringLiteral("leave_date"), county::textOrNull(county::isoDate(left))},
         {QStringLiteral("phone"), county::textOrNull(county::phone(row, QStringLiteral("phone")))}});
}

void applyShift(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString staff = row.reference(db, QStringLiteral("staff_uid"), QStringLiteral("staff"), true);
    const QDate day = row.date(QStringLiteral("shift_date"), true);
    const QString code = row.bounded(QStringLiteral("shift_code"), 8, true).trimmed();
    const QString start = row.timestamp(QStringLiteral("start_at"), true);
    const QString end = row.timestamp(QStringLiteral("end_at"), true);
    if (Clock::parseTimestamp(start).date() != day)
        throw row.invalid(
            QStringLiteral("start_at"),
            RosterCountyFiles::tr("does not fall on the shift date %1.").arg(county::isoDate(day)));
    if (Clock::parseTimestamp(end) <= Clock::parseTimestamp(start))
        throw row.invalid(QStringLiteral("end_at"), RosterCountyFiles::tr("is not after the start."));
    if (Clock::parseTimestamp(start).secsTo(Clock::parseTimestamp(end)) > 24 * 3600)
        throw row.invalid(QStringLiteral("end_at"),
                          RosterCountyFiles::tr("is more than 24 hours after the start."));
    const Shift::Status status = *row.code(QStringLiteral("status"), shiftStatusCodes(), true);
    // The package names shifts by template code and does not carry the templates: a code this
    // center has no template for gets one from the shift's hours, which the roster page then
    // shows (and an administrator may switch off).
    if (!sql::scalar(db, QStringLiteral("SELECT 1 FROM shift_templates WHERE code = ?"), {code}).isValid()) {
        const QDateTime from = Clock::parseTimestamp(start);
        const QDateTime to = Clock::parseTimestamp(end).toOffsetFromUtc(from.offsetFromUtc());
        writer.insert(
            QStringLiteral("shift_templates"),
            {{QStringLiteral("code"), code},
             {QStringLiteral("name"), code},
             {QStringLiteral("start_time"), from.toString(QStringLiteral("HH:mm"))},
             {QStringLiteral("end_time"), to.toString(QStringLiteral("HH:mm"))},
             {QStringLiteral("sort_order"),
              sql::scalar(db, QStringLiteral("SELECT count(*) FROM shift_templates")).toInt() + 1}});
    }
    county::write(writer, QStringLiteral("shifts"), row, exists,
                  {{QStringLiteral("staff_uid"), staff},
                   {QStringLiteral("shift_date"), county::isoDate(day)},
                   {QStringLiteral("shift_code"), code},
                   {QStringLiteral("start_at"), start},
                   {QStringLiteral("end_at"), end},
                   {QStringLiteral("status"), shiftStatusCodes().code(status)}});
}

} // namespace

CountyFile RosterCountyFiles::staff()
{
    CountyFile file = county::file("staff.csv", "staff", 20,
                                   {{"uid", true},
                                    {"name", true},
                                    {"id_number", false},
                                    {"role", true},
                                    {"skill_level", false},
                                    {"hire_date", true},
                                    {"leave_date", false},
                                    {"phone", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral("SELECT uid, name, id_number, role, skill_level, hire_date, leave_date, phone, "
                       "updated_at, deleted FROM staff s WHERE {changed:s.change_seq} ORDER BY uid"));
    file.apply = applyStaff;
    return file;
}

CountyFile RosterCountyFiles::shifts()
{
    CountyFile file = county::file("shifts.csv", "shifts", 30,
                                   {{"uid", true},
                                    {"staff_uid", true},
                                    {"shift_date", true},
                                    {"shift_code", true},
                                    {"start_at", true},
                                    {"end_at", true},
                                    {"status", true}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral("SELECT uid, staff_uid, shift_date, shift_code, start_at, end_at, status, "
                       "updated_at, deleted FROM shifts s WHERE {changed:s.change_seq} ORDER BY uid"));
    file.apply = applyShift;
    return file;
}

} // namespace jinglao::core
