#include "shiftlog/ShiftLogCountyFile.h"

#include "shiftlog/Incident.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"

namespace jinglao::core {

namespace {

void applyEntry(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    QVariantMap values{
        {QStringLiteral("shift_uid"),
         row.reference(db, QStringLiteral("shift_uid"), QStringLiteral("shifts"), true)},
        {QStringLiteral("written_at"), row.timestamp(QStringLiteral("written_at"), true)},
        {QStringLiteral("author_staff_uid"),
         row.reference(db, QStringLiteral("author_staff_uid"), QStringLiteral("staff"), true)},
        {QStringLiteral("summary"), row.bounded(QStringLiteral("summary"), 4000, true)},
        {QStringLiteral("resident_uid"),
         county::textOrNull(row.reference(db, QStringLiteral("resident_uid"), QStringLiteral("residents")))}};
    const std::optional<Incident> incident = row.code(QStringLiteral("incident"), incidentCodes());
    values.insert(QStringLiteral("incident"), incident && *incident != Incident::None
                                                  ? QVariant(incidentCodes().code(*incident))
                                                  : QVariant());
    county::write(writer, QStringLiteral("shift_logs"), row, exists, values);
}

} // namespace

CountyFile shiftLogsCountyFile()
{
    CountyFile file = county::file("shift_logs.csv", "shift_logs", 50,
                                   {{"uid", true},
                                    {"shift_uid", true},
                                    {"written_at", true},
                                    {"author_staff_uid", true},
                                    {"summary", true},
                                    {"resident_uid", false},
                                    {"incident", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral("SELECT uid, shift_uid, written_at, author_staff_uid, summary, resident_uid, "
                       "incident, updated_at, "
                       "deleted FROM shift_logs l WHERE {changed:l.change_seq} ORDER BY uid"));
    file.apply = applyEntry;
    return file;
}

} // namespace jinglao::core
