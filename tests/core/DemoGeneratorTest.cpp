// jinglao-cli demo's generator: a realistic center, the same for the same seed, and only into
// an empty database.

#include "demo/DemoGenerator.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "beds/BedService.h"
#include "checks/HealthCheck.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "residents/ResidentService.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {

DemoOptions small(quint32 seed)
{
    DemoOptions options;
    options.seed = seed;
    options.beds = 20;
    options.years = 1;
    return options;
}

QString joined(const QVariantMap& row, const QStringList& columns)
{
    QStringList values;
    for (const QString& column : columns)
        values.append(row.value(column).toString());
    return values.join(QLatin1Char('|'));
}

// Everything the demo wrote that is not a uid or a timestamp, in a stable order.
QStringList dump(Database& db)
{
    QStringList lines;
    const QStringList bedColumns{QStringLiteral("bed_code"),  QStringLiteral("building"),
                                 QStringLiteral("floor"),     QStringLiteral("room"),
                                 QStringLiteral("bed_type"),  QStringLiteral("dementia_unit"),
                                 QStringLiteral("in_service")};
    for (const QVariantMap& row : sql::rows(db, QStringLiteral("SELECT * FROM beds ORDER BY bed_code")))
        lines.append(joined(row, bedColumns));
    const QStringList residentColumns{QStringLiteral("name"),           QStringLiteral("id_number"),
                                      QStringLiteral("gender"),         QStringLiteral("birth_date"),
                                      QStringLiteral("category"),       QStringLiteral("admission_date"),
                                      QStringLiteral("discharge_date"), QStringLiteral("discharge_reason"),
                                      QStringLiteral("phone"),          QStringLiteral("emergency_contact"),
                                      QStringLiteral("bed_code")};
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral(
                           "SELECT r.*, b.bed_code FROM residents r LEFT JOIN beds b ON b.uid = r.bed_uid "
                           "ORDER BY r.id_number")))
        lines.append(joined(row, residentColumns));
    const QStringList assignmentColumns{QStringLiteral("id_number"), QStringLiteral("bed_code"),
                                        QStringLiteral("from_date"), QStringLiteral("to_date"),
                                        QStringLiteral("reason")};
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT r.id_number, b.bed_code, a.from_date, a.to_date, a.reason FROM bed_assignments a "
                 "JOIN residents r ON r.uid = a.resident_uid JOIN beds b ON b.uid = a.bed_uid "
                 "ORDER BY r.id_number, a.from_date, b.bed_code")))
        lines.append(joined(row, assignmentColumns));
    lines.append(Settings(db).value(Settings::FacilityName));
    return lines;
}

// Every row of every table, in the order written, each uid (random by design) replaced by the
// table and position of the record it names, wherever it appears (a column, an audit entry's
// values). Everything else, timestamps included, is compared as stored.
QStringList everyTable(Database& db)
{
    QStringList tables;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                                      "LIKE 'sqlite_%' ORDER BY name")))
        tables.append(row.value(QStringLiteral("name")).toString());
    QHash<QString, QString> names;
    QHash<QString, QList<QVariantMap>> contents;
    for (const QString& table : std::as_const(tables)) {
        const QList<QVariantMap> rows =
            sql::rows(db, QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        contents.insert(table, rows);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (rows.at(i).contains(QStringLiteral("uid")))
                names.insert(rows.at(i).value(QStringLiteral("uid")).toString(),
                             QStringLiteral("<%1#%2>").arg(table).arg(i));
        }
    }
    static const QRegularExpression uuid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    QStringList lines;
    for (const QString& table : std::as_const(tables)) {
        for (const QVariantMap& row : contents.value(table)) {
            QStringList values{table};
            for (auto it = row.cbegin(); it != row.cend(); ++it) {
                // An audit row's seal is made over its record's random uid: it differs with the
                // uid, and AuditChainTest proves the seals themselves.
                if (table == QStringLiteral("audit_log") && it.key() == QStringLiteral("chain_hash"))
                    continue;
                QString value = it.value().isNull() ? QStringLiteral("NULL") : it.value().toString();
                QString replaced;
                qsizetype from = 0;
                for (const QRegularExpressionMatch& match : uuid.globalMatch(value)) {
                    replaced += value.mid(from, match.capturedStart() - from);
                    replaced += names.value(match.captured(), QStringLiteral("<unknown uid>"));
                    from = match.capturedEnd();
                }
                replaced += value.mid(from);
                values.append(it.key() + QLatin1Char('=') + replaced);
            }
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

void runAt(Database& db, const QDateTime& wallClock, const DemoOptions& options)
{
    Clock::setFixedForTesting(wallClock);
    DemoGenerator(db).run(testing::admin(), options);
    Clock::resetForTesting();
}

} // namespace

TEST_CASE("The same seed and last day give the same records in every table, whenever the demo runs", "[demo]")
{
    DemoOptions options;
    options.seed = 5;
    options.beds = 24;
    options.years = 1;
    options.endDate = QDate(2026, 10, 31);
    testing::TempDatabase first;
    testing::TempDatabase second;
    testing::TempDatabase other;
    // Run on different days at different times of day, as a person and CI would.
    runAt(first.db(), QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(8 * 3600)), options);
    runAt(second.db(), QDateTime(QDate(2027, 3, 15), QTime(16, 47, 13), QTimeZone(8 * 3600)), options);
    DemoOptions later = options;
    later.endDate = QDate(2026, 11, 1);
    runAt(other.db(), QDateTime(QDate(2026, 11, 2), QTime(9, 0), QTimeZone(8 * 3600)), later);

    const QStringList a = everyTable(first.db());
    const QStringList b = everyTable(second.db());
    CHECK(a.size() > 1000);
    CHECK(a.filter(QStringLiteral("<unknown uid>")).isEmpty());
    REQUIRE(a.size() == b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i) != b.at(i)) {
            INFO("first:  " << a.at(i).toStdString());
            INFO("second: " << b.at(i).toStdString());
            FAIL("the two runs differ");
        }
    }
    // The record stamps are the demo's own: nothing after the end of its last day.
    for (const QString& table : {QStringLiteral("residents"), QStringLiteral("shift_logs"),
                                 QStringLiteral("assessments"), QStringLiteral("audit_log")}) {
        INFO(table.toStdString());
        const QString column =
            table == QStringLiteral("audit_log") ? QStringLiteral("at") : QStringLiteral("updated_at");
        CHECK(
            sql::scalar(first.db(), QStringLiteral("SELECT max(%1) FROM %2").arg(column, table)).toString() <=
            QStringLiteral("2026-10-31T23:59:00+08:00"));
    }
    // Another last day is another history.
    CHECK(everyTable(other.db()) != a);
}

// The same seed giving the same records is the test above, over every table.
TEST_CASE("Another seed gives other demo data", "[residents][demo]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase first;
    testing::TempDatabase other;
    DemoGenerator(first.db()).run(testing::admin(), small(7));
    DemoGenerator(other.db()).run(testing::admin(), small(8));
    const QStringList a = dump(first.db());
    CHECK(a.size() > 30);
    CHECK(a != dump(other.db()));
}

TEST_CASE("Demo data is realistic and follows every rule", "[residents][demo]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    DemoOptions options;
    options.seed = 3;
    options.beds = 60;
    options.years = 1;
    DemoGenerator(db.db()).run(testing::admin(), options);

    const BedSummary summary = BedService(db.db()).summary(testing::admin());
    CHECK(summary.inService + summary.outOfService == 60);
    CHECK(summary.outOfService >= 1);
    CHECK(summary.nursingRatio() >= 0.55);
    CHECK(summary.occupancyRate() >= 0.7);
    CHECK(summary.occupancyRate() <= 0.95);
    CHECK_FALSE(Settings(db.db()).value(Settings::FacilityName).isEmpty());
    CHECK_FALSE(Settings(db.db()).value(Settings::FacilityCode).isEmpty());

    for (const QVariantMap& row :
         sql::rows(db.db(),
                   QStringLiteral("SELECT id_number, gender, birth_date, admission_date FROM residents"))) {
        const QString id = row.value(QStringLiteral("id_number")).toString();
        CHECK(IdNumber::isValid(id));
        CHECK(IdNumber::gender(id) == row.value(QStringLiteral("gender")).toInt());
        const QDate birth =
            QDate::fromString(row.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
        CHECK(IdNumber::birthDate(id) == birth);
        const QDate admitted =
            QDate::fromString(row.value(QStringLiteral("admission_date")).toString(), Qt::ISODate);
        CHECK(birth.addYears(60) <= admitted);
        CHECK(birth.addYears(100) > QDate(2026, 11, 2));
    }
    CHECK(sql::scalar(db.db(),
                      QStringLiteral("SELECT count(*) FROM residents WHERE discharge_date IS NOT NULL"))
              .toInt() > 0);
    CHECK(
        sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents WHERE category = 'TK'")).toInt() >
        sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents WHERE category = 'DBBY'"))
            .toInt());
    // Occupancy today from the history agrees with the beds held now.
    CHECK(BedService(db.db()).occupancyOn(testing::admin(), QDate(2026, 11, 2)) == summary.occupied);
    // So do the figures counted from the beds' service periods, today and in the past: every bed
    // was in service when the history began.
    const BedSummary onDay = BedService(db.db()).summaryOn(testing::admin(), QDate(2026, 11, 2));
    CHECK(onDay.inService == summary.inService);
    CHECK(onDay.nursing == summary.nursing);
    CHECK(onDay.occupied == summary.occupied);
    CHECK(BedService(db.db()).summaryOn(testing::admin(), QDate(2025, 1, 1)).inService == 60);
    // And the whole health check: the demo breaks no rule the program checks.
    QStringList findings;
    for (const HealthCheck::Finding& finding : HealthCheck(db.db()).run())
        findings.append(finding.check + QStringLiteral(": ") + finding.message);
    CHECK(findings == QStringList());
}

TEST_CASE("The demo refuses a database that already holds records", "[residents][demo]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    testing::addBed(db.db(), QStringLiteral("A-101-1"));
    try {
        DemoGenerator(db.db()).run(testing::admin(), small(1));
        FAIL("demo data was written into a non-empty database");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Conflict);
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM beds")).toInt() == 1);
}
