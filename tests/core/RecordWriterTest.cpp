#include "storage/RecordWriter.h"

#include "TempDatabase.h"
#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct ScratchDatabase {
    testing::TempDatabase db;
    core::Actor actor{QStringLiteral("wang.hua"), core::Role::Administrator};

    ScratchDatabase()
    {
        core::sql::execStatement(db.db(),
                                 QStringLiteral("CREATE TABLE scratch (uid TEXT PRIMARY KEY, note TEXT, "
                                                "password_hash TEXT, created_at TEXT NOT NULL, "
                                                "updated_at TEXT NOT NULL, change_seq INTEGER NOT NULL, "
                                                "deleted INTEGER NOT NULL DEFAULT 0)"));
        core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 2), QTime(8, 30), QTimeZone(8 * 3600)));
    }
    ~ScratchDatabase() { core::Clock::resetForTesting(); }

    template <typename Write> auto write(Write&& action)
    {
        core::Transaction transaction(db.db());
        core::RecordWriter writer(db.db(), actor);
        auto result = action(writer);
        transaction.commit();
        return result;
    }

    QList<QVariantMap> audit()
    {
        return core::sql::rows(db.db(), QStringLiteral("SELECT * FROM audit_log ORDER BY id"));
    }
};

QVariantMap json(const QVariant& text)
{
    return QJsonDocument::fromJson(text.toString().toUtf8()).object().toVariantMap();
}
} // namespace

TEST_CASE("Inserting stamps the record conventions and audits the new values", "[storage][audit]")
{
    ScratchDatabase s;
    const QString uid = s.write([](core::RecordWriter& w) {
        return w.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("入住")}});
    });
    const QVariantMap row =
        core::sql::row(s.db.db(), QStringLiteral("SELECT * FROM scratch WHERE uid = ?"), {uid});
    CHECK(uid.size() == 36);
    CHECK(row.value(QStringLiteral("created_at")).toString() == QStringLiteral("2026-11-02T08:30:00+08:00"));
    CHECK(row.value(QStringLiteral("updated_at")).toString() == QStringLiteral("2026-11-02T08:30:00+08:00"));
    CHECK(row.value(QStringLiteral("change_seq")).toLongLong() == 1);

    const QList<QVariantMap> audit = s.audit();
    REQUIRE(audit.size() == 1);
    CHECK(audit.at(0).value(QStringLiteral("actor")).toString() == QStringLiteral("wang.hua"));
    CHECK(audit.at(0).value(QStringLiteral("action")).toString() == QStringLiteral("INSERT"));
    CHECK(audit.at(0).value(QStringLiteral("table_name")).toString() == QStringLiteral("scratch"));
    CHECK(audit.at(0).value(QStringLiteral("record_uid")).toString() == uid);
    CHECK(json(audit.at(0).value(QStringLiteral("new_values"))).value(QStringLiteral("note")).toString() ==
          QStringLiteral("入住"));
}

TEST_CASE("Updating writes only what changed, with old and new values audited", "[storage][audit]")
{
    ScratchDatabase s;
    const QString uid = s.write([](core::RecordWriter& w) {
        return w.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("a")}});
    });
    core::Clock::advanceForTesting(60);
    const bool changed = s.write([&](core::RecordWriter& w) {
        return w.update(QStringLiteral("scratch"), uid, {{QStringLiteral("note"), QStringLiteral("b")}});
    });
    CHECK(changed);
    const QVariantMap row =
        core::sql::row(s.db.db(), QStringLiteral("SELECT * FROM scratch WHERE uid = ?"), {uid});
    CHECK(row.value(QStringLiteral("updated_at")).toString() == QStringLiteral("2026-11-02T08:31:00+08:00"));
    CHECK(row.value(QStringLiteral("change_seq")).toLongLong() == 2);
    const QList<QVariantMap> audit = s.audit();
    REQUIRE(audit.size() == 2);
    CHECK(audit.at(1).value(QStringLiteral("action")).toString() == QStringLiteral("UPDATE"));
    CHECK(json(audit.at(1).value(QStringLiteral("old_values"))).value(QStringLiteral("note")).toString() ==
          QStringLiteral("a"));
    CHECK(json(audit.at(1).value(QStringLiteral("new_values"))).value(QStringLiteral("note")).toString() ==
          QStringLiteral("b"));

    SECTION("an update that changes nothing stamps and audits nothing")
    {
        const bool again = s.write([&](core::RecordWriter& w) {
            return w.update(QStringLiteral("scratch"), uid, {{QStringLiteral("note"), QStringLiteral("b")}});
        });
        CHECK_FALSE(again);
        CHECK(s.audit().size() == 2);
    }
}

TEST_CASE("Withdrawing a record keeps it and audits a deletion", "[storage][audit]")
{
    ScratchDatabase s;
    const QString uid = s.write([](core::RecordWriter& w) {
        return w.insert(QStringLiteral("scratch"), {{QStringLiteral("note"), QStringLiteral("x")}});
    });
    s.write([&](core::RecordWriter& w) {
        w.markDeleted(QStringLiteral("scratch"), uid);
        return 0;
    });
    CHECK(core::sql::scalar(s.db.db(), QStringLiteral("SELECT deleted FROM scratch WHERE uid = ?"), {uid})
              .toInt() == 1);
    CHECK(s.audit().constLast().value(QStringLiteral("action")).toString() == QStringLiteral("DELETE"));
}

TEST_CASE("Password hashes never reach the audit log", "[storage][audit]")
{
    ScratchDatabase s;
    s.write([](core::RecordWriter& w) {
        return w.insert(QStringLiteral("scratch"),
                        {{QStringLiteral("password_hash"), QStringLiteral("pbkdf2$secret")}});
    });
    const QString audited = s.audit().constFirst().value(QStringLiteral("new_values")).toString();
    CHECK_FALSE(audited.contains(QStringLiteral("secret")));
}

TEST_CASE("The change sequence grows with every write across tables", "[storage]")
{
    ScratchDatabase s;
    core::sql::execStatement(s.db.db(),
                             QStringLiteral("CREATE TABLE other (uid TEXT PRIMARY KEY, note TEXT, "
                                            "created_at TEXT NOT NULL, updated_at TEXT NOT NULL, "
                                            "change_seq INTEGER NOT NULL, deleted INTEGER NOT NULL "
                                            "DEFAULT 0)"));
    // Inserts and an update, alternating between two tables: one counter numbers them all.
    QList<qint64> seen;
    QString first;
    for (int i = 0; i < 4; ++i) {
        const QString table = i % 2 == 0 ? QStringLiteral("scratch") : QStringLiteral("other");
        const QString uid = s.write([&](core::RecordWriter& w) { return w.insert(table, {}); });
        if (i == 0)
            first = uid;
        seen.append(core::sql::scalar(s.db.db(),
                                      QStringLiteral("SELECT change_seq FROM %1 WHERE uid = ?").arg(table),
                                      {uid})
                        .toLongLong());
    }
    s.write([&](core::RecordWriter& w) {
        return w.update(QStringLiteral("scratch"), first,
                        {{QStringLiteral("note"), QStringLiteral("changed")}});
    });
    seen.append(
        core::sql::scalar(s.db.db(), QStringLiteral("SELECT change_seq FROM scratch WHERE uid = ?"), {first})
            .toLongLong());
    CHECK(seen == QList<qint64>{1, 2, 3, 4, 5});
}

TEST_CASE("Updating a record that does not exist is refused", "[storage]")
{
    ScratchDatabase s;
    core::Transaction transaction(s.db.db());
    core::RecordWriter writer(s.db.db(), s.actor);
    try {
        writer.update(QStringLiteral("scratch"), QStringLiteral("no-such-uid"),
                      {{QStringLiteral("note"), 1}});
        FAIL("no error");
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::NotFound);
    }
}
