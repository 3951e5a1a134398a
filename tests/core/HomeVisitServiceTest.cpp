// Home visits: refused outside the agreement, by someone not employed, in the future or when the
// same person is elsewhere; the month's coverage as the county counts it.

#include "familybeds/HomeVisitService.h"

#include "FamilyBedFixture.h"
#include "common/Error.h"
#include "familybeds/FamilyBedsModule.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {
QString refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        return error.message();
    }
    FAIL("accepted");
    return {};
}
} // namespace

TEST_CASE("A visit is refused outside the agreement, by someone not employed, in the future or overlapping",
          "[familybeds]")
{
    testing::FamilyBedFixture f;
    HomeVisitService visits(f.db());
    const QString bed = f.addFamilyBed(QStringLiteral("刘芳"), true, QDate(2026, 3, 1), QDate(2026, 12, 31));
    visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 18), QTime(9, 0), 40));

    CHECK(refusal([&] {
              visits.record(f.nurse, f.visit(bed, QDate(2026, 2, 27)));
          }).contains(QStringLiteral("2026-02-27")));
    HomeVisitService::Input byLeaver = f.visit(bed, QDate(2026, 10, 5));
    byLeaver.staffUid = f.wang;
    CHECK(refusal([&] { visits.record(f.nurse, byLeaver); }).contains(QStringLiteral("王红")));
    CHECK(refusal([&] {
              visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 21)));
          }).contains(QStringLiteral("future")));
    // Today, but later than now (09:00).
    CHECK(refusal([&] {
              visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 20), QTime(10, 0)));
          }).contains(QStringLiteral("10:00")));
    // 09:30 for 20 minutes while 李秀梅 is at 刘芳's from 09:00 to 09:40.
    CHECK(refusal([&] {
              visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 18), QTime(9, 30), 20));
          }).contains(QStringLiteral("09:40")));
    CHECK(refusal([&] {
              visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 18), QTime(11, 0), 721));
          }).contains(QStringLiteral("721")));
    HomeVisitService::Input nothing = f.visit(bed, QDate(2026, 11, 17));
    nothing.services.clear();
    refusal([&] { visits.record(f.nurse, nothing); });
    // Right after the first one is fine.
    visits.record(f.nurse, f.visit(bed, QDate(2026, 11, 18), QTime(9, 40), 20));
    CHECK(visits.forFamilyBed(f.admin, bed).size() == 2);
    // A read-only user may not record.
    CHECK_THROWS_AS(
        visits.record(Actor(QStringLiteral("r"), Role::ReadOnly), f.visit(bed, QDate(2026, 11, 17))), Error);
}

TEST_CASE("A visit is corrected or withdrawn with a reason, and the audit log keeps what it was",
          "[familybeds]")
{
    testing::FamilyBedFixture f;
    HomeVisitService visits(f.db());
    const QString bed = f.addFamilyBed(QStringLiteral("刘芳"), false);
    HomeVisitService::Input input = f.visit(bed, QDate(2026, 11, 18));
    input.uid = visits.record(f.nurse, input);
    input.minutes = 55;
    CHECK_THROWS_AS(visits.correct(f.nurse, input, QString()), Error);
    visits.correct(f.nurse, input, QStringLiteral("时长记错"));
    const HomeVisit corrected = visits.visit(f.admin, input.uid);
    CHECK(corrected.minutes == 55);
    CHECK(corrected.correctionReason == QStringLiteral("时长记错"));
    CHECK(sql::scalar(
              f.db(),
              QStringLiteral("SELECT old_values FROM audit_log WHERE table_name = 'home_visits' AND action = "
                             "'UPDATE' AND record_uid = ?"),
              {input.uid})
              .toString()
              .contains(QStringLiteral("\"minutes\":40")));
    visits.withdraw(f.nurse, input.uid, QStringLiteral("重复录入"));
    CHECK(visits.forFamilyBed(f.admin, bed).isEmpty());
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT deleted FROM home_visits WHERE uid = ?"), {input.uid})
              .toInt() == 1);
}

TEST_CASE("The month's coverage counts as the county does", "[familybeds]")
{
    testing::FamilyBedFixture f;
    HomeVisitService visits(f.db());

    SECTION("with no special-difficulty elders there is no rate, neither 0 % nor 100 %")
    {
        f.addFamilyBed(QStringLiteral("刘芳"), false);
        const MonthCoverage month = visits.coverage(f.admin, QDate(2026, 11, 1));
        CHECK(month.activeBeds == 1);
        CHECK(month.specialBeds == 0);
        CHECK_FALSE(month.hasRate());
    }
    SECTION("agreements starting or ending mid-month count; two visits count once; a phone visit counts")
    {
        const QString twice =
            f.addFamilyBed(QStringLiteral("甲"), true, QDate(2026, 3, 1), QDate(2027, 2, 28));
        const QString byPhone =
            f.addFamilyBed(QStringLiteral("乙"), true, QDate(2026, 11, 15), QDate(2027, 11, 14));
        const QString endsMid =
            f.addFamilyBed(QStringLiteral("丙"), true, QDate(2025, 11, 11), QDate(2026, 11, 10));
        f.addFamilyBed(QStringLiteral("丁"), true, QDate(2025, 1, 1), QDate(2026, 10, 31));  // ended before
        f.addFamilyBed(QStringLiteral("戊"), true, QDate(2026, 12, 1), QDate(2027, 11, 30)); // not yet
        visits.record(f.nurse, f.visit(twice, QDate(2026, 11, 3), QTime(9, 0)));
        visits.record(f.nurse, f.visit(twice, QDate(2026, 11, 17), QTime(9, 0)));
        HomeVisitService::Input phone = f.visit(byPhone, QDate(2026, 11, 16), QTime(10, 0), 10);
        phone.method = VisitMethod::Phone;
        visits.record(f.nurse, phone);
        const MonthCoverage month = visits.coverage(f.admin, QDate(2026, 11, 20));
        CHECK(month.activeBeds == 3);
        CHECK(month.specialBeds == 3);
        CHECK(month.specialVisited == 2);
        CHECK(month.visits == 3);
        CHECK(month.visitsInPerson == 2);
        CHECK(month.visitRatePercent() == Approx(66.7)); // 2 of 3, half up
        REQUIRE(month.unvisitedSpecial().size() == 1);
        CHECK(month.unvisitedSpecial().constFirst().familyBedUid == endsMid);

        // The module's alert names the elder still waiting, with the record.
        const QList<Alert> alerts = FamilyBedsModule().alerts(f.db(), f.admin, QDate(2026, 11, 20));
        REQUIRE(alerts.size() == 1);
        CHECK(alerts.constFirst().record == RecordRef{QStringLiteral("family_beds"), endsMid});
        CHECK(alerts.constFirst().text.contains(QStringLiteral("丙")));
        CHECK(alerts.constFirst().severity == Alert::Severity::Warning);
        CHECK(FamilyBedsModule().alerts(f.db(), f.admin, QDate(2026, 11, 27)).constFirst().severity ==
              Alert::Severity::Critical);
    }
}

TEST_CASE("A visit without its family bed or its staff member is refused naming the field", "[familybeds]")
{
    testing::FamilyBedFixture f;
    HomeVisitService visits(f.db());
    const QString bed = f.addFamilyBed(QStringLiteral("刘芳"), false);
    HomeVisitService::Input noStaff = f.visit(bed, QDate(2026, 11, 18));
    noStaff.staffUid.clear();
    HomeVisitService::Input noBed = f.visit(QString(), QDate(2026, 11, 18));
    const auto field = [&](const HomeVisitService::Input& input) {
        try {
            visits.record(f.nurse, input);
        } catch (const Error& error) {
            return error.field();
        }
        return QString();
    };
    CHECK(field(noStaff) == HomeVisitService::staffLabel());
    CHECK(field(noBed) == HomeVisitService::familyBedLabel());
    CHECK(visits.forFamilyBed(f.admin, bed).isEmpty());
}
