#include "AssessmentTestData.h"
#include "TempDatabase.h"

#include <QProcess>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run runCli(const QString& database, const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(JINGLAO_CLI), QStringList{QStringLiteral("--db"), database,
                                                           QStringLiteral("--lang"), QStringLiteral("en")} +
                                                   arguments);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("assessments-due lists the residents due on a date", "[assessments]")
{
    testing::TempDatabase db;
    testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    testing::insertResident(db.db(), QStringLiteral("尚未入住"), QDate(2026, 12, 1));
    db.close();

    const Run run = runCli(db.path(), {QStringLiteral("assessments-due"), QStringLiteral("--date"),
                                       QStringLiteral("2026-11-20")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("王秀英\t\t\t\t2026-10-01\t50")));
    CHECK_FALSE(run.out.contains(QStringLiteral("尚未入住")));

    CHECK(runCli(db.path(),
                 {QStringLiteral("assessments-due"), QStringLiteral("--date"), QStringLiteral("tomorrow")})
              .code == 2);
}

TEST_CASE("assessment-interval shows and sets the interval", "[assessments]")
{
    testing::TempDatabase db;
    db.close();
    Run run = runCli(db.path(), {QStringLiteral("assessment-interval")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("6 month")));
    run = runCli(db.path(), {QStringLiteral("assessment-interval"), QStringLiteral("12")});
    CHECK(run.code == 0);
    CHECK(run.out.contains(QStringLiteral("12 month")));
    run = runCli(db.path(), {QStringLiteral("assessment-interval"), QStringLiteral("0")});
    CHECK(run.code == 2);
    CHECK(run.err.contains(QStringLiteral("0")));
}
