#include "storage/Transaction.h"

#include "TempDatabase.h"
#include "common/Error.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

#include <stdexcept>

using namespace jinglao;

namespace {
void createScratchTable(core::Database& db)
{
    core::sql::execStatement(
        db, QStringLiteral("CREATE TABLE scratch (uid TEXT PRIMARY KEY, note TEXT NOT NULL, "
                           "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                           "change_seq INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0)"));
}

int scratchRows(core::Database& db)
{
    return core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM scratch")).toInt();
}
int auditRows(core::Database& db)
{
    return core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
}
} // namespace

TEST_CASE("A write that fails part-way leaves the file as it was", "[storage]")
{
    testing::TempDatabase db;
    createScratchTable(db.db());
    const qint64 sequenceBefore =
        core::sql::scalar(db.db(), QStringLiteral("SELECT value FROM change_sequence")).toLongLong();

    SECTION("an exception before commit rolls everything back")
    {
        try {
            core::Transaction transaction(db.db());
            core::RecordWriter writer(db.db(), core::Actor::osUser());
            writer.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("first")}});
            writer.insert(QStringLiteral("scratch"),
                          {{QStringLiteral("note"), QVariant()}}); // NOT NULL fails
            transaction.commit();
            FAIL("the second insert should have failed");
        } catch (const core::Error& error) {
            CHECK(error.kind() == core::Error::Kind::Storage);
        }
    }
    SECTION("a failed inner transaction makes the outer one roll back")
    {
        core::Transaction outer(db.db());
        core::RecordWriter writer(db.db(), core::Actor::osUser());
        writer.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("outer")}});
        try {
            core::Transaction inner(db.db());
            throw std::runtime_error("inner step failed");
        } catch (const std::runtime_error&) {
        }
        CHECK_THROWS_AS(outer.commit(), core::Error);
    }
    db.reopen();
    CHECK(scratchRows(db.db()) == 0);
    CHECK(auditRows(db.db()) == 0);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT value FROM change_sequence")).toLongLong() ==
          sequenceBefore);
}

TEST_CASE("A committed write survives reopening the file", "[storage]")
{
    testing::TempDatabase db;
    createScratchTable(db.db());
    {
        core::Transaction transaction(db.db());
        core::RecordWriter(db.db(), core::Actor::osUser())
            .insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("kept")}});
        transaction.commit();
    }
    db.reopen();
    CHECK(scratchRows(db.db()) == 1);
}

TEST_CASE("RecordWriter refuses to write outside a transaction", "[storage]")
{
    testing::TempDatabase db;
    createScratchTable(db.db());
    core::RecordWriter writer(db.db(), core::Actor::osUser());
    CHECK_THROWS_AS(writer.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("x")}}),
                    std::logic_error);
}
