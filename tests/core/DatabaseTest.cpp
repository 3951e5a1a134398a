#include "storage/Database.h"

#include "OldSchemaFile.h"
#include "TempDatabase.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "common/Pinyin.h"
#include "storage/Migrator.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace jinglao;
using jinglao::testing::fileBytes;

namespace {
QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString target = dir.filePath(name);
    REQUIRE(QFile::copy(QStringLiteral(JINGLAO_FIXTURES_DIR "/") + name, target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

core::Error::Kind refusalKind(const QString& path, QString* message)
{
    try {
        core::Database::open(path);
    } catch (const core::Error& error) {
        *message = error.message();
        return error.kind();
    }
    FAIL("the file was opened");
    return core::Error::Kind::Validation;
}
} // namespace

TEST_CASE("A new file is created at the latest schema version with the storage pragmas", "[storage]")
{
    testing::TempDatabase db;
    CHECK(db->schemaVersion() == core::Database::latestSchemaVersion());
    CHECK(core::Database::latestSchemaVersion() == core::Migrator::migrations().size());
    CHECK(core::sql::scalar(db.db(), QStringLiteral("PRAGMA journal_mode")).toString() ==
          QStringLiteral("wal"));
    CHECK(core::sql::scalar(db.db(), QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(core::sql::scalar(db.db(), QStringLiteral("PRAGMA temp_store")).toInt() == 2);  // MEMORY
    CHECK(core::sql::scalar(db.db(), QStringLiteral("PRAGMA application_id")).toInt() ==
          core::Database::ApplicationId);
}

TEST_CASE("Migrations are numbered 1, 2, 3 … without gaps", "[storage]")
{
    const QList<core::Migrator::Migration> migrations = core::Migrator::migrations();
    REQUIRE_FALSE(migrations.isEmpty());
    for (qsizetype i = 0; i < migrations.size(); ++i)
        CHECK(migrations.at(i).version == i + 1);
}

TEST_CASE("Reopening a current file changes nothing in it", "[storage]")
{
    testing::TempDatabase db;
    core::Settings(db.db()).setValue(core::Actor::osUser(), core::Settings::FacilityName,
                                     QStringLiteral("测试"));
    db.close();
    const QByteArray before = fileBytes(db.path());
    db.reopen();
    CHECK(core::Settings(db.db()).value(core::Settings::FacilityName) == QStringLiteral("测试"));
    CHECK(db->schemaVersion() == core::Database::latestSchemaVersion());
    db.close();
    CHECK(fileBytes(db.path()) == before); // no migration, pragma or stamp wrote to it
}

TEST_CASE("A version-1 file is upgraded and keeps its records", "[storage]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.sqlite"));
    auto db = core::Database::open(path);
    CHECK(db->schemaVersion() == core::Database::latestSchemaVersion());
    CHECK(core::Settings(*db).value(core::Settings::FacilityName) == QStringLiteral("测试镇敬老院"));
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'cli:admin'"))
              .toInt() == 1);
}

TEST_CASE("A file from a newer program is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir, QStringLiteral("schema-v1.sqlite"));
    {
        auto db = core::Database::open(path);
        core::sql::execStatement(
            *db, QStringLiteral("PRAGMA user_version = %1").arg(core::Database::latestSchemaVersion() + 1));
    }
    const QByteArray before = fileBytes(path);
    QString message;
    CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
    CHECK(message.contains(QStringLiteral("newer version")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("A file that is not a SQLite database is refused and left untouched", "[storage]")
{
    QTemporaryDir dir;
    const QByteArray garbage = QByteArray("This is a shopping list, not a database.\n").repeated(200);
    const QString path = writeFile(dir, QStringLiteral("garbage.sqlite"), garbage);
    QString message;
    CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
    CHECK(message.contains(QStringLiteral("is not a database")));
    CHECK(fileBytes(path) == garbage);
}

TEST_CASE("A damaged database file is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    {
        testing::TempDatabase source;
        source.close();
        QByteArray bytes = fileBytes(source.path());
        // Overwrite the page-size field and the first schema page: the header no longer parses.
        bytes.replace(16, 8, QByteArray(8, '\xff'));
        bytes.replace(100, 400, QByteArray(400, '\x5a'));
        writeFile(dir, QStringLiteral("damaged.sqlite"), bytes);
    }
    const QByteArray before = fileBytes(path);
    QString message;
    CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Another program's SQLite database is refused", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase other =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-program"));
        other.setDatabaseName(path);
        REQUIRE(other.open());
        QSqlQuery(other).exec(QStringLiteral("CREATE TABLE songs (title TEXT)"));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-program"));
    QString message;
    CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
    CHECK(message.contains(QStringLiteral("another program")));
}

TEST_CASE("A folder given as the database file is refused", "[storage]")
{
    QTemporaryDir dir;
    QString message;
    CHECK(refusalKind(dir.path(), &message) == core::Error::Kind::Storage);
}

TEST_CASE("A missing file is created only when asked, never at a mistyped path", "[storage]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("center/data"));
    const QString path = folder + QStringLiteral("/jinglao.sqlite");
    QString message;
    CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
    CHECK(message.contains(QStringLiteral("no database")));
    CHECK(message.contains(QDir::toNativeSeparators(path)));
    CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("center"))));

    SECTION("read-only opening does not create it either")
    {
        CHECK_THROWS_AS(core::Database::open(path, core::Database::OpenMode::ReadOnly), core::Error);
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("center"))));
    }
    SECTION("an empty file is not taken for a new database")
    {
        REQUIRE(QDir().mkpath(folder));
        writeFile(dir, QStringLiteral("center/data/jinglao.sqlite"), QByteArray());
        CHECK(refusalKind(path, &message) == core::Error::Kind::Storage);
        CHECK(QFileInfo(path).size() == 0);
    }
}

TEST_CASE("An empty name and a server address are refused, not taken as files", "[storage]")
{
    QTemporaryDir dir;
    const QString previous = QDir::currentPath();
    QDir::setCurrent(dir.path());
    for (const QString& location :
         {QString(), QStringLiteral(" "), QStringLiteral("postgresql://care@db:5432/jinglao")}) {
        INFO(location.toStdString());
        try {
            core::Database::open(location, core::Database::OpenMode::CreateIfMissing);
            FAIL("opened");
        } catch (const core::Error& error) {
            CHECK(error.kind() == core::Error::Kind::Validation);
        }
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    QDir::setCurrent(previous);
}

#ifdef Q_OS_UNIX
TEST_CASE("A new database, its folders and its working files are private to their owner", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a/b/jinglao.sqlite"));
    const mode_t saved = ::umask(022);
    {
        auto db = core::Database::open(path, core::Database::OpenMode::CreateIfMissing);
        core::Settings(*db).setValue(core::Actor::osUser(), core::Settings::FacilityName,
                                     QStringLiteral("测试"));
        const auto mode = [](const QString& file) {
            struct stat info {};
            REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
            return info.st_mode & 0777;
        };
        CHECK(mode(dir.filePath(QStringLiteral("a"))) == 0700);
        CHECK(mode(dir.filePath(QStringLiteral("a/b"))) == 0700);
        CHECK(mode(path) == 0600);
        CHECK(mode(path + QStringLiteral("-wal")) == 0600);
        CHECK(mode(path + QStringLiteral("-shm")) == 0600);
    }
    ::umask(saved);
}
#endif

TEST_CASE("A database opened read-only reads its records and refuses every write with a message", "[storage]")
{
    testing::TempDatabase temp;
    core::Settings(temp.db()).setValue(core::Actor::osUser(), core::Settings::FacilityName,
                                       QStringLiteral("测试镇敬老院"));
    core::PasswordHasher::setIterationsForTesting(1000);
    core::UserService(temp.db()).createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王院长"),
                                                          QStringLiteral("admin-pass-1"));
    temp.close();
    const QByteArray before = fileBytes(temp.path());

    auto db = core::Database::open(temp.path(), core::Database::OpenMode::ReadOnly);
    CHECK(db->isReadOnly());
    CHECK(core::Settings(*db).value(core::Settings::FacilityName) == QStringLiteral("测试镇敬老院"));
    try {
        core::Settings(*db).setValue(core::Actor::osUser(), core::Settings::FacilityName,
                                     QStringLiteral("x"));
        FAIL("a read-only database was written");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Storage);
        CHECK(error.message().contains(QStringLiteral("read-only")));
        CHECK_FALSE(error.message().contains(QStringLiteral("UPDATE")));
        CHECK_FALSE(error.message().contains(QStringLiteral("INSERT")));
    }
    SECTION("a login checks the password and records nothing")
    {
        core::UserService users(*db);
        CHECK(users.login(QStringLiteral("wang"), QStringLiteral("admin-pass-1")).name() ==
              QStringLiteral("wang"));
        CHECK_THROWS_AS(users.login(QStringLiteral("wang"), QStringLiteral("wrong-pass")), core::Error);
    }
    db.reset();
    CHECK(fileBytes(temp.path()) == before);
    core::PasswordHasher::resetForTesting();
}

TEST_CASE("Upgrading to version 8 spells existing people's names anew, surnames as surnames", "[storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.sqlite"));
    const QString first17 = QStringLiteral("13082119400301001");
    testing::writeFileAtVersion(
        path, 7,
        {testing::oldRecord(QStringLiteral("residents"),
                            {{QStringLiteral("uid"), QStringLiteral("r-1")},
                             {QStringLiteral("name"), QStringLiteral("曾明")},
                             {QStringLiteral("name_pinyin"), QStringLiteral("cengming")},
                             {QStringLiteral("name_initials"), QStringLiteral("cm")},
                             {QStringLiteral("id_number"), first17 + core::IdNumber::checkCharacter(first17)},
                             {QStringLiteral("gender"), 1},
                             {QStringLiteral("birth_date"), QStringLiteral("1940-03-01")},
                             {QStringLiteral("category"), QStringLiteral("TK")},
                             {QStringLiteral("admission_date"), QStringLiteral("2025-06-01")}}),
         testing::oldRecord(QStringLiteral("staff"),
                            {{QStringLiteral("uid"), QStringLiteral("s-1")},
                             {QStringLiteral("name"), QStringLiteral("单雄信")},
                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}})});
    auto db = core::Database::open(path);
    REQUIRE(db->schemaVersion() >= 8);
    const QVariantMap resident = core::sql::row(
        *db, QStringLiteral(
                 "SELECT name_pinyin, name_initials, name_search, updated_at, change_seq FROM residents"));
    CHECK(resident.value(QStringLiteral("name_pinyin")).toString() == QStringLiteral("zengming"));
    CHECK(resident.value(QStringLiteral("name_initials")).toString() == QStringLiteral("zm"));
    CHECK(resident.value(QStringLiteral("name_search")).toString() ==
          core::pinyin::searchKey(QStringLiteral("曾明")));
    // Derived spellings are not a change of the record: the county sees nothing new.
    CHECK(resident.value(QStringLiteral("updated_at")).toString() ==
          QStringLiteral("2026-01-01T08:00:00+08:00"));
    CHECK(resident.value(QStringLiteral("change_seq")).toInt() == 1);
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT name_pinyin FROM staff")).toString() ==
          QStringLiteral("shanxiongxin"));
}

TEST_CASE("The reading helpers reuse their statements, leave no read open, and work past the cache's bound",
          "[storage]")
{
    testing::TempDatabase temp;
    core::Database& db = temp.db();
    core::sql::execStatement(db, QStringLiteral("CREATE TABLE numbers (n INTEGER)"));
    core::sql::execStatement(db, QStringLiteral("INSERT INTO numbers VALUES (1), (2), (3)"));
    const QString statement = QStringLiteral("SELECT n FROM numbers WHERE n >= ? ORDER BY n");
    // The same statement, read again with other values and again after a write, reads anew.
    CHECK(core::sql::rows(db, statement, {2}).size() == 2);
    CHECK(core::sql::scalar(db, statement, {1}).toInt() == 1);
    core::sql::execStatement(db, QStringLiteral("INSERT INTO numbers VALUES (4)"));
    CHECK(core::sql::rows(db, statement, {2}).size() == 3);
    CHECK(core::sql::row(db, statement, {4}).value(QStringLiteral("n")).toInt() == 4);
    CHECK(core::sql::row(db, statement, {9}).isEmpty());
    // scalar read only the first row; the statement was finished, so a checkpoint is not held back
    // by an open read and a second connection sees the file as written.
    auto other = core::Database::open(db.path());
    CHECK(core::sql::scalar(*other, QStringLiteral("SELECT count(*) FROM numbers")).toInt() == 4);
    CHECK(core::sql::scalar(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).toInt() == 0);
    // More distinct statements than the cache keeps: the rest are prepared each time and read right.
    for (int i = 0; i < static_cast<int>(core::Database::ReadCacheLimit) + 20; ++i)
        REQUIRE(core::sql::scalar(db, QStringLiteral("SELECT %1 + count(*) FROM numbers").arg(i)).toInt() ==
                i + 4);
    CHECK(core::sql::rows(db, statement, {3}).size() == 2);
}
