// The rules the database file itself enforces since schema 7, and what happens to records written
// before them: kept as they are, listed by the health check, still writable.

#include "AssessmentTestData.h"
#include "OldSchemaFile.h"
#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "checks/HealthCheck.h"
#include "common/Error.h"
#include "roster/RosterService.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::Error;

namespace {
const core::Actor admin(QStringLiteral("admin"), core::Role::Administrator);

// Writes through RecordWriter, as an import would: true when the file refused the row.
bool refused(core::Database& db, const QString& table, const QVariantMap& values)
{
    try {
        core::Transaction transaction(db);
        core::RecordWriter(db, admin).insert(table, values);
        transaction.commit();
    } catch (const Error&) {
        return true;
    }
    return false;
}

bool refusedStatement(core::Database& db, const QString& statement)
{
    try {
        core::sql::exec(db, statement);
    } catch (const Error&) {
        return true;
    }
    return false;
}

QVariantMap resident(const QString& idNumber, const QString& birthDate)
{
    return {{QStringLiteral("name"), QStringLiteral("张三")},
            {QStringLiteral("id_number"), idNumber},
            {QStringLiteral("gender"), 1},
            {QStringLiteral("birth_date"), birthDate},
            {QStringLiteral("category"), QStringLiteral("TK")},
            {QStringLiteral("admission_date"), QStringLiteral("2026-01-05")}};
}

QVariantMap withValue(QVariantMap values, const QString& column, const QVariant& value)
{
    values.insert(column, value);
    return values;
}

QStringList messagesOf(core::Database& db, const QString& check)
{
    QStringList messages;
    for (const core::HealthCheck::Finding& finding : core::HealthCheck(db).run()) {
        if (finding.check == check)
            messages.append(finding.message);
    }
    return messages;
}
} // namespace

TEST_CASE("Dates, times and timestamps must be real, not just shaped like one", "[storage][rules]")
{
    testing::TempDatabase db;
    const QString id = testing::makeIdNumber(QDate(1950, 12, 31), 1);
    for (const char* bad : {"1950-13-45", "abcd-ef-gh", "2026-02-30", "2026-1-5"})
        CHECK(refused(db.db(), QStringLiteral("residents"), resident(id, QString::fromLatin1(bad))));
    CHECK_FALSE(refused(db.db(), QStringLiteral("residents"), resident(id, QStringLiteral("1950-12-31"))));
    // A hand edit is refused by the file itself.
    CHECK(refusedStatement(db.db(), QStringLiteral("UPDATE residents SET birth_date = '1950-13-45'")));
    CHECK(refusedStatement(db.db(),
                           QStringLiteral("UPDATE residents SET updated_at = '2026-11-02T25:61:00+08:00'")));

    core::RosterService(db.db()).templates(admin);
    CHECK(refusedStatement(
        db.db(), QStringLiteral("UPDATE shift_templates SET start_time = '25:00' WHERE code = 'D'")));
    CHECK_FALSE(refusedStatement(
        db.db(), QStringLiteral("UPDATE shift_templates SET start_time = '06:30' WHERE code = 'D'")));
}

TEST_CASE("ID numbers must have the GB 11643 form, birth date and check character", "[storage][rules]")
{
    testing::TempDatabase db;
    const QString good = testing::makeIdNumber(QDate(1950, 12, 31), 1);
    QString wrongCheck = good;
    wrongCheck[17] = good.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    CHECK(refused(db.db(), QStringLiteral("residents"), resident(wrongCheck, QStringLiteral("1950-12-31"))));
    CHECK(refused(db.db(), QStringLiteral("residents"),
                  resident(QStringLiteral("ABCDEFGHIJKLMNOPQR"), QStringLiteral("1950-12-31"))));
    CHECK_FALSE(refused(db.db(), QStringLiteral("residents"), resident(good, QStringLiteral("1950-12-31"))));

    const QVariantMap staff{{QStringLiteral("name"), QStringLiteral("李护士")},
                            {QStringLiteral("role"), QStringLiteral("NURSE")},
                            {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                            {QStringLiteral("id_number"), good}};
    CHECK(
        refused(db.db(), QStringLiteral("staff"), withValue(staff, QStringLiteral("id_number"), wrongCheck)));
    CHECK_FALSE(refused(db.db(), QStringLiteral("staff"), staff));
    // Two staff records never share an ID number.
    CHECK(refused(db.db(), QStringLiteral("staff"),
                  withValue(staff, QStringLiteral("name"), QStringLiteral("王护士"))));
}

TEST_CASE("A bed is held by one open assignment, and a resident holds one bed", "[storage][rules]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = testing::addBed(db.db(), QStringLiteral("A-101-2"));
    const QString zhang = testing::insertResident(db.db(), QStringLiteral("张三"), QDate(2026, 1, 5));
    const QString li = testing::insertResident(db.db(), QStringLiteral("李四"), QDate(2026, 1, 5));
    auto assignment = [](const QString& resident, const QString& bed) {
        return QVariantMap{{QStringLiteral("resident_uid"), resident},
                           {QStringLiteral("bed_uid"), bed},
                           {QStringLiteral("from_date"), QStringLiteral("2026-01-05")}};
    };
    CHECK_FALSE(refused(db.db(), QStringLiteral("bed_assignments"), assignment(zhang, a)));
    CHECK(refused(db.db(), QStringLiteral("bed_assignments"), assignment(li, a)));
    CHECK(refused(db.db(), QStringLiteral("bed_assignments"), assignment(zhang, b)));
    CHECK_FALSE(refused(db.db(), QStringLiteral("bed_assignments"), assignment(li, b)));
}

TEST_CASE("A shift ends after it starts and names a shift template", "[storage][rules]")
{
    testing::TempDatabase db;
    core::RosterService(db.db()).templates(admin);
    QString staff;
    {
        core::Transaction transaction(db.db());
        staff = core::RecordWriter(db.db(), admin)
                    .insert(QStringLiteral("staff"),
                            {{QStringLiteral("name"), QStringLiteral("李护士")},
                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}});
        transaction.commit();
    }
    const QVariantMap shift{{QStringLiteral("staff_uid"), staff},
                            {QStringLiteral("shift_date"), QStringLiteral("2026-11-02")},
                            {QStringLiteral("shift_code"), QStringLiteral("D")},
                            {QStringLiteral("start_at"), QStringLiteral("2026-11-02T07:00:00+08:00")},
                            {QStringLiteral("end_at"), QStringLiteral("2026-11-02T15:00:00+08:00")}};
    CHECK(refused(db.db(), QStringLiteral("shifts"),
                  withValue(shift, QStringLiteral("end_at"), QStringLiteral("2026-11-02T06:00:00+08:00"))));
    CHECK(refused(db.db(), QStringLiteral("shifts"),
                  withValue(shift, QStringLiteral("end_at"), QStringLiteral("2026-11-02T07:00:00+08:00"))));
    CHECK(refused(db.db(), QStringLiteral("shifts"),
                  withValue(shift, QStringLiteral("shift_code"), QStringLiteral("X"))));
    CHECK_FALSE(refused(db.db(), QStringLiteral("shifts"), shift));
}

TEST_CASE("An assessment's parts add up, its item scores are JSON and it is raised one step at most",
          "[storage][rules]")
{
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("张三"), QDate(2025, 1, 5));
    const QVariantMap assessment{{QStringLiteral("resident_uid"), resident},
                                 {QStringLiteral("assessed_on"), QStringLiteral("2025-06-01")},
                                 {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                                 {QStringLiteral("total"), 70},
                                 {QStringLiteral("preliminary_level"), 1},
                                 {QStringLiteral("level"), 2},
                                 {QStringLiteral("item_scores"), QStringLiteral("{\"vision\":2}")}};
    CHECK(refused(db.db(), QStringLiteral("assessments"),
                  withValue(assessment, QStringLiteral("item_scores"), QStringLiteral("vision=2"))));
    CHECK(refused(db.db(), QStringLiteral("assessments"),
                  withValue(assessment, QStringLiteral("item_scores"), QStringLiteral("[2, 1]"))));
    CHECK(refused(db.db(), QStringLiteral("assessments"), withValue(assessment, QStringLiteral("level"), 3)));
    QVariantMap coma = withValue(assessment, QStringLiteral("level"), 4);
    coma.insert(QStringLiteral("coma"), 1);
    CHECK_FALSE(refused(db.db(), QStringLiteral("assessments"), coma));
    CHECK_FALSE(refused(db.db(), QStringLiteral("assessments"), assessment));
}

TEST_CASE("A record is never updated before it exists", "[storage][rules]")
{
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("张三"), QDate(2025, 1, 5));
    CHECK(refusedStatement(db.db(),
                           QStringLiteral("UPDATE residents SET updated_at = '2000-01-01T00:00:00+08:00'")));
    core::Transaction transaction(db.db());
    core::RecordWriter writer(db.db(), admin);
    CHECK_THROWS_AS(
        writer.update(QStringLiteral("residents"), resident,
                      {{QStringLiteral("name"), QStringLiteral("张三丰")},
                       {QStringLiteral("updated_at"), QStringLiteral("2000-01-01T00:00:00+08:00")}}),
        Error);
    CHECK_THROWS_AS(
        writer.insert(QStringLiteral("staff"),
                      {{QStringLiteral("name"), QStringLiteral("李护士")},
                       {QStringLiteral("role"), QStringLiteral("NURSE")},
                       {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                       {QStringLiteral("created_at"), QStringLiteral("2026-01-02T08:00:00+08:00")},
                       {QStringLiteral("updated_at"), QStringLiteral("2026-01-01T08:00:00+08:00")}}),
        Error);
}

TEST_CASE("An old file whose records break the new rules upgrades; check lists them and they stay writable",
          "[storage][rules]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    // Schema 6, written by an older program and a hand edit: a resident with an impossible birth
    // date and ID number, two staff sharing an ID number, an assessment raised two steps, a shift
    // log stamped as changed before it was written, a bed held since before it was created and
    // English template names.
    const QString staffId = testing::makeIdNumber(QDate(1980, 5, 6), 2);
    using testing::oldRecord;
    testing::writeFileAtVersion(
        path, 6,
        {oldRecord(QStringLiteral("beds"), {{QStringLiteral("uid"), QStringLiteral("bed-1")},
                                            {QStringLiteral("bed_code"), QStringLiteral("A-101-1")},
                                            {QStringLiteral("room"), QStringLiteral("101")},
                                            {QStringLiteral("bed_type"), QStringLiteral("NURSING")}}),
         oldRecord(QStringLiteral("residents"),
                   {{QStringLiteral("uid"), QStringLiteral("r-1")},
                    {QStringLiteral("name"), QStringLiteral("张三")},
                    {QStringLiteral("id_number"), QStringLiteral("110105194913450021")},
                    {QStringLiteral("gender"), 1},
                    {QStringLiteral("birth_date"), QStringLiteral("1949-13-45")},
                    {QStringLiteral("category"), QStringLiteral("TK")},
                    {QStringLiteral("admission_date"), QStringLiteral("2025-06-01")},
                    {QStringLiteral("bed_uid"), QStringLiteral("bed-1")}}),
         oldRecord(QStringLiteral("bed_assignments"),
                   {{QStringLiteral("uid"), QStringLiteral("a-1")},
                    {QStringLiteral("resident_uid"), QStringLiteral("r-1")},
                    {QStringLiteral("bed_uid"), QStringLiteral("bed-1")},
                    {QStringLiteral("from_date"), QStringLiteral("2025-06-01")}}),
         oldRecord(QStringLiteral("staff"), {{QStringLiteral("uid"), QStringLiteral("s-1")},
                                             {QStringLiteral("name"), QStringLiteral("李护士")},
                                             {QStringLiteral("id_number"), staffId},
                                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}}),
         oldRecord(QStringLiteral("staff"), {{QStringLiteral("uid"), QStringLiteral("s-2")},
                                             {QStringLiteral("name"), QStringLiteral("王护士")},
                                             {QStringLiteral("id_number"), staffId},
                                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}}),
         testing::oldAssessmentRaisedTwoSteps(QStringLiteral("r-1")),
         oldRecord(QStringLiteral("shift_templates"),
                   {{QStringLiteral("uid"), QStringLiteral("t-1")},
                    {QStringLiteral("code"), QStringLiteral("D")},
                    {QStringLiteral("name"), QStringLiteral("Early shift")},
                    {QStringLiteral("start_time"), QStringLiteral("07:00")},
                    {QStringLiteral("end_time"), QStringLiteral("15:00")},
                    {QStringLiteral("min_caregivers"), 3}}),
         oldRecord(QStringLiteral("shifts"),
                   {{QStringLiteral("uid"), QStringLiteral("sh-1")},
                    {QStringLiteral("staff_uid"), QStringLiteral("s-1")},
                    {QStringLiteral("shift_date"), QStringLiteral("2025-12-31")},
                    {QStringLiteral("shift_code"), QStringLiteral("D")},
                    {QStringLiteral("start_at"), QStringLiteral("2025-12-31T07:00:00+08:00")},
                    {QStringLiteral("end_at"), QStringLiteral("2025-12-31T15:00:00+08:00")}}),
         oldRecord(QStringLiteral("shift_logs"),
                   {{QStringLiteral("uid"), QStringLiteral("l-1")},
                    {QStringLiteral("shift_uid"), QStringLiteral("sh-1")},
                    {QStringLiteral("written_at"), QStringLiteral("2025-12-31T10:00:00+08:00")},
                    {QStringLiteral("author_staff_uid"), QStringLiteral("s-1")},
                    {QStringLiteral("summary"), QStringLiteral("平稳")},
                    {QStringLiteral("updated_at"), QStringLiteral("2025-12-31T10:00:00+08:00")}})});

    auto db = core::Database::open(path);
    CHECK(db->schemaVersion() == core::Database::latestSchemaVersion());
    // Nothing was rewritten.
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT birth_date FROM residents")).toString() ==
          QStringLiteral("1949-13-45"));
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT level FROM assessments")).toInt() == 3);
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT updated_at FROM shift_logs")).toString() ==
          QStringLiteral("2025-12-31T10:00:00+08:00"));

    const QStringList rules = messagesOf(*db, QStringLiteral("record_rules"));
    const QString all = rules.join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("1949-13-45")));
    CHECK(all.contains(QStringLiteral("1101**********0021"))); // ID numbers are masked in the report
    CHECK(all.contains(QStringLiteral("The assessment of 张三 on 2025-07-01")));
    CHECK(all.contains(QStringLiteral("review")));
    CHECK(all.contains(QStringLiteral("before it was created")));
    CHECK(all.contains(QStringLiteral("Staff member 王护士")));

    SECTION("the records stay writable; a new record breaking a rule is refused")
    {
        core::Transaction transaction(*db);
        core::RecordWriter writer(*db, admin);
        CHECK(writer.update(QStringLiteral("residents"), QStringLiteral("r-1"),
                            {{QStringLiteral("phone"), QStringLiteral("13812345678")}}));
        CHECK(writer.update(QStringLiteral("staff"), QStringLiteral("s-2"),
                            {{QStringLiteral("phone"), QStringLiteral("13812345679")}}));
        transaction.commit();
        CHECK(refused(*db, QStringLiteral("staff"),
                      {{QStringLiteral("name"), QStringLiteral("赵护士")},
                       {QStringLiteral("role"), QStringLiteral("NURSE")},
                       {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")},
                       {QStringLiteral("id_number"), testing::makeIdNumber(QDate(1980, 5, 6), 2)}}));
    }
    SECTION("existing beds are in service since their creation, or since someone first held them")
    {
        const QVariantMap period = core::sql::row(
            *db,
            QStringLiteral(
                "SELECT from_date, to_date, change_seq FROM bed_service_periods WHERE bed_uid = 'bed-1'"));
        CHECK(period.value(QStringLiteral("from_date")).toString() == QStringLiteral("2025-06-01"));
        CHECK(period.value(QStringLiteral("to_date")).isNull());
        // Stamped with the next change number, and the counter moved on past it.
        const int counter =
            core::sql::scalar(*db, QStringLiteral("SELECT value FROM change_sequence")).toInt();
        CHECK(period.value(QStringLiteral("change_seq")).toInt() == counter);
        CHECK(messagesOf(*db, QStringLiteral("change_sequence")).isEmpty());
    }
    SECTION("template names become label codes, shown in the user's language")
    {
        const QList<core::ShiftTemplate> templates = core::RosterService(*db).templates(admin);
        REQUIRE(templates.size() == 1);
        CHECK(templates.constFirst().name == QStringLiteral("EARLY"));
        CHECK(templates.constFirst().label() == QStringLiteral("Early shift"));
    }
}

TEST_CASE("An incident's own time is a real time, no later than its entry, and only an incident has one",
          "[storage][rules]")
{
    testing::TempDatabase db;
    core::RosterService(db.db()).templates(admin);
    QString shift;
    QString staff;
    {
        core::Transaction transaction(db.db());
        core::RecordWriter writer(db.db(), admin);
        staff = writer.insert(QStringLiteral("staff"),
                              {{QStringLiteral("name"), QStringLiteral("李护士")},
                               {QStringLiteral("role"), QStringLiteral("NURSE")},
                               {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}});
        shift = writer.insert(QStringLiteral("shifts"),
                              {{QStringLiteral("staff_uid"), staff},
                               {QStringLiteral("shift_date"), QStringLiteral("2026-11-02")},
                               {QStringLiteral("shift_code"), QStringLiteral("D")},
                               {QStringLiteral("start_at"), QStringLiteral("2026-11-02T07:00:00+08:00")},
                               {QStringLiteral("end_at"), QStringLiteral("2026-11-02T15:00:00+08:00")}});
        transaction.commit();
    }
    const QVariantMap fall{{QStringLiteral("shift_uid"), shift},
                           {QStringLiteral("written_at"), QStringLiteral("2026-11-02T10:00:00+08:00")},
                           {QStringLiteral("author_staff_uid"), staff},
                           {QStringLiteral("summary"), QStringLiteral("跌倒")},
                           {QStringLiteral("incident"), QStringLiteral("FALL")},
                           {QStringLiteral("occurred_at"), QStringLiteral("2026-11-02T09:40:00+08:00")}};
    CHECK(
        refused(db.db(), QStringLiteral("shift_logs"),
                withValue(fall, QStringLiteral("occurred_at"), QStringLiteral("2026-11-02T10:05:00+08:00"))));
    CHECK(refused(db.db(), QStringLiteral("shift_logs"),
                  withValue(fall, QStringLiteral("occurred_at"), QStringLiteral("2026-11-02 09:40"))));
    CHECK(refused(db.db(), QStringLiteral("shift_logs"),
                  withValue(fall, QStringLiteral("incident"), QVariant())));
    CHECK_FALSE(refused(db.db(), QStringLiteral("shift_logs"), fall));
    // Written before its own time was kept: none.
    CHECK_FALSE(refused(db.db(), QStringLiteral("shift_logs"),
                        withValue(fall, QStringLiteral("occurred_at"), QVariant())));
}

TEST_CASE("A schema-8 incident whose time was edited past its entry upgrades; check lists it",
          "[storage][rules]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v8.sqlite"));
    using testing::oldRecord;
    testing::writeFileAtVersion(
        path, 8,
        {oldRecord(QStringLiteral("staff"), {{QStringLiteral("uid"), QStringLiteral("s-1")},
                                             {QStringLiteral("name"), QStringLiteral("李护士")},
                                             {QStringLiteral("role"), QStringLiteral("NURSE")},
                                             {QStringLiteral("hire_date"), QStringLiteral("2020-01-01")}}),
         oldRecord(QStringLiteral("shift_templates"),
                   {{QStringLiteral("uid"), QStringLiteral("t-1")},
                    {QStringLiteral("code"), QStringLiteral("D")},
                    {QStringLiteral("name"), QStringLiteral("EARLY")},
                    {QStringLiteral("start_time"), QStringLiteral("07:00")},
                    {QStringLiteral("end_time"), QStringLiteral("15:00")}}),
         oldRecord(QStringLiteral("shifts"),
                   {{QStringLiteral("uid"), QStringLiteral("sh-1")},
                    {QStringLiteral("staff_uid"), QStringLiteral("s-1")},
                    {QStringLiteral("shift_date"), QStringLiteral("2025-12-31")},
                    {QStringLiteral("shift_code"), QStringLiteral("D")},
                    {QStringLiteral("start_at"), QStringLiteral("2025-12-31T07:00:00+08:00")},
                    {QStringLiteral("end_at"), QStringLiteral("2025-12-31T15:00:00+08:00")}}),
         oldRecord(QStringLiteral("shift_logs"),
                   {{QStringLiteral("uid"), QStringLiteral("l-1")},
                    {QStringLiteral("shift_uid"), QStringLiteral("sh-1")},
                    {QStringLiteral("written_at"), QStringLiteral("2025-12-31T10:00:00+08:00")},
                    {QStringLiteral("occurred_at"), QStringLiteral("2025-12-31T12:00:00+08:00")},
                    {QStringLiteral("incident"), QStringLiteral("FALL")},
                    {QStringLiteral("author_staff_uid"), QStringLiteral("s-1")},
                    {QStringLiteral("summary"), QStringLiteral("跌倒")},
                    {QStringLiteral("created_at"), QStringLiteral("2025-12-31T10:00:00+08:00")},
                    {QStringLiteral("updated_at"), QStringLiteral("2025-12-31T10:00:00+08:00")}})});
    auto db = core::Database::open(path);
    CHECK(db->schemaVersion() == core::Database::latestSchemaVersion());
    const QString all = messagesOf(*db, QStringLiteral("record_rules")).join(QLatin1Char('\n'));
    INFO(all.toStdString());
    CHECK(all.contains(QStringLiteral("The shift-log entry of 李护士 written at 2025-12-31T10:00:00+08:00")));
    CHECK(all.contains(QStringLiteral("after the entry was written")));
    // Kept as it was, and still writable.
    core::Transaction transaction(*db);
    CHECK(core::RecordWriter(*db, admin)
              .update(QStringLiteral("shift_logs"), QStringLiteral("l-1"),
                      {{QStringLiteral("summary"), QStringLiteral("跌倒，已处理")}}));
    transaction.commit();
}
