#include "assessments/AssessmentLevel.h"

#include "assessments/AssessmentItems.h"

#include <catch2/catch.hpp>

using jinglao::core::AssessmentItems;
using jinglao::core::AssessmentLevel;

TEST_CASE("The preliminary level follows the total at every boundary", "[assessments]")
{
    CHECK(AssessmentLevel::preliminaryFor(90) == 0);
    CHECK(AssessmentLevel::preliminaryFor(89) == 1);
    CHECK(AssessmentLevel::preliminaryFor(66) == 1);
    CHECK(AssessmentLevel::preliminaryFor(65) == 2);
    CHECK(AssessmentLevel::preliminaryFor(46) == 2);
    CHECK(AssessmentLevel::preliminaryFor(45) == 3);
    CHECK(AssessmentLevel::preliminaryFor(30) == 3);
    CHECK(AssessmentLevel::preliminaryFor(29) == 4);
    CHECK(AssessmentLevel::preliminaryFor(0) == 4);
}

namespace {
AssessmentLevel::Outcome levelOf(int total, bool dementia, bool psychiatric, int riskEvents,
                                 bool coma = false)
{
    return AssessmentLevel::finalLevel(total, {dementia, psychiatric, riskEvents, coma});
}
} // namespace

TEST_CASE("Without raising rules the final level is the preliminary one", "[assessments]")
{
    for (int total = 0; total <= 90; ++total) {
        const AssessmentLevel::Outcome outcome = levelOf(total, false, false, 1);
        CHECK(outcome.level == outcome.preliminary);
        CHECK_FALSE(outcome.raisedForDementia);
        CHECK_FALSE(outcome.raisedForPsychiatric);
        CHECK_FALSE(outcome.raisedForRisk);
    }
}

TEST_CASE("A dementia diagnosis raises the level one step", "[assessments]")
{
    const AssessmentLevel::Outcome outcome = levelOf(70, true, false, 0);
    CHECK(outcome.preliminary == 1);
    CHECK(outcome.level == 2);
    CHECK(outcome.raisedForDementia);
}

TEST_CASE("Another mental disorder diagnosed by a psychiatrist raises the level one step", "[assessments]")
{
    const AssessmentLevel::Outcome outcome = levelOf(70, false, true, 0);
    CHECK(outcome.preliminary == 1);
    CHECK(outcome.level == 2);
    CHECK(outcome.raisedForPsychiatric);
    CHECK_FALSE(outcome.raisedForDementia);
}

TEST_CASE("Two risk events raise the level one step, one does not", "[assessments]")
{
    CHECK(levelOf(50, false, false, 1).level == 2);
    const AssessmentLevel::Outcome raised = levelOf(50, false, false, 2);
    CHECK(raised.level == 3);
    CHECK(raised.raisedForRisk);
}

TEST_CASE("Any number of raising conditions together raise the level one step, never two", "[assessments]")
{
    // GB/T 42195-2022: the conditions are alternatives for one raise.
    for (int total = 30; total <= 90; ++total) {
        const AssessmentLevel::Outcome all = levelOf(total, true, true, 3);
        CHECK(all.level == all.preliminary + 1);
    }
    const AssessmentLevel::Outcome both = levelOf(90, true, false, 3);
    CHECK(both.level == 1);
    CHECK(both.raisedForDementia);
    CHECK(both.raisedForRisk);
    CHECK(levelOf(66, true, true, 2).level == 2);
    CHECK(AssessmentLevel::reasons(both) == QStringLiteral("raised one step for dementia, risk events"));
}

TEST_CASE("Raising never goes beyond completely disabled", "[assessments]")
{
    CHECK(levelOf(40, true, false, 5).level == 4);
    CHECK(levelOf(10, true, true, 5).level == 4);
    const AssessmentLevel::Outcome outcome = levelOf(35, true, false, 2);
    CHECK(outcome.level == 4);
    CHECK(outcome.level >= outcome.preliminary);
}

TEST_CASE("A coma makes the level completely disabled whatever the total", "[assessments]")
{
    const AssessmentLevel::Outcome outcome = levelOf(88, false, false, 0, true);
    CHECK(outcome.preliminary == 1);
    CHECK(outcome.level == 4);
    CHECK(outcome.coma);
}

TEST_CASE("A total outside 0 to 90 is a programming error", "[assessments]")
{
    CHECK_THROWS(AssessmentLevel::preliminaryFor(91));
    CHECK_THROWS(AssessmentLevel::preliminaryFor(-1));
}

TEST_CASE("The item maxima add up to 32, 15, 28, 15 and 90", "[assessments]")
{
    using D = AssessmentItems::Dimension;
    CHECK(AssessmentItems::all().size() == 26);
    CHECK(AssessmentItems::itemsOf(D::SelfCare).size() == 8);
    CHECK(AssessmentItems::itemsOf(D::Mobility).size() == 4);
    CHECK(AssessmentItems::itemsOf(D::Mental).size() == 9);
    CHECK(AssessmentItems::itemsOf(D::PerceptionSocial).size() == 5);
    CHECK(AssessmentItems::dimensionMax(D::SelfCare) == 32);
    CHECK(AssessmentItems::dimensionMax(D::Mobility) == 15);
    CHECK(AssessmentItems::dimensionMax(D::Mental) == 28);
    CHECK(AssessmentItems::dimensionMax(D::PerceptionSocial) == 15);
    CHECK(AssessmentItems::totalMax() == 90);
}

TEST_CASE("Every item has a distinct code, a label and a meaning for each score", "[assessments]")
{
    QStringList codes;
    for (const AssessmentItems::Item& item : AssessmentItems::all()) {
        CHECK_FALSE(codes.contains(item.code));
        codes.append(item.code);
        CHECK_FALSE(AssessmentItems::label(item).isEmpty());
        CHECK(item.meanings.size() == item.maxScore + 1);
        CHECK(AssessmentItems::find(item.code) != nullptr);
    }
    CHECK(AssessmentItems::find(QStringLiteral("nonsense")) == nullptr);
    const AssessmentItems::Item* consciousness = AssessmentItems::find(AssessmentItems::ConsciousnessCode);
    REQUIRE(consciousness != nullptr);
    CHECK(consciousness->maxScore == 2);
}

TEST_CASE("Where having none scores higher, each score names the behaviour, present or absent",
          "[assessments]")
{
    // GB/T 42195-2022 scores 攻击行为 and 抑郁症状 1 when absent: "1 none" read as "one incident".
    for (const char* code : {"aggression", "depression"}) {
        const AssessmentItems::Item* item = AssessmentItems::find(QString::fromLatin1(code));
        REQUIRE(item != nullptr);
        REQUIRE(item->maxScore == 1);
        const QString absent = AssessmentItems::meaning(*item, 1);
        const QString present = AssessmentItems::meaning(*item, 0);
        INFO(absent.toStdString() << " / " << present.toStdString());
        CHECK(absent.startsWith(QStringLiteral("no ")));
        CHECK(absent.endsWith(present)); // "no aggressive behaviour" beside "aggressive behaviour"
    }
}
