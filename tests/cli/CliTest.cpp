#include "CliRunner.h"
#include "TempDatabase.h"
#include "center/CenterService.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("init creates a database and check finds it clean", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    const testing::CliRun init = testing::runCli({QStringLiteral("--db"), db, QStringLiteral("init")});
    CHECK(init.exitCode == 0);
    CHECK(init.out.contains(QStringLiteral("schema version %1").arg(core::Database::latestSchemaVersion())));
    const testing::CliRun check = testing::runCli({QStringLiteral("--db"), db, QStringLiteral("check")});
    CHECK(check.exitCode == 0);
}

TEST_CASE("check fails with exit code 2 when a rule is broken", "[cli]")
{
    testing::TempDatabase db;
    core::sql::exec(db.db(), QStringLiteral("UPDATE change_sequence SET value = 0"));
    core::sql::execStatement(db.db(), QStringLiteral("CREATE TABLE stray (uid TEXT, change_seq INTEGER)"));
    core::sql::exec(db.db(), QStringLiteral("INSERT INTO stray VALUES ('a', 5)"));
    db.close();
    const testing::CliRun check =
        testing::runCli({QStringLiteral("--db"), db.path(), QStringLiteral("check")});
    CHECK(check.exitCode == 2);
    CHECK(check.out.contains(QStringLiteral("stray")));
}

TEST_CASE("backup writes a checked copy that holds the records and is noted in the database", "[cli]")
{
    testing::TempDatabase db;
    core::CenterProfile center;
    center.name = QStringLiteral("头沟镇敬老院");
    core::CenterService(db.db()).save(core::Actor(QStringLiteral("t"), core::Role::Administrator), center);
    db.close();
    const QString target = db.dir() + QStringLiteral("/copy.sqlite");
    const testing::CliRun backup = testing::runCli(
        {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), target});
    CHECK(backup.exitCode == 0);
    CHECK(core::BackupService::verify(target, core::Database::latestSchemaVersion()).isEmpty());
    {
        auto copy = core::Database::open(target, core::Database::OpenMode::ReadOnly);
        CHECK(core::CenterService(*copy).profile().name == QStringLiteral("头沟镇敬老院"));
    }
    db.reopen();
    CHECK(core::Settings(db.db()).value(core::Settings::LastBackupFile) ==
          QFileInfo(target).absoluteFilePath());
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'BACKUP'"))
              .toInt() == 1);
}

TEST_CASE("Usage errors exit with 1", "[cli]")
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("x.sqlite"));
    CHECK(testing::runCli({}).exitCode == 1);
    CHECK(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("no-such-command")}).exitCode == 1);
    CHECK(testing::runCli({QStringLiteral("--db"), db, QStringLiteral("backup")}).exitCode == 1);
    CHECK(testing::runCli({QStringLiteral("--bogus"), QStringLiteral("version")}).exitCode == 1);
    CHECK(testing::runCli({QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("version")})
              .exitCode == 1);
}

TEST_CASE("A refused request exits with 2 and a database failure with 3", "[cli]")
{
    testing::TempDatabase db;
    db.close();
    const testing::CliRun refused = testing::runCli(
        {QStringLiteral("--db"), db.path(), QStringLiteral("backup"), QStringLiteral("--out"), db.path()});
    CHECK(refused.exitCode == 2);

    const QString garbage = db.dir() + QStringLiteral("/garbage.sqlite");
    QFile file(garbage);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'g'));
    file.close();
    const testing::CliRun broken =
        testing::runCli({QStringLiteral("--db"), garbage, QStringLiteral("check")});
    CHECK(broken.exitCode == 3);
    CHECK(broken.err.contains(QStringLiteral("is not a database")));
}

TEST_CASE("Messages are translated with --lang zh_CN", "[cli]")
{
    QTemporaryDir dir;
    const testing::CliRun run = testing::runCli(
        {QStringLiteral("--db"), dir.filePath(QStringLiteral("x.sqlite")), QStringLiteral("--lang"),
         QStringLiteral("zh_CN"), QStringLiteral("no-such-command")});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("未知命令")));
}

TEST_CASE("version prints the program and schema version", "[cli]")
{
    const testing::CliRun run = testing::runCli({QStringLiteral("version")});
    CHECK(run.exitCode == 0);
    CHECK(run.out == QStringLiteral("jinglao-cli %1 (schema %2)\n")
                         .arg(QStringLiteral(JINGLAO_VERSION))
                         .arg(core::Database::latestSchemaVersion()));
}

TEST_CASE("center shows the center's details and changes those given", "[cli][center]")
{
    testing::TempDatabase temp;
    temp.close();
    const testing::CliRun set = testing::runCliOn(
        temp.path(), {QStringLiteral("center"), QStringLiteral("--name"), QStringLiteral("甲山镇敬老院"),
                      QStringLiteral("--code"), QStringLiteral("HB130821-007"), QStringLiteral("--phone"),
                      QStringLiteral("0314-3011111")});
    CHECK(set.exitCode == 0);
    const testing::CliRun shown = testing::runCliOn(
        temp.path(), {QStringLiteral("center"), QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("name\t甲山镇敬老院\n")));
    CHECK(shown.out.contains(QStringLiteral("code\tHB130821-007\n")));
    CHECK(shown.out.contains(QStringLiteral("phone\t0314-3011111\n")));

    const testing::CliRun refused = testing::runCliOn(
        temp.path(), {QStringLiteral("center"), QStringLiteral("--code"), QStringLiteral("HB 130821")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("Facility code")));
    CHECK(refused.err.contains(QStringLiteral("HB 130821")));
    CHECK(testing::runCliOn(temp.path(),
                            {QStringLiteral("center"), QStringLiteral("--format"), QStringLiteral("tsv")})
              .out == shown.out);
}
