#include "assessments/AssessmentService.h"

#include "AssessmentTestData.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::AssessmentService;
using testing::insertIncident;
using testing::insertResident;
using testing::scoresForTotal;

namespace {
const QDate today(2026, 11, 20);

struct FixedClock {
    FixedClock() { core::Clock::setFixedForTesting(QDateTime(today, QTime(9, 0), QTimeZone(8 * 3600))); }
    ~FixedClock() { core::Clock::resetForTesting(); }
};

AssessmentService::Input inputFor(const QString& residentUid, int total, const QDate& on = today)
{
    AssessmentService::Input input;
    input.residentUid = residentUid;
    input.assessedOn = on;
    input.reason = core::AssessmentReason::Routine;
    input.scores = scoresForTotal(total);
    return input;
}

const core::Actor admin = testing::testAdministrator();
const core::Actor nurse(QStringLiteral("nurse"), core::Role::Nurse);
const core::Actor readOnly(QStringLiteral("viewer"), core::Role::ReadOnly);
} // namespace

TEST_CASE("Recording an assessment stores the sums, the levels and the item scores", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));

    AssessmentService::Input input = inputFor(resident, 70);
    input.reason = core::AssessmentReason::First;
    input.assessor = QStringLiteral("李护士");
    const QString uid = service.record(nurse, input);

    const AssessmentService::Assessment stored = service.assessment(admin, uid);
    CHECK(stored.residentName == QStringLiteral("张三"));
    CHECK(stored.assessedOn == today);
    CHECK(stored.reason == core::AssessmentReason::First);
    CHECK(stored.total == 70);
    CHECK(stored.dimensionScores.value(core::AssessmentItems::Dimension::SelfCare) +
              stored.dimensionScores.value(core::AssessmentItems::Dimension::Mobility) +
              stored.dimensionScores.value(core::AssessmentItems::Dimension::Mental) +
              stored.dimensionScores.value(core::AssessmentItems::Dimension::PerceptionSocial) ==
          70);
    CHECK(stored.dimensionScores.value(core::AssessmentItems::Dimension::SelfCare) == 32);
    CHECK(stored.preliminaryLevel == 1);
    CHECK(stored.level == 1);
    CHECK(stored.scores == input.scores);
    CHECK(stored.assessor == QStringLiteral("李护士"));
    CHECK(core::sql::scalar(db.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'assessments'"))
              .toInt() == 1);
}

TEST_CASE("The assessor defaults to the staff member the account is linked to, not the login name",
          "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
    // Without an account: the acting name.
    CHECK(service.assessment(admin, service.record(nurse, inputFor(resident, 90))).assessor ==
          QStringLiteral("nurse"));

    QString staff;
    const QString account =
        testing::insertNurseAccount(db.db(), QStringLiteral("李秀梅"), QStringLiteral("lxm"), false, &staff);
    const core::Actor lxm(QStringLiteral("lxm"), core::Role::Nurse, account);
    // An account not linked: its display name.
    CHECK(service.defaultAssessor(lxm) == QStringLiteral("小李"));
    {
        core::Transaction transaction(db.db());
        core::RecordWriter(db.db(), admin)
            .update(QStringLiteral("users"), account, {{QStringLiteral("staff_uid"), staff}});
        transaction.commit();
    }
    CHECK(service.defaultAssessor(lxm) == QStringLiteral("李秀梅"));
    CHECK(service.assessment(admin, service.record(lxm, inputFor(resident, 90))).assessor ==
          QStringLiteral("李秀梅"));
}

TEST_CASE("Scores outside an item's range are refused with the item and the value", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));

    SECTION("a score above the maximum")
    {
        AssessmentService::Input input = inputFor(resident, 60);
        input.scores.insert(QStringLiteral("stairs"), 4);
        try {
            service.record(nurse, input);
            FAIL("no error");
        } catch (const core::Error& error) {
            CHECK(error.kind() == core::Error::Kind::Validation);
            CHECK(error.message().contains(QStringLiteral("Stairs")));
            CHECK(error.message().contains(QStringLiteral("4")));
            CHECK(error.message().contains(QStringLiteral("0 to 3")));
        }
    }
    SECTION("a negative score")
    {
        AssessmentService::Input input = inputFor(resident, 60);
        input.scores.insert(QStringLiteral("vision"), -1);
        try {
            service.record(nurse, input);
            FAIL("no error");
        } catch (const core::Error& error) {
            CHECK(error.message().contains(QStringLiteral("Vision")));
            CHECK(error.message().contains(QStringLiteral("-1")));
        }
    }
    SECTION("a missing item")
    {
        AssessmentService::Input input = inputFor(resident, 60);
        input.scores.remove(QStringLiteral("memory"));
        CHECK_THROWS_WITH(service.record(nurse, input), Catch::Contains("Memory"));
    }
    SECTION("an unknown item")
    {
        AssessmentService::Input input = inputFor(resident, 60);
        input.scores.insert(QStringLiteral("juggling"), 1);
        CHECK_THROWS_WITH(service.record(nurse, input), Catch::Contains("juggling"));
    }
    CHECK(service.count(admin) == 0);
}

TEST_CASE("A future date or an unknown resident is refused", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
    CHECK_THROWS_AS(service.record(nurse, inputFor(resident, 60, today.addDays(1))), core::Error);
    try {
        service.record(nurse, inputFor(QStringLiteral("no-such-resident"), 60));
        FAIL("no error");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::NotFound);
    }
    CHECK(service.count(admin) == 0);
}

TEST_CASE("The raising rules are applied when recording", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));

    SECTION("dementia raises one step")
    {
        AssessmentService::Input input = inputFor(resident, 70);
        input.dementia = true;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.preliminaryLevel == 1);
        CHECK(stored.level == 2);
        CHECK(stored.dementia);
    }
    SECTION("two logged risk events within 30 days raise one step")
    {
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-3));
        // The window is 30 days including the assessment day: 29 days back is its first day.
        insertIncident(db.db(), resident, QStringLiteral("CHOKING"), today.addDays(-29));
        CHECK(service.loggedRiskEvents(nurse, resident, today) == 2);
        const AssessmentService::Assessment stored =
            service.assessment(admin, service.record(nurse, inputFor(resident, 70)));
        CHECK(stored.riskEvents == 2);
        CHECK(stored.level == 2);
    }
    SECTION("one logged event and one self-harm entered on the form raise one step")
    {
        insertIncident(db.db(), resident, QStringLiteral("WANDERING"), today);
        AssessmentService::Input input = inputFor(resident, 70);
        input.selfHarmEvents = 1;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.riskEvents == 2);
        CHECK(stored.selfHarmEvents == 1);
        CHECK(stored.level == 2);
    }
    SECTION("a single risk event does not raise")
    {
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-1));
        CHECK(service.assessment(admin, service.record(nurse, inputFor(resident, 70))).level == 1);
    }
    SECTION("events older than 30 days, other incidents and other residents do not count")
    {
        const QString other = insertResident(db.db(), QStringLiteral("李四"), QDate(2026, 1, 5));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-31));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-45));
        insertIncident(db.db(), resident, QStringLiteral("PRESSURE_SORE"), today.addDays(-2));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(1));
        insertIncident(db.db(), other, QStringLiteral("FALL"), today.addDays(-2));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-2));
        CHECK(service.loggedRiskEvents(nurse, resident, today) == 1);
        CHECK(service.assessment(admin, service.record(nurse, inputFor(resident, 70))).level == 1);
    }
    SECTION("a corrected log entry counts once")
    {
        const QString original = insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-2));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-2), original);
        CHECK(service.loggedRiskEvents(nurse, resident, today) == 1);
    }
    SECTION("a coma flag makes the level 4")
    {
        AssessmentService::Input input = inputFor(resident, 80);
        input.coma = true;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.preliminaryLevel == 1);
        CHECK(stored.level == 4);
        CHECK(stored.coma);
    }
    SECTION("consciousness scored as coma makes the level 4")
    {
        AssessmentService::Input input = inputFor(resident, 80);
        input.scores.insert(core::AssessmentItems::ConsciousnessCode, 0);
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.level == 4);
        CHECK(stored.coma);
    }
    SECTION("a psychiatric diagnosis raises one step and is stored")
    {
        AssessmentService::Input input = inputFor(resident, 70);
        input.psychiatric = true;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.preliminaryLevel == 1);
        CHECK(stored.level == 2);
        CHECK(stored.psychiatric);
        CHECK_FALSE(stored.dementia);
    }
    SECTION("dementia, a psychiatric diagnosis and risk events together raise one step, not two")
    {
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-3));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-4));
        AssessmentService::Input input = inputFor(resident, 70);
        input.dementia = true;
        input.psychiatric = true;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.preliminaryLevel == 1);
        CHECK(stored.level == 2);
        CHECK(core::AssessmentLevel::explain(stored.outcome()).contains(QStringLiteral("one step")));
    }
    SECTION("dementia and risk events together stop at 4")
    {
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-3));
        insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-4));
        AssessmentService::Input input = inputFor(resident, 40);
        input.dementia = true;
        const AssessmentService::Assessment stored = service.assessment(admin, service.record(nurse, input));
        CHECK(stored.preliminaryLevel == 3);
        CHECK(stored.level == 4);
    }
}

TEST_CASE("The risk window is counted back from the assessment date", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
    insertIncident(db.db(), resident, QStringLiteral("FALL"), QDate(2026, 6, 1));
    insertIncident(db.db(), resident, QStringLiteral("FALL"), QDate(2026, 6, 10));
    CHECK(service.loggedRiskEvents(nurse, resident, QDate(2026, 6, 15)) == 2);
    // 30 days including the assessment day: 2026-06-01 is inside on 06-30 and outside on 07-01.
    CHECK(service.loggedRiskEvents(nurse, resident, QDate(2026, 6, 30)) == 2);
    CHECK(service.loggedRiskEvents(nurse, resident, QDate(2026, 7, 1)) == 1);
    CHECK(service.loggedRiskEvents(nurse, resident, today) == 0);
    const QString uid = service.record(nurse, inputFor(resident, 70, QDate(2026, 6, 20)));
    CHECK(service.assessment(admin, uid).level == 2);
}

TEST_CASE("The care level is the latest assessment's final level", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2025, 1, 5));
    CHECK_FALSE(service.latest(admin, resident).has_value());

    service.record(nurse, inputFor(resident, 90, QDate(2025, 1, 5)));
    service.record(nurse, inputFor(resident, 50, QDate(2026, 3, 1)));
    // Entered later but dated earlier: not the latest.
    service.record(nurse, inputFor(resident, 20, QDate(2025, 8, 1)));

    const std::optional<AssessmentService::Assessment> latest = service.latest(admin, resident);
    REQUIRE(latest.has_value());
    CHECK(latest->assessedOn == QDate(2026, 3, 1));
    CHECK(latest->level == 2);
    CHECK(core::sql::scalar(db.db(),
                            QStringLiteral("SELECT level FROM resident_care_levels WHERE resident_uid = ?"),
                            {resident})
              .toInt() == 2);

    SECTION("on the same date the later entry wins")
    {
        service.record(nurse, inputFor(resident, 70, QDate(2026, 3, 1)));
        CHECK(service.latest(admin, resident)->level == 1);
    }
    SECTION("the resident's list is newest first")
    {
        const QList<AssessmentService::Assessment> list = service.forResident(admin, resident);
        REQUIRE(list.size() == 3);
        CHECK(list.at(0).assessedOn == QDate(2026, 3, 1));
        CHECK(list.at(2).assessedOn == QDate(2025, 1, 5));
    }
}

TEST_CASE("The due list shows current residents never assessed or assessed longer ago than the interval",
          "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString never = insertResident(db.db(), QStringLiteral("从未评估"), QDate(2026, 10, 1));
    const QString recent = insertResident(db.db(), QStringLiteral("近期评估"), QDate(2025, 1, 1));
    const QString old = insertResident(db.db(), QStringLiteral("过期评估"), QDate(2025, 1, 1));
    const QString exact = insertResident(db.db(), QStringLiteral("今日到期"), QDate(2025, 1, 1));
    const QString discharged =
        insertResident(db.db(), QStringLiteral("已出院"), QDate(2025, 1, 1), QDate(2026, 2, 1));
    insertResident(db.db(), QStringLiteral("尚未入住"), today.addDays(5));
    service.record(nurse, inputFor(recent, 70, QDate(2026, 9, 1)));
    service.record(nurse, inputFor(old, 50, QDate(2026, 3, 1)));
    service.record(nurse, inputFor(exact, 80, QDate(2026, 5, 20)));
    service.record(nurse, inputFor(discharged, 80, QDate(2025, 1, 1)));

    QList<AssessmentService::DueEntry> due = service.dueList(readOnly, today);
    QStringList names;
    for (const AssessmentService::DueEntry& entry : due)
        names.append(entry.residentName);
    // Never assessed first (due from admission, though less overdue), then the most overdue.
    CHECK(names ==
          QStringList{QStringLiteral("从未评估"), QStringLiteral("过期评估"), QStringLiteral("今日到期")});
    CHECK(due.at(1).lastLevel == 2);
    CHECK(due.at(1).lastAssessedOn == QDate(2026, 3, 1));
    CHECK(due.at(1).dueOn == QDate(2026, 9, 1));
    CHECK(due.at(1).daysOverdue == 80);
    CHECK(due.at(0).lastLevel == -1);
    CHECK_FALSE(due.at(0).lastAssessedOn.isValid());
    CHECK(due.at(0).dueOn == QDate(2026, 10, 1));
    CHECK(due.at(0).residentUid == never);
    CHECK(due.at(2).daysOverdue == 0);

    SECTION("a longer interval leaves fewer due")
    {
        service.setIntervalMonths(admin, 12);
        CHECK(core::Settings(db.db()).value(QStringLiteral("assessment_interval_months")) ==
              QStringLiteral("12"));
        CHECK(service.intervalMonths() == 12);
        due = service.dueList(readOnly, today);
        REQUIRE(due.size() == 1);
        CHECK(due.at(0).residentUid == never);
    }
    SECTION("a shorter interval makes more due")
    {
        service.setIntervalMonths(admin, 2);
        CHECK(service.dueList(readOnly, today).size() == 4);
    }
}

TEST_CASE("The interval is 6 months by default and only an administrator changes it", "[assessments]")
{
    testing::TempDatabase db;
    AssessmentService service(db.db());
    CHECK(service.intervalMonths() == 6);
    CHECK_THROWS_AS(service.setIntervalMonths(nurse, 3), core::Error);
    CHECK_THROWS_WITH(service.setIntervalMonths(admin, 0), Catch::Contains("0"));
    CHECK_THROWS_AS(service.setIntervalMonths(admin, 37), core::Error);
    CHECK(service.intervalMonths() == 6);
}

TEST_CASE("A read-only user may not record an assessment", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
    try {
        service.record(readOnly, inputFor(resident, 70));
        FAIL("no error");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Permission);
    }
    CHECK(service.count(admin) == 0);
    CHECK_NOTHROW(service.recent(readOnly, 10, 0));
}

TEST_CASE("Recent assessments come newest first a page at a time", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2024, 1, 5));
    for (int month = 1; month <= 5; ++month)
        service.record(nurse, inputFor(resident, 60 + month, QDate(2026, month, 1)));
    CHECK(service.count(admin) == 5);
    const QList<AssessmentService::Assessment> first = service.recent(admin, 2, 0);
    REQUIRE(first.size() == 2);
    CHECK(first.at(0).assessedOn == QDate(2026, 5, 1));
    const QList<AssessmentService::Assessment> last = service.recent(admin, 2, 4);
    REQUIRE(last.size() == 1);
    CHECK(last.at(0).assessedOn == QDate(2026, 1, 1));
}

TEST_CASE("A withdrawn assessment no longer sets the care level", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    AssessmentService service(db.db());
    const QString resident = insertResident(db.db(), QStringLiteral("张三"), QDate(2025, 1, 5));
    service.record(nurse, inputFor(resident, 90, QDate(2026, 1, 5)));
    const QString mistaken = service.record(nurse, inputFor(resident, 20, QDate(2026, 6, 5)));
    CHECK(service.latest(admin, resident)->level == 4);

    CHECK_THROWS_AS(service.withdraw(readOnly, mistaken), core::Error);
    service.withdraw(nurse, mistaken);
    CHECK(service.latest(admin, resident)->level == 0);
    CHECK(service.forResident(admin, resident).size() == 1);
    CHECK(service.count(admin) == 1);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT deleted FROM assessments WHERE uid = ?"),
                            {mistaken})
              .toInt() == 1);
    try {
        service.withdraw(nurse, mistaken);
        FAIL("no error");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Conflict);
    }
}

TEST_CASE("Evaluating item scores gives the level at every boundary", "[assessments]")
{
    const QList<QPair<int, int>> boundaries = {{0, 4},  {29, 4}, {30, 3}, {45, 3}, {46, 2},
                                               {65, 2}, {66, 1}, {89, 1}, {90, 0}};
    for (const auto& [total, level] : boundaries) {
        const AssessmentService::Evaluation evaluation =
            AssessmentService::evaluate(scoresForTotal(total), {});
        CHECK(evaluation.total == total);
        CHECK(evaluation.outcome.preliminary == level);
        // A total of 0 scores consciousness 0 too, which is a coma: level 4 all the same.
        CHECK(evaluation.outcome.level == level);
    }
    const AssessmentService::Evaluation full = AssessmentService::evaluate(scoresForTotal(90), {});
    CHECK(full.dimensionScores.value(core::AssessmentItems::Dimension::SelfCare) == 32);
    CHECK(full.dimensionScores.value(core::AssessmentItems::Dimension::Mobility) == 15);
    CHECK(full.dimensionScores.value(core::AssessmentItems::Dimension::Mental) == 28);
    CHECK(full.dimensionScores.value(core::AssessmentItems::Dimension::PerceptionSocial) == 15);
}

TEST_CASE("Residents due on the same day are listed by how their names are said", "[assessments][pinyin]")
{
    testing::TempDatabase db;
    FixedClock clock;
    AssessmentService service(db.db());
    // By code point 于 < 吴 < 周 < 孙; said aloud: sun, wu, yu, zhou.
    for (const char* name : {"于秀兰", "吴桂英", "周淑珍", "孙玉梅"})
        insertResident(db.db(), QString::fromUtf8(name), QDate(2026, 11, 1));
    QStringList names;
    for (const AssessmentService::DueEntry& entry : service.dueList(readOnly, today))
        names.append(entry.residentName);
    CHECK(names == QStringList{QStringLiteral("孙玉梅"), QStringLiteral("吴桂英"), QStringLiteral("于秀兰"),
                               QStringLiteral("周淑珍")});
}
