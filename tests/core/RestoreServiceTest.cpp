#include "storage/RestoreService.h"

#include "OldSchemaFile.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::Actor;
using core::BackupService;
using core::Database;
using core::RestoreService;

namespace {

const Actor admin = Actor(QStringLiteral("wang"), core::Role::Administrator);
const Actor nurse = Actor(QStringLiteral("zhao"), core::Role::Nurse);

struct FixedClock {
    explicit FixedClock(const QDateTime& when) { core::Clock::setFixedForTesting(when); }
    ~FixedClock() { core::Clock::resetForTesting(); }
};

QDateTime at(int day, int hour = 8)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, 0), Qt::OffsetFromUTC, 8 * 3600);
}

void setName(Database& db, const QString& name)
{
    core::Settings(db).setValue(admin, core::Settings::FacilityName, name);
}

QString nameIn(const QString& path)
{
    const std::unique_ptr<Database> db = Database::open(path, Database::OpenMode::ReadOnly);
    return core::Settings(*db).value(core::Settings::FacilityName);
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files, QDir::Name);
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// The file's header and first schema page overwritten: SQLite can no longer read it.
void damage(const QString& path)
{
    QByteArray bytes = testing::fileBytes(path);
    bytes.replace(16, 8, QByteArray(8, '\xff'));
    bytes.replace(100, 400, QByteArray(400, '\x5a'));
    writeBytes(path, bytes);
}

} // namespace

TEST_CASE("The daily backup is made once a day into the backups folder and old ones are removed",
          "[storage][backup][restore]")
{
    testing::TempDatabase temp;
    const QString backups = temp.dir() + QStringLiteral("/backups");
    BackupService(temp.db()).setKeptDailyBackups(admin, 3);
    for (int day = 1; day <= 5; ++day) {
        FixedClock clock(at(day));
        const auto first = BackupService(temp.db()).dailyIfDue(nurse); // whoever logs in first
        REQUIRE(first.has_value());
        CHECK(first->path ==
              QDir(backups).filePath(
                  QStringLiteral("jinglao-daily-202612%1.sqlite").arg(day, 2, 10, QLatin1Char('0'))));
        FixedClock later(at(day, 17));
        CHECK_FALSE(BackupService(temp.db()).dailyIfDue(nurse).has_value());
    }
    CHECK(filesIn(backups) == QStringList{QStringLiteral("jinglao-daily-20261203.sqlite"),
                                          QStringLiteral("jinglao-daily-20261204.sqlite"),
                                          QStringLiteral("jinglao-daily-20261205.sqlite")});
    CHECK((QFileInfo(backups).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    CHECK(core::sql::scalar(temp.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'BACKUP' AND "
                                           "actor = 'zhao' AND detail LIKE 'daily: %'"))
              .toInt() == 5);
}

TEST_CASE("The number of daily backups kept is a setting with a checked value", "[storage][backup][restore]")
{
    testing::TempDatabase temp;
    BackupService service(temp.db());
    CHECK(service.keptDailyBackups() == 30);
    service.setKeptDailyBackups(admin, 90);
    CHECK(service.keptDailyBackups() == 90);
    for (int wrong : {0, -1, 3651}) {
        try {
            service.setKeptDailyBackups(admin, wrong);
            FAIL("accepted " << wrong);
        } catch (const core::Error& error) {
            CHECK(error.kind() == core::Error::Kind::Validation);
            CHECK(error.message().contains(QString::number(wrong)));
            CHECK(error.message().contains(BackupService::keptDailyBackupsLabel()));
        }
    }
    CHECK_THROWS_AS(service.setKeptDailyBackups(nurse, 10), core::Error);
    CHECK(service.keptDailyBackups() == 90);
}

TEST_CASE("A file is backed up before it is upgraded to a newer schema", "[storage][backup][restore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    testing::writeFileAtVersion(
        path, 14,
        {QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES "
                        "('2026-01-01T08:00:00+08:00', 'wang', 'OTHER', 'old event')")});
    const std::unique_ptr<Database> db = Database::open(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    const QFileInfoList backups = core::BackupFolder(path).backups();
    REQUIRE(backups.size() == 1);
    CHECK(backups.at(0).fileName().startsWith(QStringLiteral("old-before-upgrade-")));
    CHECK(BackupService::verify(backups.at(0).absoluteFilePath(), 14).isEmpty());
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'BACKUP' AND "
                                                "detail LIKE 'before upgrade from schema 14: %'"))
              .toInt() == 1);

    // A file that never held a record (one another program is still setting up) needs no copy.
    const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
    testing::writeFileAtVersion(fresh, 6, {});
    CHECK(Database::open(fresh)->schemaVersion() == Database::latestSchemaVersion());
    CHECK(core::BackupFolder(fresh).backups().isEmpty());
}

TEST_CASE("A restore puts the backup in the database's place after backing up the current file",
          "[storage][restore]")
{
    testing::TempDatabase temp;
    setName(temp.db(), QStringLiteral("东庄镇敬老院"));
    const QString backup = temp.dir() + QStringLiteral("/monday.sqlite");
    BackupService(temp.db()).backup(admin, backup);
    setName(temp.db(), QStringLiteral("改错的名字"));
    temp.close();

    const RestoreService::Result result = RestoreService::restore(admin, temp.path(), backup);
    CHECK(nameIn(temp.path()) == QStringLiteral("东庄镇敬老院"));
    CHECK_FALSE(result.previousWasDamaged);
    CHECK(QFileInfo(result.previousKeptAs).fileName().startsWith(QStringLiteral("jinglao-before-restore-")));
    CHECK(nameIn(result.previousKeptAs) == QStringLiteral("改错的名字"));
    CHECK((QFileInfo(temp.path()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    temp.reopen();
    CHECK(core::sql::scalar(temp.db(), QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("wal"));
    CHECK(
        core::sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'wang' AND "
                                                    "detail LIKE 'restored from %monday.sqlite;%'"))
            .toInt() == 1);
}

TEST_CASE("A restore while another program has the database open is refused and replaces nothing",
          "[storage][restore]")
{
    testing::TempDatabase temp;
    setName(temp.db(), QStringLiteral("东庄镇敬老院"));
    const QString backup = temp.dir() + QStringLiteral("/monday.sqlite");
    BackupService(temp.db()).backup(admin, backup);
    setName(temp.db(), QStringLiteral("今天的名字"));
    // temp stays open: another program working on the file.
    try {
        RestoreService::restore(admin, temp.path(), backup);
        FAIL("restored under another program's feet");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("open")));
    }
    CHECK(core::Settings(temp.db()).value(core::Settings::FacilityName) == QStringLiteral("今天的名字"));
    setName(temp.db(), QStringLiteral("还能写"));
    temp.reopen();
    CHECK(core::Settings(temp.db()).value(core::Settings::FacilityName) == QStringLiteral("还能写"));
}

TEST_CASE("An unusable backup is refused with what is wrong with it, before anything changes",
          "[storage][restore]")
{
    testing::TempDatabase temp;
    setName(temp.db(), QStringLiteral("东庄镇敬老院"));
    temp.close();
    const QByteArray before = testing::fileBytes(temp.path());
    const QString text = temp.dir() + QStringLiteral("/notes.sqlite");
    writeBytes(text, QByteArray("这不是数据库\n").repeated(200));
    const QString foreign = temp.dir() + QStringLiteral("/foreign.sqlite");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        db.setDatabaseName(foreign);
        REQUIRE(db.open());
        QSqlQuery(db).exec(QStringLiteral("CREATE TABLE t (x)"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const QString damaged = temp.dir() + QStringLiteral("/damaged.sqlite");
    QFile::copy(temp.path(), damaged);
    damage(damaged);

    const QList<std::pair<QString, QString>> cases{
        {temp.dir() + QStringLiteral("/missing.sqlite"), QStringLiteral("does not exist")},
        {text, QStringLiteral("not a database")},
        {foreign, QStringLiteral("not a Jinglao database")},
        {damaged, QStringLiteral("not a database")},
        {temp.path(), QStringLiteral("the database itself")}};
    for (const auto& [file, reason] : cases) {
        INFO(file.toStdString());
        try {
            RestoreService::restore(admin, temp.path(), file);
            FAIL("restored from an unusable file");
        } catch (const core::Error& error) {
            CHECK(error.message().contains(reason));
            CHECK(error.message().contains(QFileInfo(file).fileName()));
        }
    }
    CHECK(testing::fileBytes(temp.path()) == before);
    CHECK_THROWS_AS(RestoreService::restore(nurse, temp.path(), temp.path()), core::Error);
    CHECK_FALSE(QFileInfo::exists(temp.dir() + QStringLiteral("/backups")));
}

TEST_CASE("A damaged database is kept aside and replaced by the newest good backup", "[storage][restore]")
{
    testing::TempDatabase temp;
    {
        FixedClock clock(at(1));
        setName(temp.db(), QStringLiteral("一号的名字"));
        BackupService(temp.db()).dailyIfDue(admin);
    }
    {
        FixedClock clock(at(2));
        setName(temp.db(), QStringLiteral("二号的名字"));
        BackupService(temp.db()).dailyIfDue(admin);
    }
    temp.close();
    const core::BackupFolder folder(temp.path());
    // The newest backup is damaged too: the one before it is offered.
    QFile::setPermissions(folder.dailyFile(QDate(2026, 12, 2)),
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    damage(folder.dailyFile(QDate(2026, 12, 2)));
    QFile(folder.dailyFile(QDate(2026, 12, 1)))
        .setFileTime(at(1).addSecs(60), QFileDevice::FileModificationTime);
    QFile(folder.dailyFile(QDate(2026, 12, 2)))
        .setFileTime(at(2).addSecs(60), QFileDevice::FileModificationTime);
    damage(temp.path());
    const QByteArray damagedBytes = testing::fileBytes(temp.path());
    CHECK(Database::isDamaged(temp.path()));
    CHECK_THROWS_AS(Database::open(temp.path()), core::Error);

    const std::optional<RestoreService::BackupInfo> good = RestoreService::newestGoodBackup(temp.path());
    REQUIRE(good.has_value());
    CHECK(good->path == folder.dailyFile(QDate(2026, 12, 1)));
    CHECK(good->centerName == QStringLiteral("一号的名字"));

    const RestoreService::Result result = RestoreService::restore(admin, temp.path(), good->path);
    CHECK(result.previousWasDamaged);
    CHECK(QFileInfo(result.previousKeptAs).fileName().startsWith(QStringLiteral("jinglao.sqlite.damaged-")));
    CHECK(testing::fileBytes(result.previousKeptAs) == damagedBytes);
    CHECK_FALSE(Database::isDamaged(temp.path()));
    CHECK(nameIn(temp.path()) == QStringLiteral("一号的名字"));
}
