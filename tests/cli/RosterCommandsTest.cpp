#include "TempDatabase.h"
#include "auth/Actor.h"
#include "staff/StaffService.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct RosterRun {
    int exitCode = -1;
    QString out;
    QString err;
};

RosterRun runRosterCli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(JINGLAO_CLI), arguments);
    REQUIRE(process.waitForStarted());
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

TEST_CASE("roster-templates lists the default set and switches to the two-shift set", "[cli][roster]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const RosterRun list = runRosterCli({QStringLiteral("--db"), db, QStringLiteral("roster-templates")});
    CHECK(list.exitCode == 0);
    CHECK(list.out.startsWith(QStringLiteral("D\t")));
    CHECK(list.out.contains(QStringLiteral("N\t")));
    const RosterRun two = runRosterCli({QStringLiteral("--db"), db, QStringLiteral("roster-templates"),
                                        QStringLiteral("--set"), QStringLiteral("two")});
    CHECK(two.exitCode == 0);
    CHECK(two.out.startsWith(QStringLiteral("A\t")));
    CHECK_FALSE(two.out.contains(QStringLiteral("D\t")));
    CHECK(runRosterCli({QStringLiteral("--db"), db, QStringLiteral("roster-templates"),
                        QStringLiteral("--set"), QStringLiteral("four")})
              .exitCode == 1);
}

TEST_CASE("roster-warnings and roster-export work on a month", "[cli][roster]")
{
    testing::TempDatabase db;
    core::StaffMember member;
    member.name = QStringLiteral("=甲");
    member.hireDate = QDate(2025, 1, 1);
    core::StaffService(db.db()).add(core::Actor(QStringLiteral("t"), core::Role::Administrator), member);
    db.close();
    const RosterRun warnings =
        runRosterCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-warnings"),
                      QStringLiteral("--month"), QStringLiteral("2026-02")});
    CHECK(warnings.exitCode == 0);
    CHECK(warnings.out.count(QLatin1Char('\n')) == 28 * 3); // every shift short of caregivers
    CHECK(warnings.err.contains(QStringLiteral("84")));
    const QString out = QDir(db.dir()).filePath(QStringLiteral("roster.xlsx"));
    const RosterRun exported =
        runRosterCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-export"),
                      QStringLiteral("--out"), out, QStringLiteral("--month"), QStringLiteral("2026-02")});
    CHECK(exported.exitCode == 0);
    CHECK(testing::fileBytes(out).startsWith("PK"));
    CHECK(runRosterCli({QStringLiteral("--db"), db.path(), QStringLiteral("roster-export"),
                        QStringLiteral("--month"), QStringLiteral("2026-13")})
              .exitCode == 1);
}
