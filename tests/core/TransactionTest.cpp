#include "storage/Transaction.h"

#include "TempDatabase.h"
#include "common/Error.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <stdexcept>
#include <thread>

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

TEST_CASE("A second writer waits for the first instead of failing, and no update is lost", "[storage]")
{
    // Each thread reads a counter and writes it back plus one, in one transaction. A deferred
    // transaction would read a snapshot, then fail ("database is locked") or, worse, write over
    // the other thread's increment when it tried to write; BEGIN IMMEDIATE queues the writers.
    testing::TempDatabase temp;
    createScratchTable(temp.db());
    core::sql::exec(temp.db(), QStringLiteral("INSERT INTO scratch VALUES ('counter', '0', '', '', 0, 0)"));
    const QString path = temp.path();
    constexpr int perThread = 60;
    std::atomic<int> failures{0};
    const auto work = [&] {
        std::unique_ptr<core::Database> db = core::Database::open(path);
        for (int i = 0; i < perThread; ++i) {
            try {
                core::Transaction transaction(*db);
                const int value =
                    core::sql::scalar(*db, QStringLiteral("SELECT note FROM scratch WHERE uid = 'counter'"))
                        .toInt();
                QThread::usleep(200); // widen the window between the read and the write
                core::sql::exec(*db, QStringLiteral("UPDATE scratch SET note = ? WHERE uid = 'counter'"),
                                {QString::number(value + 1)});
                transaction.commit();
            } catch (const core::Error&) {
                ++failures;
            }
        }
    };
    std::thread first(work);
    std::thread second(work);
    first.join();
    second.join();
    CHECK(failures == 0);
    CHECK(core::sql::scalar(temp.db(), QStringLiteral("SELECT note FROM scratch WHERE uid = 'counter'"))
              .toInt() == 2 * perThread);
}
