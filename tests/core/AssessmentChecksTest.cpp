#include "AssessmentTestData.h"
#include "TempDatabase.h"
#include "assessments/AssessmentService.h"
#include "checks/HealthCheck.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
QStringList assessmentFindings(core::Database& db)
{
    QStringList messages;
    for (const core::HealthCheck::Finding& finding : core::HealthCheck(db).run()) {
        if (finding.check == QStringLiteral("assessments"))
            messages.append(finding.message);
    }
    return messages;
}

void insertRaw(core::Database& db, const QVariantMap& values)
{
    core::Transaction transaction(db);
    core::RecordWriter(db, testing::testAdministrator()).insert(QStringLiteral("assessments"), values);
    transaction.commit();
}
} // namespace

TEST_CASE("The health check accepts recorded assessments and finds inconsistent ones", "[assessments]")
{
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("张三"), QDate(2025, 1, 5));
    core::AssessmentService::Input input;
    input.residentUid = resident;
    input.assessedOn = QDate(2025, 1, 5);
    input.scores = testing::scoresForTotal(57);
    core::AssessmentService(db.db()).record(testing::testAdministrator(), input);
    // Imported with the total only: nothing to compare, nothing found.
    insertRaw(db.db(), {{QStringLiteral("resident_uid"), resident},
                        {QStringLiteral("assessed_on"), QStringLiteral("2025-03-01")},
                        {QStringLiteral("reason"), QStringLiteral("OTHER")},
                        {QStringLiteral("total"), 40},
                        {QStringLiteral("preliminary_level"), 3},
                        {QStringLiteral("level"), 3}});
    CHECK(assessmentFindings(db.db()).isEmpty());

    SECTION("parts that do not add up to the total are refused by the file itself")
    {
        CHECK_THROWS_AS(insertRaw(db.db(), {{QStringLiteral("resident_uid"), resident},
                                            {QStringLiteral("assessed_on"), QStringLiteral("2025-06-01")},
                                            {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                                            {QStringLiteral("self_care"), 30},
                                            {QStringLiteral("mobility"), 10},
                                            {QStringLiteral("mental"), 20},
                                            {QStringLiteral("perception_social"), 10},
                                            {QStringLiteral("total"), 80},
                                            {QStringLiteral("preliminary_level"), 1},
                                            {QStringLiteral("level"), 1}}),
                        core::Error);
        CHECK(assessmentFindings(db.db()).isEmpty());
    }
    SECTION("a preliminary level the total does not give")
    {
        insertRaw(db.db(), {{QStringLiteral("resident_uid"), resident},
                            {QStringLiteral("assessed_on"), QStringLiteral("2025-06-01")},
                            {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                            {QStringLiteral("total"), 50},
                            {QStringLiteral("preliminary_level"), 1},
                            {QStringLiteral("level"), 1}});
        const QStringList findings = assessmentFindings(db.db());
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().contains(QStringLiteral("preliminary level 1")));
    }
    SECTION("item scores that do not match the parts")
    {
        QJsonObject items;
        const QMap<QString, int> scores = testing::scoresForTotal(90);
        for (auto it = scores.cbegin(); it != scores.cend(); ++it)
            items.insert(it.key(), it.value());
        insertRaw(db.db(), {{QStringLiteral("resident_uid"), resident},
                            {QStringLiteral("assessed_on"), QStringLiteral("2025-06-01")},
                            {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                            {QStringLiteral("self_care"), 31},
                            {QStringLiteral("mobility"), 15},
                            {QStringLiteral("mental"), 28},
                            {QStringLiteral("perception_social"), 15},
                            {QStringLiteral("total"), 89},
                            {QStringLiteral("preliminary_level"), 1},
                            {QStringLiteral("level"), 1},
                            {QStringLiteral("item_scores"),
                             QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))}});
        const QStringList findings = assessmentFindings(db.db());
        REQUIRE(findings.size() == 1);
        CHECK(findings.first().contains(QStringLiteral("Self-care")));
    }
}
