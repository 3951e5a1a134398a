// jinglao-cli demo, run as a user would: exit codes and messages.

#include "CliRunner.h"

#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

TEST_CASE("jinglao-cli demo fills an empty database and refuses a second run", "[residents][demo][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    const jinglao::testing::CliRun first = jinglao::testing::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo"),
         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--beds"), QStringLiteral("20"),
         QStringLiteral("--years"), QStringLiteral("1")});
    INFO(first.err.toStdString());
    CHECK(first.exitCode == 0);
    CHECK(first.out.contains(QStringLiteral("beds in service")));

    const jinglao::testing::CliRun second = jinglao::testing::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("demo")});
    CHECK(second.exitCode == 2);
    CHECK(second.err.contains(QStringLiteral("already holds records")));

    // The demo obeys the program's own rules: check finds nothing at all.
    const jinglao::testing::CliRun check =
        jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("check")});
    INFO(check.out.toStdString());
    CHECK(check.exitCode == 0);
    CHECK(check.out.trimmed() == QStringLiteral("No problems found."));
}

TEST_CASE("jinglao-cli demo refuses bad options", "[residents][demo][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    CHECK(jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                    QStringLiteral("--beds"), QStringLiteral("many")})
              .exitCode == 2);
    CHECK(jinglao::testing::runCli(
              {QStringLiteral("--db"), db, QStringLiteral("demo"), QStringLiteral("--beds")})
              .exitCode == 1);
    const jinglao::testing::CliRun tiny =
        jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("demo"), QStringLiteral("--beds"), QStringLiteral("3")});
    CHECK(tiny.exitCode == 2);
    CHECK(tiny.err.contains(QStringLiteral("3")));
}

TEST_CASE("jinglao-cli occupancy answers for a past day from the bed history", "[residents][beds][cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("demo"),
                                      QStringLiteral("--beds"), QStringLiteral("20"),
                                      QStringLiteral("--years"), QStringLiteral("1")})
                .exitCode == 0);
    // Long before the demo's history begins nobody held a bed.
    const jinglao::testing::CliRun before = jinglao::testing::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
         QStringLiteral("occupancy"), QStringLiteral("--date"), QStringLiteral("2000-01-01")});
    CHECK(before.exitCode == 0);
    CHECK(before.out.contains(QStringLiteral("\n2000-01-01\t0\t")));
    const jinglao::testing::CliRun today =
        jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("en"),
                                  QStringLiteral("occupancy")});
    CHECK(today.exitCode == 0);
    CHECK_FALSE(today.out.contains(QStringLiteral("\t0\t")));
    CHECK(jinglao::testing::runCli({QStringLiteral("--db"), db, QStringLiteral("occupancy"),
                                    QStringLiteral("--date"), QStringLiteral("tomorrow")})
              .exitCode == 2);
}
