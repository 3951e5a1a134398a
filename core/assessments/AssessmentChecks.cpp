#include "assessments/AssessmentChecks.h"

#include "assessments/AssessmentItems.h"
#include "assessments/AssessmentLevel.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace jinglao::core {

void AssessmentChecks::run(const Database& db, QList<HealthCheck::Finding>& findings)
{
    const QString check = QStringLiteral("assessments");
    QSqlQuery query = sql::exec(
        db, QStringLiteral(
                "SELECT coalesce(r.name, f.name) AS name, a.assessed_on AS assessed_on, a.self_care AS "
                "self_care, "
                "a.mobility AS mobility, a.mental AS mental, a.perception_social AS perception_social, "
                "a.total AS total, a.preliminary_level AS preliminary_level, a.item_scores AS item_scores "
                "FROM assessments a LEFT JOIN residents r ON r.uid = a.resident_uid "
                "LEFT JOIN family_beds f ON f.uid = a.family_bed_uid WHERE a.deleted = 0 "
                "ORDER BY a.assessed_on, coalesce(r.name_pinyin, f.name_pinyin), coalesce(r.name, f.name)"));
    const QList<QPair<AssessmentItems::Dimension, QString>> parts = {
        {AssessmentItems::Dimension::SelfCare, QStringLiteral("self_care")},
        {AssessmentItems::Dimension::Mobility, QStringLiteral("mobility")},
        {AssessmentItems::Dimension::Mental, QStringLiteral("mental")},
        {AssessmentItems::Dimension::PerceptionSocial, QStringLiteral("perception_social")}};
    while (query.next()) {
        const QVariantMap row = sql::currentRow(query);
        //: %1 resident's name, %2 assessment date
        const QString which = tr("The assessment of %1 on %2")
                                  .arg(row.value(QStringLiteral("name")).toString(),
                                       row.value(QStringLiteral("assessed_on")).toString());
        // Parts adding up to the total, a JSON object of item scores and one raising step at most
        // are record rules (RecordRuleChecks).
        const int total = row.value(QStringLiteral("total")).toInt();
        if (row.value(QStringLiteral("preliminary_level")).toInt() != AssessmentLevel::preliminaryFor(total))
            findings.append({check, tr("%1 has preliminary level %2, but a total of %3 gives %4.")
                                        .arg(which)
                                        .arg(row.value(QStringLiteral("preliminary_level")).toInt())
                                        .arg(total)
                                        .arg(AssessmentLevel::preliminaryFor(total))});
        const QString itemText = row.value(QStringLiteral("item_scores")).toString();
        if (itemText.isEmpty())
            continue;
        const QJsonDocument document = QJsonDocument::fromJson(itemText.toUtf8());
        if (!document.isObject())
            continue;
        const QJsonObject items = document.object();
        QMap<AssessmentItems::Dimension, int> sums;
        bool itemsValid = items.size() == AssessmentItems::all().size();
        for (const AssessmentItems::Item& item : AssessmentItems::all()) {
            const int score = items.value(item.code).toInt(-1);
            itemsValid = itemsValid && score >= 0 && score <= item.maxScore;
            sums[item.dimension] += score;
        }
        if (!itemsValid) {
            findings.append({check, tr("%1 has item scores that are missing or out of range.").arg(which)});
            continue;
        }
        for (const auto& [dimension, column] : parts) {
            if (!row.value(column).isNull() && row.value(column).toInt() != sums.value(dimension))
                findings.append({check, tr("%1: the items of %2 add up to %3, but %4 is stored.")
                                            .arg(which, AssessmentItems::dimensionLabel(dimension))
                                            .arg(sums.value(dimension))
                                            .arg(row.value(column).toInt())});
        }
    }
    checkEveryResidentAssessed(db, findings);
}

void AssessmentChecks::checkEveryResidentAssessed(const Database& db, QList<HealthCheck::Finding>& findings)
{
    // Completeness: a care level comes from an assessment, due at admission. A month's grace
    // covers a resident still waiting for it; beyond that the record is incomplete.
    const QDate cutoff = Clock::today().addDays(-AdmissionGraceDays);
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral("SELECT r.name AS name, r.admission_date AS admission_date FROM residents r "
                            "WHERE r.deleted = 0 AND r.discharge_date IS NULL AND r.admission_date <= ? "
                            "AND NOT EXISTS (SELECT 1 FROM assessments a WHERE a.resident_uid = r.uid "
                            "AND a.deleted = 0) ORDER BY r.admission_date, r.name_pinyin, r.name"),
             {cutoff.toString(Qt::ISODate)}))
        findings.append({QStringLiteral("completeness"),
                         tr("%1, admitted on %2, has never been assessed: the care level is unknown.")
                             .arg(row.value(QStringLiteral("name")).toString(),
                                  row.value(QStringLiteral("admission_date")).toString())});
}

} // namespace jinglao::core
