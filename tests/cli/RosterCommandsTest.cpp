#include "CliRunner.h"
#include "TempDatabase.h"
#include "auth/Actor.h"
#include "staff/StaffService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("roster-templates lists the default set and switches to the two-shift set", "[cli][roster]")
{
    testing::TempDatabase temp;
    temp.close();
    const QString db = temp.path();
    const testing::CliRun list =
        testing::runCli({QStringLiteral("--db"), db, QStringLiteral("roster-templates"),
                         QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith(QStringLiteral("code\tname\tstart\tend\tmin_caregivers\nD\t")));
    CHECK(list.out.contains(QStringLiteral("\nN\t")));
    const testing::CliRun two = testing::runCli(
        {QStringLiteral("--db"), db, QStringLiteral("roster-templates"), QStringLiteral("--set"),
         QStringLiteral("two"), QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(two.exitCode == 0);
    CHECK(two.out.contains(QStringLiteral("\nA\t")));
    CHECK_FALSE(two.out.contains(QStringLiteral("\nD\t")));
    CHECK(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("roster-templates"),
                           QStringLiteral("--set"), QStringLiteral("four")})
              .exitCode == 2);
}

TEST_CASE("roster-warnings and roster-export work on a month", "[cli][roster]")
{
    testing::TempDatabase db;
    core::StaffMember member;
    member.name = QStringLiteral("=甲");
    member.hireDate = QDate(2025, 1, 1);
    core::StaffService(db.db()).add(core::Actor(QStringLiteral("t"), core::Role::Administrator), member);
    db.close();
    const testing::CliRun warnings =
        testing::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-warnings"),
                         QStringLiteral("--month"), QStringLiteral("2026-02")});
    CHECK(warnings.exitCode == 0);
    CHECK(warnings.out.count(QLatin1Char('\n')) ==
          1 + 28 * 3); // a header, then every shift short of caregivers
    CHECK(warnings.err.contains(QStringLiteral("84")));
    const QString out = QDir(db.dir()).filePath(QStringLiteral("roster.xlsx"));
    const testing::CliRun exported =
        testing::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-export"),
                         QStringLiteral("--out"), out, QStringLiteral("--month"), QStringLiteral("2026-02")});
    CHECK(exported.exitCode == 0);
    CHECK(testing::fileBytes(out).startsWith("PK"));
    CHECK(testing::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-export"),
                           QStringLiteral("--month"), QStringLiteral("2026-13")})
              .exitCode == 1);
}
