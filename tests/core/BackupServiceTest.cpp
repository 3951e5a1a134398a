#include "storage/BackupService.h"

#include "TempDatabase.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QFile>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("A backup is a checked copy that opens with the same records", "[storage][backup]")
{
    testing::TempDatabase db;
    const core::Actor actor = core::Actor::osUser();
    core::Settings(db.db()).setValue(actor, core::Settings::FacilityName, QStringLiteral("东庄镇敬老院"));
    const QString target = db.dir() + QStringLiteral("/backup.sqlite");

    const core::BackupService::Result result = core::BackupService(db.db()).backup(actor, target);
    CHECK(result.bytes > 0);
    CHECK(result.schemaVersion == core::Database::latestSchemaVersion());
    CHECK(core::BackupService::verify(target, result.schemaVersion).isEmpty());
    CHECK_FALSE(QFile::exists(target + QStringLiteral(".partial")));

    auto copy = core::Database::open(target);
    CHECK(core::Settings(*copy).value(core::Settings::FacilityName) == QStringLiteral("东庄镇敬老院"));

    SECTION("the backup is recorded in the settings and the audit log")
    {
        CHECK_FALSE(core::Settings(db.db()).value(core::Settings::LastBackupAt).isEmpty());
        CHECK(core::sql::scalar(db.db(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'BACKUP'"))
                  .toInt() == 1);
    }
    SECTION("a second backup replaces the older file")
    {
        CHECK_NOTHROW(core::BackupService(db.db()).backup(actor, target));
    }
}

TEST_CASE("A backup onto the open database or into a missing folder is refused", "[storage][backup]")
{
    testing::TempDatabase db;
    core::BackupService service(db.db());
    CHECK_THROWS_AS(service.backup(core::Actor::osUser(), db.path()), core::Error);
    CHECK_THROWS_AS(service.backup(core::Actor::osUser(), db.dir() + QStringLiteral("/missing/b.sqlite")),
                    core::Error);
}

TEST_CASE("A read-only user may not back up", "[storage][backup]")
{
    testing::TempDatabase db;
    const core::Actor reader(QStringLiteral("reader"), core::Role::ReadOnly);
    try {
        core::BackupService(db.db()).backup(reader, db.dir() + QStringLiteral("/b.sqlite"));
        FAIL("no error");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Permission);
    }
}

TEST_CASE("Verifying a file that is not a database reports the problem", "[storage][backup]")
{
    testing::TempDatabase db;
    const QString path = db.dir() + QStringLiteral("/not-a-db.sqlite");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(4096, 'x'));
    file.close();
    CHECK_FALSE(core::BackupService::verify(path, 1).isEmpty());
}
