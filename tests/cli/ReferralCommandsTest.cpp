// jinglao-cli referrals: all, the open ones, a month's with its figures; the listing's formats.

#include "CliRunner.h"
#include "ReferralFixture.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using testing::ReferralFixture;

TEST_CASE("jinglao-cli referrals lists all, the open ones and a month's with its figures", "[cli][referrals]")
{
    ReferralFixture f;
    core::ReferralService service = f.service();
    const QString back = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 10, 28), 8));
    service.admit(f.nurse, back, ReferralFixture::at(QDate(2026, 10, 28), 10));
    service.recordReturn(f.nurse, back, ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 4), 9),
                                                              QStringLiteral("肺炎")));
    service.close(f.nurse, back, ReferralFixture::at(QDate(2026, 11, 4), 10), core::ReferralOutcome::Returned, {});
    f.sent(f.wang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    f.temp.close();

    const testing::CliRun all = testing::runCliOn(f.temp.path(), {QStringLiteral("referrals")});
    REQUIRE(all.exitCode == 0);
    CHECK(all.out.contains(QStringLiteral("ZZ2026-0001")));
    CHECK(all.out.contains(QStringLiteral("ZZ2026-0002")));
    // The open one first.
    CHECK(all.out.indexOf(QStringLiteral("王德福")) < all.out.indexOf(QStringLiteral("张淑兰")));
    CHECK(all.err.contains(QStringLiteral("2 referral")));

    const testing::CliRun open =
        testing::runCliOn(f.temp.path(), {QStringLiteral("referrals"), QStringLiteral("--open"),
                                           QStringLiteral("--format"), QStringLiteral("tsv")});
    REQUIRE(open.exitCode == 0);
    const QStringList lines = open.out.trimmed().split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 2);
    CHECK(lines.at(0).startsWith(QStringLiteral("number\tresident\tinstitution")));
    CHECK(lines.at(1).contains(QStringLiteral("\tSENT\t")));
    CHECK(lines.at(1).contains(QStringLiteral("2026-11-19T08:00:00+08:00")));

    const testing::CliRun november = testing::runCliOn(
        f.temp.path(), {QStringLiteral("referrals"), QStringLiteral("--month"), QStringLiteral("2026-11")});
    REQUIRE(november.exitCode == 0);
    CHECK(november.out.contains(QStringLiteral("ZZ2026-0001"))); // returned in November
    CHECK(november.err.contains(QStringLiteral("2026-11: 1 referred out, 1 returned, 7.0 days away on average.")));

    const testing::CliRun bad = testing::runCliOn(
        f.temp.path(), {QStringLiteral("referrals"), QStringLiteral("--month"), QStringLiteral("2026-13")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("2026-13")));
}
