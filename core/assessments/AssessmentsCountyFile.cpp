#include "assessments/AssessmentsCountyFile.h"

#include "assessments/AssessmentLevel.h"
#include "assessments/AssessmentReason.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {

void applyAssessment(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString resident =
        row.reference(db, QStringLiteral("resident_uid"), QStringLiteral("residents"), true);
    if (exists &&
        sql::scalar(db, QStringLiteral("SELECT subject_kind FROM assessments WHERE uid = ?"), {row.uid()})
                .toString() != QLatin1String("RESIDENT"))
        throw row.invalid(QStringLiteral("uid"),
                          AssessmentsCountyFile::tr("names a family bed's assessment."));
    const QDate day = row.date(QStringLiteral("assessed_on"), true);
    const std::optional<AssessmentReason> reason =
        row.code(QStringLiteral("reason"), assessmentReasonCodes());
    const std::optional<int> selfCare = row.integer(QStringLiteral("self_care"), 0, 32);
    const std::optional<int> mobility = row.integer(QStringLiteral("mobility"), 0, 15);
    const std::optional<int> mental = row.integer(QStringLiteral("mental"), 0, 28);
    const std::optional<int> perception = row.integer(QStringLiteral("perception_social"), 0, 15);
    const int total = *row.integer(QStringLiteral("total"), 0, 90, true);
    if (selfCare && mobility && mental && perception &&
        *selfCare + *mobility + *mental + *perception != total)
        throw row.invalid(QStringLiteral("total"),
                          AssessmentsCountyFile::tr("is not the sum of the four parts (%1).")
                              .arg(*selfCare + *mobility + *mental + *perception));
    const int level = *row.integer(QStringLiteral("level"), 0, 4, true);
    const int preliminary = AssessmentLevel::preliminaryFor(total);
    if (level < preliminary)
        throw row.invalid(QStringLiteral("level"),
                          AssessmentsCountyFile::tr("is below %1, the preliminary level of the total %2.")
                              .arg(preliminary)
                              .arg(total));
    // Raised one step at most; only a coma sets level 4 from further below.
    const bool coma = level > preliminary + 1;
    if (coma && level != AssessmentLevel::Complete)
        throw row.invalid(
            QStringLiteral("level"),
            AssessmentsCountyFile::tr("is more than one step above %1, the preliminary level of the "
                                      "total %2; only a coma gives level 4.")
                .arg(preliminary)
                .arg(total));
    const auto optional = [](const std::optional<int>& value) {
        return value ? QVariant(*value) : QVariant();
    };
    QVariantMap values{
        {QStringLiteral("subject_kind"), QStringLiteral("RESIDENT")},
        {QStringLiteral("resident_uid"), resident},
        {QStringLiteral("assessed_on"), county::isoDate(day)},
        {QStringLiteral("reason"), assessmentReasonCodes().code(reason.value_or(AssessmentReason::Other))},
        {QStringLiteral("self_care"), optional(selfCare)},
        {QStringLiteral("mobility"), optional(mobility)},
        {QStringLiteral("mental"), optional(mental)},
        {QStringLiteral("perception_social"), optional(perception)},
        {QStringLiteral("total"), total},
        {QStringLiteral("preliminary_level"), preliminary},
        {QStringLiteral("level"), level},
        {QStringLiteral("coma"), coma ? 1 : 0},
        {QStringLiteral("assessor"), row.bounded(QStringLiteral("assessor"), 64)}};
    if (exists) {
        // A raise the package does not explain keeps the stored reasons when they still fit.
        const QVariantMap stored = writer.fetch(QStringLiteral("assessments"), row.uid());
        if (stored.value(QStringLiteral("level")).toInt() == level &&
            stored.value(QStringLiteral("preliminary_level")).toInt() == preliminary)
            values.insert(QStringLiteral("coma"), stored.value(QStringLiteral("coma")));
    } else if (level == preliminary + 1) {
        values.insert(QStringLiteral("note"),
                      AssessmentsCountyFile::tr("Raised one step in the county package."));
    }
    county::write(writer, QStringLiteral("assessments"), row, exists, values);
}

} // namespace

CountyFile AssessmentsCountyFile::file()
{
    CountyFile file = county::file("assessments.csv", "assessments", 40,
                                   {{"uid", true},
                                    {"resident_uid", true},
                                    {"assessed_on", true},
                                    {"reason", false},
                                    {"self_care", false},
                                    {"mobility", false},
                                    {"mental", false},
                                    {"perception_social", false},
                                    {"total", true},
                                    {"level", true},
                                    {"assessor", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral(
            "SELECT uid, resident_uid, assessed_on, reason, self_care, mobility, mental, perception_social, "
            "total, level, assessor, updated_at, deleted FROM assessments a "
            "WHERE a.subject_kind = 'RESIDENT' AND {changed:a.change_seq} ORDER BY uid"));
    file.apply = applyAssessment;
    return file;
}

} // namespace jinglao::core
