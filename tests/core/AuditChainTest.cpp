#include "auth/AuditChain.h"

#include "OldSchemaFile.h"
#include "TempDatabase.h"
#include "auth/AuditLog.h"
#include "checks/HealthCheck.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;
using jinglao::testing::TempDatabase;

namespace {

void writeEvents(Database& db, int count)
{
    const Actor admin = Actor::commandLine();
    for (int i = 1; i <= count; ++i)
        AuditLog::recordEventNow(db, admin, AuditLog::Action::Other, QStringLiteral("event %1").arg(i));
}

// The messages of the findings of one check.
QStringList findingsOf(Database& db, const QString& check)
{
    QStringList messages;
    for (const CheckFinding& finding : HealthCheck(db).run())
        if (finding.check == check) {
            CHECK(finding.damage);
            messages.append(finding.message);
        }
    return messages;
}

// What someone with the sqlite3 shell can do: drop a safeguard, then change the rows.
void behindTheProgramsBack(Database& db, const QString& statement)
{
    sql::execStatement(db, statement);
}

} // namespace

TEST_CASE("Audit rows are numbered without gaps and each is sealed with the seal of the row before it",
          "[audit][chain]")
{
    TempDatabase temp;
    writeEvents(temp.db(), 5);
    QSqlQuery query = sql::exec(
        temp.db(), QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(AuditChain::selectedColumns()));
    qint64 expected = 1;
    QString previous;
    while (query.next()) {
        const AuditChain::Entry entry = AuditChain::entryOf(query);
        CHECK(entry.id == expected);
        const QString stored = query.value(9).toString();
        CHECK(stored.size() == 64);
        CHECK(stored == AuditChain::seal(previous, entry));
        previous = stored;
        ++expected;
    }
    CHECK(expected > 5);
    CHECK(findingsOf(temp.db(), QStringLiteral("audit_chain")).isEmpty());
    CHECK(findingsOf(temp.db(), QStringLiteral("safeguards")).isEmpty());
}

TEST_CASE("The seal covers every column and the previous seal", "[audit][chain]")
{
    const AuditChain::Entry entry{7,
                                  QStringLiteral("2026-12-01T08:00:00+08:00"),
                                  QStringLiteral("wang"),
                                  QStringLiteral("UPDATE"),
                                  QStringLiteral("residents"),
                                  QStringLiteral("u-1"),
                                  QStringLiteral("{\"name\":\"张三\"}"),
                                  QStringLiteral("{\"name\":\"李四\"}"),
                                  QVariant()};
    const QString sealed = AuditChain::seal(QStringLiteral("abc"), entry);
    CHECK(AuditChain::seal(QStringLiteral("abd"), entry) != sealed);
    AuditChain::Entry changed = entry;
    changed.id = 8;
    CHECK(AuditChain::seal(QStringLiteral("abc"), changed) != sealed);
    changed = entry;
    changed.newValues = QStringLiteral("{\"name\":\"李五\"}");
    CHECK(AuditChain::seal(QStringLiteral("abc"), changed) != sealed);
    // A null is not an empty text, and text cannot move from one column to the next.
    changed = entry;
    changed.detail = QString(QLatin1String(""));
    CHECK(AuditChain::seal(QStringLiteral("abc"), changed) != sealed);
    changed = entry;
    changed.actor = QStringLiteral("wan");
    changed.action = QStringLiteral("gUPDATE");
    CHECK(AuditChain::seal(QStringLiteral("abc"), changed) != sealed);
}

TEST_CASE("check names the first audit row changed outside the program and the safeguard removed",
          "[audit][chain]")
{
    TempDatabase temp;
    writeEvents(temp.db(), 8);
    behindTheProgramsBack(temp.db(), QStringLiteral("DROP TRIGGER audit_log_refuses_update"));
    behindTheProgramsBack(temp.db(),
                          QStringLiteral("UPDATE audit_log SET detail = 'nothing happened' WHERE id = 4"));
    behindTheProgramsBack(temp.db(), QStringLiteral("UPDATE audit_log SET actor = 'li' WHERE id = 6"));

    const QStringList chain = findingsOf(temp.db(), QStringLiteral("audit_chain"));
    REQUIRE(chain.size() == 2);
    CHECK(chain.at(0).startsWith(QStringLiteral("Audit row 4 (")));
    CHECK(chain.at(1).startsWith(QStringLiteral("Audit row 6 (")));
    const QStringList safeguards = findingsOf(temp.db(), QStringLiteral("safeguards"));
    REQUIRE(safeguards.size() == 1);
    CHECK(safeguards.at(0).contains(QStringLiteral("audit_log_refuses_update")));
    CHECK(safeguards.at(0).contains(QStringLiteral("missing")));
}

TEST_CASE("check names audit rows deleted outside the program", "[audit][chain]")
{
    TempDatabase temp;
    writeEvents(temp.db(), 10);
    behindTheProgramsBack(temp.db(), QStringLiteral("DROP TRIGGER audit_log_refuses_delete"));
    behindTheProgramsBack(temp.db(), QStringLiteral("DELETE FROM audit_log WHERE id IN (3, 7, 8)"));
    const QStringList chain = findingsOf(temp.db(), QStringLiteral("audit_chain"));
    // The gaps, and the rows after them, whose seals were made from the deleted rows' seals.
    CHECK(chain.contains(
        QStringLiteral("Audit rows 3, 7–8 are missing: they were deleted outside the program.")));
    CHECK(chain.filter(QStringLiteral("Audit row 4 (")).size() == 1);
    CHECK(chain.filter(QStringLiteral("Audit row 9 (")).size() == 1);
}

TEST_CASE("check notices a safeguard rewritten or added outside the program", "[audit][chain]")
{
    TempDatabase temp;
    behindTheProgramsBack(temp.db(), QStringLiteral("DROP TRIGGER audit_log_refuses_delete"));
    behindTheProgramsBack(temp.db(),
                          QStringLiteral("CREATE TRIGGER audit_log_refuses_delete BEFORE DELETE ON "
                                         "audit_log WHEN 0 BEGIN SELECT 1; END"));
    behindTheProgramsBack(
        temp.db(), QStringLiteral("CREATE TRIGGER my_own AFTER INSERT ON settings BEGIN SELECT 1; END"));
    const QStringList safeguards = findingsOf(temp.db(), QStringLiteral("safeguards"));
    REQUIRE(safeguards.size() == 2);
    CHECK(safeguards.filter(QStringLiteral("audit_log_refuses_delete differs")).size() == 1);
    CHECK(safeguards.filter(QStringLiteral("trigger my_own that this program did not install")).size() == 1);
}

TEST_CASE("The file refuses an audit row without its seal or out of number", "[audit][chain]")
{
    TempDatabase temp;
    writeEvents(temp.db(), 2);
    const qint64 next =
        sql::scalar(temp.db(), QStringLiteral("SELECT max(id) + 1 FROM audit_log")).toLongLong();
    const QString insert =
        QStringLiteral("INSERT INTO audit_log (id, at, actor, action, detail, chain_hash) "
                       "VALUES (%1, '2026-12-01T08:00:00+08:00', 'x', 'OTHER', 'forged', %2)");
    const QString seal = QString(64, QLatin1Char('a'));
    CHECK_THROWS_AS(sql::execStatement(temp.db(), insert.arg(next).arg(QStringLiteral("NULL"))), Error);
    CHECK_THROWS_AS(
        sql::execStatement(temp.db(), insert.arg(next + 1).arg(QLatin1Char('\'') + seal + QLatin1Char('\''))),
        Error);
    CHECK(sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE detail = 'forged'"))
              .toInt() == 0);
}

TEST_CASE("Upgrading to version 15 seals the audit rows already in the file, in order",
          "[audit][chain][storage]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    QStringList rows;
    for (int i = 1; i <= 12; ++i)
        rows.append(QStringLiteral("INSERT INTO audit_log (at, actor, action, detail) VALUES "
                                   "('2026-01-01T08:%1:00+08:00', 'wang', 'OTHER', 'old event %2')")
                        .arg(i, 2, 10, QLatin1Char('0'))
                        .arg(i));
    jinglao::testing::writeFileAtVersion(path, 14, rows);
    const std::unique_ptr<Database> db = Database::open(path);
    CHECK(db->schemaVersion() == Database::latestSchemaVersion());
    CHECK(
        sql::scalar(*db, QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE 'old event %' AND "
                                        "length(chain_hash) = 64"))
            .toInt() == 12);
    writeEvents(*db, 2);
    CHECK(findingsOf(*db, QStringLiteral("audit_chain")).isEmpty());
    CHECK(findingsOf(*db, QStringLiteral("safeguards")).isEmpty());
    // Sealed rows are append-only again.
    CHECK_THROWS_AS(sql::execStatement(*db, QStringLiteral("UPDATE audit_log SET detail = 'x' WHERE id = 1")),
                    Error);
}
