#include "auth/AuditLog.h"

#include "TempDatabase.h"
#include "auth/AuditQuery.h"
#include "auth/PasswordHasher.h"
#include "auth/Privacy.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace jinglao::core;
using jinglao::testing::TempDatabase;

namespace {

struct FastHashing {
    FastHashing() { PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { PasswordHasher::resetForTesting(); }
};

QVariantMap lastAudit(TempDatabase& temp)
{
    return sql::row(temp.db(), QStringLiteral("SELECT * FROM audit_log ORDER BY id DESC LIMIT 1"));
}

} // namespace

TEST_CASE("Every kind of write leaves an audit row naming the logged-in user", "[audit]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, QStringLiteral("nurse-pass-1"));
    const QString nurseUid = users.findUser(QStringLiteral("zhao"))->uid;
    QVariantMap row = lastAudit(temp);
    CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("INSERT"));
    CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("wang"));
    CHECK(row.value(QStringLiteral("table_name")).toString() == QStringLiteral("users"));
    CHECK(row.value(QStringLiteral("record_uid")).toString() == nurseUid);
    // The hash never reaches the audit log, only that it was set.
    CHECK(row.value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("\"password_hash\":\"***\"")));

    const Actor nurse = users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1"));
    row = lastAudit(temp);
    CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("LOGIN"));
    CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("zhao"));

    SECTION("an update carries old and new values")
    {
        users.setRole(admin, QStringLiteral("zhao"), Role::ReadOnly);
        row = lastAudit(temp);
        CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("UPDATE"));
        CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("wang"));
        CHECK(row.value(QStringLiteral("old_values")).toString() == QStringLiteral("{\"role\":\"NURSE\"}"));
        CHECK(row.value(QStringLiteral("new_values")).toString() ==
              QStringLiteral("{\"role\":\"READONLY\"}"));
    }
    SECTION("a withdrawal is audited as a delete by its actor")
    {
        Transaction transaction(temp.db());
        RecordWriter(temp.db(), nurse).markDeleted(QStringLiteral("users"), nurseUid);
        transaction.commit();
        row = lastAudit(temp);
        CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("DELETE"));
        CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("zhao"));
    }
    SECTION("a settings change is audited with its actor")
    {
        users.setIdleLockMinutes(admin, 20);
        row = lastAudit(temp);
        CHECK(row.value(QStringLiteral("table_name")).toString() == QStringLiteral("settings"));
        CHECK(row.value(QStringLiteral("record_uid")).toString() == QStringLiteral("idle_lock_minutes"));
        CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("wang"));
    }
    SECTION("the command line is audited as cli:<os user>")
    {
        users.setDisabled(Actor::commandLine(), QStringLiteral("zhao"), true);
        CHECK(lastAudit(temp).value(QStringLiteral("actor")).toString().startsWith(QStringLiteral("cli:")));
    }
    SECTION("the command line's OS account comes from the system, not from $USER")
    {
        // cron, systemd and some root shells leave $USER unset.
        const QByteArray saved = qgetenv("USER");
        qunsetenv("USER");
        qunsetenv("LOGNAME");
        const QString name = Actor::commandLine().name();
        qputenv("USER", saved);
        CHECK(name == QStringLiteral("cli:") + QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
        CHECK(name != QStringLiteral("cli:unknown"));
    }
    SECTION("events are audited with their actor")
    {
        AuditLog::recordEventNow(temp.db(), nurse, AuditLog::Action::Export,
                                 QStringLiteral("monthly report"));
        row = lastAudit(temp);
        CHECK(row.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
        CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("zhao"));
    }
}

TEST_CASE("Audit rows cannot be changed or deleted", "[audit]")
{
    TempDatabase temp;
    AuditLog::recordEventNow(temp.db(), Actor::commandLine(), AuditLog::Action::Other,
                             QStringLiteral("kept"));
    const qint64 rows = sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong();
    REQUIRE(rows > 0);
    CHECK_THROWS_AS(sql::exec(temp.db(), QStringLiteral("UPDATE audit_log SET actor = 'someone else'")),
                    Error);
    CHECK_THROWS_AS(sql::exec(temp.db(), QStringLiteral("DELETE FROM audit_log")), Error);
    CHECK(sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toLongLong() == rows);
    CHECK(
        sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'someone else'"))
            .toLongLong() == 0);
}

TEST_CASE("The audit log is read page by page, filtered, by administrators only", "[audit]")
{
    Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 2), QTime(8, 0), Qt::OffsetFromUTC, 8 * 3600));
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    const Actor nurse(QStringLiteral("zhao"), Role::Nurse);
    for (int i = 0; i < 25; ++i) {
        AuditLog::recordEventNow(temp.db(), i % 2 ? nurse : admin, AuditLog::Action::Other,
                                 QString::number(i));
        Clock::advanceForTesting(3600);
    }
    AuditQuery query(temp.db());

    SECTION("pages follow each other newest first without gaps")
    {
        const QList<AuditEntry> first = query.entries(admin, {}, 0, 10);
        REQUIRE(first.size() == 10);
        const QList<AuditEntry> second = query.entries(admin, {}, first.constLast().id, 10);
        REQUIRE(second.size() == 10);
        CHECK(first.constFirst().detail == QStringLiteral("24"));
        CHECK(second.constFirst().id == first.constLast().id - 1);
        CHECK(query.count(admin, {}) >= 25);
    }
    SECTION("filters by user, action and date")
    {
        AuditFilter filter;
        filter.actor = QStringLiteral("zhao");
        CHECK(query.count(admin, filter) == 12);
        filter.action = QStringLiteral("OTHER");
        CHECK(query.count(admin, filter) == 12);
        filter = {};
        filter.from = QDate(2026, 11, 3);
        filter.to = QDate(2026, 11, 3);
        CHECK(query.count(admin, filter) == 9); // 00:00 … 08:00 of the next day
        CHECK(query.actors(admin).contains(QStringLiteral("zhao")));
        // The names and tables, each once in order, as SELECT DISTINCT gives them.
        const auto distinct = [&](const QString& column) {
            QStringList values;
            for (const QVariantMap& row : sql::rows(
                     temp.db(), QStringLiteral("SELECT DISTINCT %1 AS v FROM audit_log WHERE %1 IS NOT NULL "
                                               "ORDER BY %1")
                                    .arg(column)))
                values.append(row.value(QStringLiteral("v")).toString());
            return values;
        };
        CHECK(query.actors(admin) == distinct(QStringLiteral("actor")));
        CHECK(query.tables(admin) == distinct(QStringLiteral("table_name")));
        CHECK(query.actors(admin).size() >= 2);
    }
    SECTION("nurses cannot read it")
    {
        CHECK_THROWS_AS(query.entries(nurse, {}, 0, 10), Error);
        CHECK_THROWS_AS(query.count(nurse, {}), Error);
    }
    Clock::resetForTesting();
}

TEST_CASE("An audit entry shows each field's old and new value side by side", "[audit]")
{
    AuditEntry entry;
    entry.oldValues = {{QStringLiteral("role"), QStringLiteral("NURSE")}, {QStringLiteral("disabled"), 0}};
    entry.newValues = {{QStringLiteral("role"), QStringLiteral("ADMIN")},
                       {QStringLiteral("display_name"), QStringLiteral("王")}};
    const QList<AuditFieldChange> changes = AuditQuery::fieldChanges(entry);
    REQUIRE(changes.size() == 3);
    CHECK(changes.at(0).field == QStringLiteral("disabled"));
    CHECK(changes.at(0).oldValue == QStringLiteral("0"));
    CHECK(changes.at(0).newValue.isEmpty());
    CHECK(changes.at(2).field == QStringLiteral("role"));
    CHECK(changes.at(2).oldValue == QStringLiteral("NURSE"));
    CHECK(changes.at(2).newValue == QStringLiteral("ADMIN"));
}

TEST_CASE("The audit export is formula-escaped CSV and is itself audited", "[audit][privacy]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    AuditLog::recordEventNow(temp.db(), admin, AuditLog::Action::Other, QStringLiteral("=HYPERLINK(\"x\")"));
    const QString path = temp.dir() + QStringLiteral("/audit.csv");
    CHECK(AuditQuery(temp.db()).exportCsv(admin, {}, path) >= 1);
    const QByteArray bytes = jinglao::testing::fileBytes(path);
    CHECK(bytes.startsWith("\xEF\xBB\xBF"
                           "No.,Time,User,Action,Table,Record,What,Old values,New values,Detail\r\n"));
    CHECK(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\"\r\n"));
    const QVariantMap exported = lastAudit(temp);
    CHECK(exported.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(exported.value(QStringLiteral("actor")).toString() == QStringLiteral("wang"));
    CHECK(exported.value(QStringLiteral("table_name")).toString() == QStringLiteral("audit_log"));
    const QJsonObject what =
        QJsonDocument::fromJson(exported.value(QStringLiteral("new_values")).toString().toUtf8()).object();
    CHECK(what.value(QStringLiteral("kind")).toString() == QStringLiteral("audit_csv"));
    CHECK(what.value(QStringLiteral("records")).toInt() == 1);
    CHECK(what.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("audit.csv")));
    CHECK_THROWS_AS(AuditQuery(temp.db()).exportCsv(Actor(QStringLiteral("zhao"), Role::Nurse), {}, path),
                    Error);
}

TEST_CASE("A NULL old value is audited as null, distinct from an empty text", "[audit]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    QString uid;
    {
        Transaction transaction(temp.db());
        RecordWriter writer(temp.db(), admin);
        uid = writer.insert(QStringLiteral("staff"),
                            {{QStringLiteral("name"), QStringLiteral("李护士")},
                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                             {QStringLiteral("phone"), QStringLiteral("")}});
        writer.update(QStringLiteral("staff"), uid,
                      {{QStringLiteral("leave_date"), QStringLiteral("2026-01-01")},
                       {QStringLiteral("phone"), QStringLiteral("13812345678")}});
        transaction.commit();
    }
    const QVariantMap row = lastAudit(temp);
    const QJsonObject old =
        QJsonDocument::fromJson(row.value(QStringLiteral("old_values")).toString().toUtf8()).object();
    CHECK(old.value(QStringLiteral("leave_date")).isNull());
    CHECK(old.value(QStringLiteral("phone")).isString());
    CHECK(old.value(QStringLiteral("phone")).toString().isEmpty());

    const QList<AuditEntry> entries = AuditQuery(temp.db()).entries(admin, {}, 0, 1);
    REQUIRE(entries.size() == 1);
    const QList<AuditFieldChange> changes = AuditQuery::fieldChanges(entries.constFirst());
    REQUIRE(changes.size() == 2);
    CHECK(changes.at(0).field == QStringLiteral("leave_date"));
    CHECK(changes.at(0).oldValue == QStringLiteral("(no value)"));
    CHECK(changes.at(1).field == QStringLiteral("phone"));
    CHECK(changes.at(1).oldValue.isEmpty());
}

TEST_CASE("ID numbers and phones in audit values are masked in the CSV and for roles without personal data",
          "[audit][privacy]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    {
        Transaction transaction(temp.db());
        RecordWriter(temp.db(), admin)
            .insert(QStringLiteral("staff"),
                    {{QStringLiteral("name"), QStringLiteral("李护士")},
                     {QStringLiteral("role"), QStringLiteral("NURSE")},
                     {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                     {QStringLiteral("id_number"), QStringLiteral("11010519491231002X")},
                     {QStringLiteral("phone"), QStringLiteral("13812345678")}});
        transaction.commit();
    }
    // An administrator sees them on the audit page …
    const AuditEntry seen = AuditQuery(temp.db()).entries(admin, {}, 0, 1).constFirst();
    CHECK(seen.newValues.value(QStringLiteral("id_number")).toString() ==
          QStringLiteral("11010519491231002X"));
    // … a role without personal data would not …
    const QVariantMap shown =
        jinglao::core::privacy::shownRecordValues(Actor(QStringLiteral("zhao"), Role::Nurse), seen.newValues);
    CHECK(shown.value(QStringLiteral("id_number")).toString() == QStringLiteral("1101**********002X"));
    CHECK(shown.value(QStringLiteral("phone")).toString() == QStringLiteral("138****5678"));
    CHECK(shown.value(QStringLiteral("name")).toString() == QStringLiteral("李护士"));
    // … and the CSV file, which leaves the program, never carries them in full.
    const QString path = temp.dir() + QStringLiteral("/audit.csv");
    AuditQuery(temp.db()).exportCsv(admin, {}, path);
    const QString csv = QString::fromUtf8(jinglao::testing::fileBytes(path));
    CHECK_FALSE(csv.contains(QStringLiteral("11010519491231002X")));
    CHECK_FALSE(csv.contains(QStringLiteral("13812345678")));
    CHECK(csv.contains(QStringLiteral("1101**********002X")));
    CHECK(csv.contains(QStringLiteral("138****5678")));
    CHECK(csv.contains(QStringLiteral("Created"))); // the action as people read it
}
