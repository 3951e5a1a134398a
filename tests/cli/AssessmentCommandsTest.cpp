#include "AssessmentTestData.h"
#include "CliRunner.h"
#include "TempDatabase.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("assessments-due lists the residents due on a date", "[assessments]")
{
    testing::TempDatabase db;
    testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    testing::insertResident(db.db(), QStringLiteral("尚未入住"), QDate(2026, 12, 1));
    db.close();

    const testing::CliRun run =
        testing::runCliOn(db.path(), {QStringLiteral("assessments-due"), QStringLiteral("--date"),
                                      QStringLiteral("2026-11-20")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("王秀英\t\t\t\t2026-10-01\t50")));
    CHECK_FALSE(run.out.contains(QStringLiteral("尚未入住")));

    CHECK(testing::runCliOn(db.path(), {QStringLiteral("assessments-due"), QStringLiteral("--date"),
                                        QStringLiteral("tomorrow")})
              .exitCode == 2);
}

TEST_CASE("assessment-interval shows and sets the interval", "[assessments]")
{
    testing::TempDatabase db;
    db.close();
    testing::CliRun run = testing::runCliOn(db.path(), {QStringLiteral("assessment-interval")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("6 month")));
    run = testing::runCliOn(db.path(), {QStringLiteral("assessment-interval"), QStringLiteral("12")});
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("12 month")));
    run = testing::runCliOn(db.path(), {QStringLiteral("assessment-interval"), QStringLiteral("0")});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("0")));
}
