// A family-bed elder is assessed with the residents' GB/T 42195-2022 form and rules through the
// assessments module; the family bed's care level in force is its latest assessment's, else the
// level entered in the registry.

#include "AssessmentTestData.h"
#include "FamilyBedFixture.h"
#include "assessments/AssessmentService.h"
#include "common/Error.h"
#include "familybeds/FamilyBedService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {
AssessmentService::Input formFor(int total, const QDate& on = QDate(2026, 11, 18))
{
    AssessmentService::Input input;
    input.assessedOn = on;
    input.reason = AssessmentReason::First;
    input.scores = testing::scoresForTotal(total);
    input.assessor = QStringLiteral("李秀梅");
    return input;
}

// The refusal's field and value, or empty strings when nothing was refused.
std::pair<QString, QString> refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return {error.field(), error.value().toString()};
    }
    return {};
}

int assessmentRows(Database& db)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM assessments")).toInt();
}
} // namespace

TEST_CASE("Assessing a family bed stores it and sets the bed's care level, source and date",
          "[familybeds][assessments]")
{
    testing::FamilyBedFixture f;
    const QString bed = f.addFamilyBed(QStringLiteral("曾桂兰"), true);
    AssessmentService assessments(f.db());
    FamilyBedService beds(f.db());

    const QString uid = assessments.recordForFamilyBed(f.nurse, bed, formFor(50)); // 中度失能
    const AssessmentService::Assessment stored = assessments.assessment(f.admin, uid);
    CHECK(stored.subject == AssessmentService::Subject::FamilyBed);
    CHECK(stored.familyBedUid == bed);
    CHECK(stored.residentUid.isEmpty());
    CHECK(stored.residentName == QStringLiteral("曾桂兰"));
    CHECK(stored.total == 50);
    CHECK(stored.preliminaryLevel == 2);
    CHECK(stored.level == 2);
    CHECK(stored.scores.size() == AssessmentItems::all().size());
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT subject_kind FROM assessments WHERE uid = ?"), {uid})
              .toString() == QStringLiteral("FAMILY_BED"));
    // Written through RecordWriter: audited.
    CHECK(sql::scalar(f.db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = "
                                     "'assessments' AND record_uid = ?"),
                      {uid})
              .toInt() == 1);

    const FamilyBed assessed = beds.familyBed(f.admin, bed);
    CHECK(assessed.currentLevelOrigin == FamilyBed::CareLevelOrigin::Assessment);
    CHECK(assessed.currentLevel == 2);
    CHECK(assessed.currentLevelOn == QDate(2026, 11, 18));
    CHECK(assessed.currentLevelSource == FamilyBedService::assessedSource(QStringLiteral("李秀梅")));
    CHECK(assessed.currentLevelAssessmentUid == uid);
    CHECK(beds.list(f.admin).constFirst().currentLevel == 2);

    // It is the family bed's, not a resident's: the residents' views do not see it.
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM resident_care_levels")).toInt() == 0);
    CHECK(assessments.forFamilyBed(f.admin, bed).size() == 1);
    CHECK(assessments.recent(f.admin, 10, 0).size() == 1);

    SECTION("a later assessment replaces it; withdrawing it brings the earlier one back")
    {
        const QString later = assessments.recordForFamilyBed(f.nurse, bed, formFor(20, QDate(2026, 11, 20)));
        CHECK(beds.familyBed(f.admin, bed).currentLevel == 4);
        CHECK(assessments.latestForFamilyBed(f.admin, bed)->uid == later);
        CHECK(assessments.forFamilyBed(f.admin, bed).constFirst().uid == later);
        assessments.withdraw(f.nurse, later);
        CHECK(beds.familyBed(f.admin, bed).currentLevel == 2);
        CHECK(beds.familyBed(f.admin, bed).currentLevelOn == QDate(2026, 11, 18));
    }
    SECTION("the assessment overrides a level entered in the registry, which is kept as entered")
    {
        FamilyBed entered = beds.familyBed(f.admin, bed);
        entered.careLevel = 0;
        entered.careLevelOn = QDate(2026, 1, 10);
        entered.careLevelSource = QStringLiteral("县评估中心");
        beds.update(f.admin, entered);
        const FamilyBed shown = beds.familyBed(f.admin, bed);
        CHECK(shown.careLevel == 0);
        CHECK(shown.currentLevel == 2);
        CHECK(shown.currentLevelOrigin == FamilyBed::CareLevelOrigin::Assessment);
    }
    SECTION("a role without WriteAssessments may not assess")
    {
        const Actor viewer(QStringLiteral("viewer"), Role::ReadOnly);
        CHECK_THROWS_AS(assessments.recordForFamilyBed(viewer, bed, formFor(50)), Error);
        CHECK(assessmentRows(f.db()) == 1);
    }
}

TEST_CASE("An entered care level stays in force while the family bed has no assessment", "[familybeds]")
{
    testing::FamilyBedFixture f;
    FamilyBedService beds(f.db());
    FamilyBed elder = f.elder(QStringLiteral("王秀英"), false);
    elder.careLevel = 3;
    elder.careLevelOn = QDate(2026, 6, 1);
    elder.careLevelSource = QStringLiteral("县评估中心");
    const QString bed = beds.add(f.admin, elder);
    const FamilyBed shown = beds.familyBed(f.admin, bed);
    CHECK(shown.currentLevelOrigin == FamilyBed::CareLevelOrigin::Entered);
    CHECK(shown.currentLevel == 3);
    CHECK(shown.currentLevelOn == QDate(2026, 6, 1));
    CHECK(shown.currentLevelSource == QStringLiteral("县评估中心"));
    CHECK(shown.currentLevelAssessmentUid.isEmpty());

    const QString none = beds.add(f.admin, f.elder(QStringLiteral("刘凤兰"), false));
    CHECK(beds.familyBed(f.admin, none).currentLevelOrigin == FamilyBed::CareLevelOrigin::None);
    CHECK(beds.familyBed(f.admin, none).currentLevel == -1);
}

TEST_CASE("A family bed's level is raised by the same one-step rule as a resident's",
          "[familybeds][assessments]")
{
    testing::FamilyBedFixture f;
    const QString bed = f.addFamilyBed(QStringLiteral("曾桂兰"), true);
    AssessmentService assessments(f.db());
    const QString resident = testing::insertResident(f.db(), QStringLiteral("张三"), QDate(2026, 1, 5));

    // Total 70: preliminary 1 (轻度失能). Dementia and two reported risk events together raise it one
    // step only, as for a resident with dementia and two self-harm events.
    AssessmentService::Input form = formFor(70);
    form.dementia = true;
    form.reportedRiskEvents = 2;
    const AssessmentService::Assessment forBed =
        assessments.assessment(f.admin, assessments.recordForFamilyBed(f.nurse, bed, form));
    AssessmentService::Input residentForm = formFor(70);
    residentForm.residentUid = resident;
    residentForm.dementia = true;
    residentForm.selfHarmEvents = 2;
    const AssessmentService::Assessment forResident =
        assessments.assessment(f.admin, assessments.record(f.nurse, residentForm));
    CHECK(forBed.preliminaryLevel == 1);
    CHECK(forBed.level == 2);
    CHECK(forBed.riskEvents == 2);
    CHECK(forBed.level == forResident.level);
    CHECK(forBed.outcome().raisedForDementia);
    CHECK(forBed.outcome().raisedForRisk);
    CHECK(FamilyBedService(f.db()).familyBed(f.admin, bed).currentLevel == 2);

    SECTION("two risk events alone raise it; one does not")
    {
        AssessmentService::Input one = formFor(70, QDate(2026, 11, 19));
        one.reportedRiskEvents = 1;
        CHECK(assessments.assessment(f.admin, assessments.recordForFamilyBed(f.nurse, bed, one)).level == 1);
        AssessmentService::Input two = formFor(70, QDate(2026, 11, 20));
        two.reportedRiskEvents = 1;
        two.selfHarmEvents = 1;
        CHECK(assessments.assessment(f.admin, assessments.recordForFamilyBed(f.nurse, bed, two)).level == 2);
    }
    SECTION("coma gives 完全失能")
    {
        AssessmentService::Input coma = formFor(70, QDate(2026, 11, 20));
        coma.coma = true;
        CHECK(assessments.assessment(f.admin, assessments.recordForFamilyBed(f.nurse, bed, coma)).level == 4);
    }
}

TEST_CASE("A family bed's assessment is refused naming the field and the value", "[familybeds][assessments]")
{
    testing::FamilyBedFixture f;
    const QString bed = f.addFamilyBed(QStringLiteral("曾桂兰"), true);
    AssessmentService assessments(f.db());
    const QString label = QStringLiteral("Assessment date");

    SECTION("an unknown family bed")
    {
        const auto [field, value] = refusal(
            [&] { assessments.recordForFamilyBed(f.nurse, QStringLiteral("no-such-bed"), formFor(50)); });
        CHECK(field == QStringLiteral("Family bed"));
        CHECK(value == QStringLiteral("no-such-bed"));
    }
    SECTION("a date in the future")
    {
        const auto [field, value] =
            refusal([&] { assessments.recordForFamilyBed(f.nurse, bed, formFor(50, QDate(2026, 11, 21))); });
        CHECK(field == label);
        CHECK(value == QStringLiteral("2026-11-21"));
    }
    SECTION("a date after the last agreement ended; before the first one is fine")
    {
        Agreement current = FamilyBedService(f.db()).agreements(f.admin, bed).constFirst();
        FamilyBedService(f.db()).endAgreement(f.admin, current.uid, QDate(2026, 10, 31),
                                              QStringLiteral("搬去子女家"));
        const auto [field, value] =
            refusal([&] { assessments.recordForFamilyBed(f.nurse, bed, formFor(50, QDate(2026, 11, 1))); });
        CHECK(field == label);
        CHECK(value == QStringLiteral("2026-11-01"));
        CHECK_NOTHROW(assessments.recordForFamilyBed(f.nurse, bed, formFor(50, QDate(2026, 10, 31))));
        CHECK_NOTHROW(assessments.recordForFamilyBed(f.nurse, bed, formFor(50, QDate(2026, 2, 1))));
        CHECK(assessmentRows(f.db()) == 2);
        return;
    }
    SECTION("negative reported risk events, and reported ones for a resident")
    {
        AssessmentService::Input negative = formFor(50);
        negative.reportedRiskEvents = -1;
        CHECK(refusal([&] { assessments.recordForFamilyBed(f.nurse, bed, negative); }).second ==
              QStringLiteral("-1"));
        AssessmentService::Input resident = formFor(50);
        resident.residentUid = testing::insertResident(f.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
        resident.reportedRiskEvents = 2;
        CHECK(refusal([&] { assessments.record(f.nurse, resident); }).first ==
              QStringLiteral("Reported risk events"));
    }
    SECTION("an item score out of range, as for residents")
    {
        AssessmentService::Input form = formFor(50);
        form.scores.insert(form.scores.firstKey(), 99);
        CHECK(refusal([&] { assessments.recordForFamilyBed(f.nurse, bed, form); }).second ==
              QStringLiteral("99"));
    }
    CHECK(assessmentRows(f.db()) == 0);
}
