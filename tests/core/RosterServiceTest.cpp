#include "roster/RosterService.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/Actor.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "modules/MonthFigures.h"
#include "roster/RosterXlsxExport.h"
#include "roster/StaffRosterModule.h"
#include "roster/StaffingIndicators.h"
#include "staff/StaffService.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::RosterService;
using core::RosterWarning;
using core::StaffMember;
using core::StaffRole;
using Kind = core::RosterWarning::Kind;

namespace {
const core::Actor admin(QStringLiteral("admin"), core::Role::Administrator);

struct RosterFixture {
    RosterFixture()
    {
        core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    }
    ~RosterFixture() { core::Clock::resetForTesting(); }

    QString addStaff(const QString& name, StaffRole role = StaffRole::Caregiver,
                     QDate hired = QDate(2024, 1, 1))
    {
        StaffMember member;
        member.name = name;
        member.role = role;
        member.hireDate = hired;
        return core::StaffService(db.db()).add(admin, member);
    }
    // count residents, each in a bed of their own, admitted on 1 January 2026.
    void admitResidents(int count)
    {
        for (int i = 0; i < count; ++i) {
            const QString bed = testing::addBed(db.db(), QStringLiteral("A-%1").arg(101 + i));
            core::ResidentService(db.db()).admit(admin, testing::person(QStringLiteral("老人%1").arg(i),
                                                                        QDate(1940, 1, 1 + i), 1 + i % 2,
                                                                        QDate(2026, 1, 1), bed, i + 1));
        }
    }
    // One shift code per day from first (empty string = rest).
    void roster(const QString& staffUid, const QDate& first, const QStringList& codes)
    {
        QList<RosterService::DayAssignment> days;
        for (int i = 0; i < codes.size(); ++i)
            days.append({staffUid, first.addDays(i), RosterService::parseCell(codes.at(i))});
        service.apply(admin, days);
    }
    QList<RosterWarning> warningsOf(Kind kind, const QDate& month)
    {
        QList<RosterWarning> found;
        for (const RosterWarning& warning : service.warnings(admin, month)) {
            if (warning.kind == kind)
                found.append(warning);
        }
        return found;
    }
    QString cell(const QString& staffUid, const QDate& day)
    {
        return service.month(admin, day).cellText(staffUid, day);
    }

    testing::TempDatabase db;
    RosterService service{db.db()};
};

QStringList repeated(const QString& code, int times)
{
    return QStringList(times, code);
}
} // namespace

TEST_CASE_METHOD(RosterFixture, "The three-shift templates are seeded on first use, audited", "[roster]")
{
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM shift_templates")).toInt() == 0);
    const auto templates = service.templates(admin);
    REQUIRE(templates.size() == 3);
    CHECK(templates.at(0).code == QStringLiteral("D"));
    CHECK(templates.at(0).minCaregivers == 3);
    CHECK(templates.at(1).minCaregivers == 2);
    CHECK(templates.at(2).code == QStringLiteral("N"));
    CHECK(templates.at(2).crossesMidnight());
    CHECK(templates.at(2).durationMinutes() == 480);
    CHECK(core::sql::scalar(
              db.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'shift_templates'"))
              .toInt() == 3);

    SECTION("the 12-hour two-shift set can be chosen instead")
    {
        service.chooseTemplateSet(admin, RosterService::TemplateSet::TwoShifts);
        const auto active = service.templates(admin);
        REQUIRE(active.size() == 2);
        CHECK(active.at(0).code == QStringLiteral("A"));
        CHECK(active.at(1).durationMinutes() == 720);
        CHECK(service.templates(admin, true).size() == 5);
        const QString uid = addStaff(QStringLiteral("甲"));
        CHECK_THROWS_AS(service.setDay(admin, uid, QDate(2026, 11, 2), {QStringLiteral("D")}), core::Error);
        service.setDay(admin, uid, QDate(2026, 11, 2), {QStringLiteral("B")});
        const QVariantMap row =
            core::sql::row(db.db(), QStringLiteral("SELECT * FROM shifts WHERE deleted = 0"));
        CHECK(row.value(QStringLiteral("start_at")).toString() ==
              QStringLiteral("2026-11-02T19:00:00+08:00"));
        CHECK(row.value(QStringLiteral("end_at")).toString() == QStringLiteral("2026-11-03T07:00:00+08:00"));
    }
}

TEST_CASE_METHOD(RosterFixture, "Overlapping shifts of one person are refused", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate day(2026, 11, 2);

    SECTION("a night shift ending at 07:00 may be followed by the next day's early shift")
    {
        service.setDay(admin, uid, day, {QStringLiteral("N")});
        CHECK_NOTHROW(service.setDay(admin, uid, day.addDays(1), {QStringLiteral("D")}));
    }
    SECTION("a night shift running into the next day's early shift is refused")
    {
        core::ShiftTemplate night = service.templates(admin).at(2);
        night.end = QTime(7, 30); // handover half an hour
        service.updateTemplate(admin, night);
        service.setDay(admin, uid, day, {QStringLiteral("N")});
        CHECK_THROWS_MATCHES(service.setDay(admin, uid, day.addDays(1), {QStringLiteral("D")}), core::Error,
                             Catch::Predicate<core::Error>([](const core::Error& e) {
                                 return e.kind() == core::Error::Kind::Conflict;
                             }));
        CHECK(cell(uid, day.addDays(1)).isEmpty());
        SECTION("and so is an early shift written before the night shift of the day before")
        {
            service.setDay(admin, uid, day, {});
            service.setDay(admin, uid, day.addDays(1), {QStringLiteral("D")});
            CHECK_THROWS_AS(service.setDay(admin, uid, day, {QStringLiteral("N")}), core::Error);
        }
    }
    SECTION("two overlapping shifts on the same day are refused")
    {
        core::ShiftTemplate early = service.templates(admin).at(0);
        early.end = QTime(16, 0);
        service.updateTemplate(admin, early);
        CHECK_THROWS_AS(service.setDay(admin, uid, day, {QStringLiteral("D"), QStringLiteral("E")}),
                        core::Error);
        CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM shifts")).toInt() == 0);
    }
}

TEST_CASE_METHOD(RosterFixture, "More than 8 hours in a day warns", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate day(2026, 11, 2);
    core::ShiftTemplate late = service.templates(admin).at(1);
    late.end = QTime(15, 30);
    service.updateTemplate(admin, late);
    service.setDay(admin, uid, day, {QStringLiteral("D")});
    CHECK(warningsOf(Kind::DailyHours, day).isEmpty());
    service.setDay(admin, uid, day, {QStringLiteral("D"), QStringLiteral("E")});
    const auto warnings = warningsOf(Kind::DailyHours, day);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().date == day);
    CHECK(warnings.first().staffUid == uid);
    CHECK(warnings.first().message.contains(QStringLiteral("8.5")));
}

TEST_CASE_METHOD(RosterFixture, "More than 44 hours a week on average over the month warns", "[roster]")
{
    // February 2027 has 28 days: 176 hours is exactly 44 a week.
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate first(2027, 2, 1);
    QStringList codes;
    for (int week = 0; week < 4; ++week)
        codes << repeated(QStringLiteral("D"), 5) << QString() << QString();
    codes[5] = QStringLiteral("D");
    codes[12] = QStringLiteral("D"); // 22 shifts
    roster(uid, first, codes);
    CHECK(warningsOf(Kind::WeeklyHours, first).isEmpty());
    service.setDay(admin, uid, QDate(2027, 2, 20), {QStringLiteral("D")}); // 23 shifts, 46 a week
    CHECK(warningsOf(Kind::WeeklyHours, first).size() == 1);
}

TEST_CASE_METHOD(RosterFixture, "A seventh working day in a row warns", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate first(2026, 11, 1);
    roster(uid, first, repeated(QStringLiteral("D"), 6));
    CHECK(warningsOf(Kind::NoRestDay, first).isEmpty());
    service.setDay(admin, uid, first.addDays(6), {QStringLiteral("E")});
    const auto warnings = warningsOf(Kind::NoRestDay, first);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().date == QDate(2026, 11, 7));

    SECTION("a run that began in the previous month counts")
    {
        const QString other = addStaff(QStringLiteral("乙"));
        roster(other, QDate(2026, 10, 28), repeated(QStringLiteral("D"), 7));
        bool found = false;
        for (const RosterWarning& warning : warningsOf(Kind::NoRestDay, first))
            found = found || (warning.staffUid == other && warning.date == QDate(2026, 11, 3));
        CHECK(found);
    }
}

TEST_CASE_METHOD(RosterFixture, "More than 36 overtime hours in a month warns", "[roster]")
{
    // February 2027 counted by weekdays: 20 weekdays, a norm of 160 hours; 196 hours are exactly 36
    // overtime.
    service.setMonthlyNorm(admin, core::MonthlyNorm::Weekdays);
    const QString uid = addStaff(QStringLiteral("甲"));
    core::ShiftTemplate late = service.templates(admin).at(1);
    late.end = QTime(19, 0); // a 4-hour late shift
    service.updateTemplate(admin, late);
    const QDate first(2027, 2, 1);
    QStringList codes = repeated(QStringLiteral("D"), 28);
    for (int i : {6, 13, 20, 27})
        codes[i] = QString(); // 24 early shifts: 192 hours
    codes[0] = QStringLiteral("D/E");
    roster(uid, first, codes);
    CHECK(RosterService(db.db()).month(admin, first).totals(uid).hours == Approx(196.0));
    CHECK(warningsOf(Kind::Overtime, first).isEmpty());
    service.setDay(admin, uid, QDate(2027, 2, 2), {QStringLiteral("D"), QStringLiteral("E")});
    const auto warnings = warningsOf(Kind::Overtime, first);
    REQUIRE(warnings.size() == 1);
    CHECK(warnings.first().message.contains(QStringLiteral("40.0")));
    CHECK(warnings.first().message.contains(QStringLiteral("monthly norm 160.0 hours")));
}

TEST_CASE_METHOD(
    RosterFixture,
    "The overtime norm is one setting: the statutory 174 hours by default, or 8 hours per weekday",
    "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate december(2025, 12, 1); // 23 weekdays
    CHECK(service.monthlyNorm() == core::MonthlyNorm::StatutoryAverage);
    core::RosterMonth month = service.month(admin, december);
    const StaffMember* person = month.member(uid);
    REQUIRE(person != nullptr);
    CHECK(core::RosterRules::monthlyNormHours(month, *person) == Approx(174.0));
    // Hired halfway through the month: the norm is prorated by the days employed.
    const QString later = addStaff(QStringLiteral("乙"), StaffRole::Caregiver, QDate(2025, 12, 17));
    month = service.month(admin, december);
    CHECK(core::RosterRules::monthlyNormHours(month, *month.member(later)) == Approx(174.0 * 15 / 31));

    service.setMonthlyNorm(admin, core::MonthlyNorm::Weekdays);
    month = service.month(admin, december);
    CHECK(core::RosterRules::monthlyNormHours(month, *month.member(uid)) == Approx(184.0));
    CHECK(core::sql::scalar(db.db(),
                            QStringLiteral("SELECT value FROM settings WHERE key = 'roster_monthly_norm'"))
              .toString() == QStringLiteral("weekdays"));
    CHECK_THROWS_AS(service.setMonthlyNorm(core::Actor(QStringLiteral("n"), core::Role::Nurse),
                                           core::MonthlyNorm::StatutoryAverage),
                    core::Error);

    SECTION("by the statutory norm 210 hours in February are exactly 36 overtime")
    {
        service.setMonthlyNorm(admin, core::MonthlyNorm::StatutoryAverage);
        const QDate february(2027, 2, 1);
        roster(uid, february, repeated(QStringLiteral("D/E"), 14)); // 14 days of 16 hours
        service.setDay(admin, uid, february.addDays(13), {QStringLiteral("D")});
        // 13 × 16 + 8 = 216 hours: 42 over 174.
        const auto warnings = warningsOf(Kind::Overtime, february);
        REQUIRE(warnings.size() == 1);
        CHECK(warnings.first().message.contains(QStringLiteral("42.0")));
        CHECK(warnings.first().message.contains(QStringLiteral("monthly norm 174.0 hours")));
    }
}

TEST_CASE_METHOD(RosterFixture, "A shift below its minimum of caregivers warns", "[roster]")
{
    const QDate day(2026, 11, 2);
    QStringList caregivers;
    for (int i = 0; i < 3; ++i)
        caregivers.append(addStaff(QStringLiteral("护理员%1").arg(i)));
    const QString nurse = addStaff(QStringLiteral("护士"), StaffRole::Nurse);
    auto shortOnEarly = [&] {
        for (const RosterWarning& warning : warningsOf(Kind::Understaffed, day)) {
            if (warning.date == day && warning.shiftCode == QStringLiteral("D"))
                return true;
        }
        return false;
    };
    service.setDay(admin, caregivers.at(0), day, {QStringLiteral("D")});
    service.setDay(admin, caregivers.at(1), day, {QStringLiteral("D")});
    service.setDay(admin, nurse, day, {QStringLiteral("D")}); // a nurse is not a caregiver
    CHECK(shortOnEarly());
    service.setDay(admin, caregivers.at(2), day, {QStringLiteral("D")});
    CHECK_FALSE(shortOnEarly());
    CHECK(service.month(admin, day).caregiversOn(day, QStringLiteral("D")) == 3);

    SECTION("a caregiver rostered while on leave does not count toward the minimum")
    {
        core::StaffService(db.db()).addLeave(admin, {{}, caregivers.at(2), day, day, QStringLiteral("病假")});
        CHECK(service.month(admin, day).caregiversOn(day, QStringLiteral("D")) == 2);
        CHECK(shortOnEarly());
    }
    SECTION("a caregiver rostered after leaving does not count toward the minimum")
    {
        core::StaffService(db.db()).setLeaveDate(admin, caregivers.at(2), day);
        CHECK(service.month(admin, day).caregiversOn(day, QStringLiteral("D")) == 2);
        CHECK(shortOnEarly());
    }
}

TEST_CASE_METHOD(RosterFixture, "Shifts of staff on leave or past their leave date warn", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    const QDate day(2026, 11, 2);
    core::StaffService staff(db.db());
    staff.addLeave(admin, {{}, uid, day, day.addDays(2), QStringLiteral("年假")});
    service.setDay(admin, uid, day.addDays(3), {QStringLiteral("D")});
    CHECK(warningsOf(Kind::OnLeave, day).isEmpty());
    service.setDay(admin, uid, day.addDays(2), {QStringLiteral("D")});
    CHECK(warningsOf(Kind::OnLeave, day).size() == 1);
    staff.setLeaveDate(admin, uid, day.addDays(4));
    service.setDay(admin, uid, day.addDays(4), {QStringLiteral("D")});
    const auto notEmployed = warningsOf(Kind::NotEmployed, day);
    REQUIRE(notEmployed.size() == 1);
    CHECK(notEmployed.first().date == day.addDays(4));
}

TEST_CASE_METHOD(RosterFixture, "A rotating pattern fills the selected staff over a date range", "[roster]")
{
    const QString a = addStaff(QStringLiteral("甲"));
    const QString b = addStaff(QStringLiteral("乙"));
    const QString untouched = addStaff(QStringLiteral("丙"));
    const QDate from(2026, 11, 1);
    const QStringList pattern = RosterService::parsePattern(QStringLiteral("D,D,E,E,N,N,-,-"));
    REQUIRE(pattern.size() == 8);
    service.fillPattern(admin, {a, b}, from, from.addDays(9), pattern, 2);
    const core::RosterMonth month = service.month(admin, from);
    QStringList rowA;
    QStringList rowB;
    for (int i = 0; i < 10; ++i) {
        rowA.append(month.cellText(a, from.addDays(i)));
        rowB.append(month.cellText(b, from.addDays(i)));
    }
    CHECK(rowA.join(QLatin1Char(',')) == QStringLiteral("D,D,E,E,N,N,,,D,D"));
    CHECK(rowB.join(QLatin1Char(',')) == QStringLiteral(",,D,D,E,E,N,N,,"));
    CHECK(month.cellText(untouched, from).isEmpty());
    CHECK(month.totals(a).shifts == 8);
    CHECK(month.totals(a).hours == Approx(64.0));
    // Rest days count as far as the roster is planned (10 November); later days are not planned.
    CHECK(month.totals(a).restDays == 10 - 8);

    SECTION("refilling over the roster replaces it rather than stacking shifts")
    {
        service.fillPattern(admin, {a}, from, from.addDays(9),
                            RosterService::parsePattern(QStringLiteral("N,-")));
        CHECK(service.month(admin, from).totals(a).shifts == 5);
    }
}

TEST_CASE_METHOD(RosterFixture, "Last week's roster is copied onto this week", "[roster]")
{
    const QString a = addStaff(QStringLiteral("甲"));
    const QDate lastMonday(2026, 11, 2);
    roster(a, lastMonday,
           {QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("N"), QString(), QStringLiteral("D"),
            QString(), QStringLiteral("E")});
    roster(a, lastMonday.addDays(7), repeated(QStringLiteral("N"), 2));
    service.copyLastWeek(admin, {a}, lastMonday.addDays(7));
    const core::RosterMonth month = service.month(admin, lastMonday);
    for (int i = 0; i < 7; ++i)
        CHECK(month.cellText(a, lastMonday.addDays(7 + i)) == month.cellText(a, lastMonday.addDays(i)));

    SECTION("and last month onto this month, day by day")
    {
        service.copyLastMonth(admin, {a}, QDate(2026, 12, 15));
        const core::RosterMonth december = service.month(admin, QDate(2026, 12, 1));
        CHECK(december.cellText(a, QDate(2026, 12, 2)) == QStringLiteral("D"));
        CHECK(december.cellText(a, QDate(2026, 12, 4)) == QStringLiteral("N"));
        CHECK(december.cellText(a, QDate(2026, 12, 31)).isEmpty());
    }
}

TEST_CASE_METHOD(RosterFixture, "A nurse may view the roster but not edit it", "[roster]")
{
    const QString a = addStaff(QStringLiteral("甲"));
    const core::Actor nurse(QStringLiteral("nurse"), core::Role::Nurse);
    CHECK_NOTHROW(service.month(nurse, QDate(2026, 11, 1)));
    CHECK_THROWS_MATCHES(service.setDay(nurse, a, QDate(2026, 11, 2), {QStringLiteral("D")}), core::Error,
                         Catch::Predicate<core::Error>(
                             [](const core::Error& e) { return e.kind() == core::Error::Kind::Permission; }));
    CHECK_THROWS_AS(
        service.fillPattern(nurse, {a}, QDate(2026, 11, 2), QDate(2026, 11, 3), {QStringLiteral("D")}),
        core::Error);
    CHECK_THROWS_AS(service.chooseTemplateSet(nurse, RosterService::TemplateSet::TwoShifts), core::Error);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM shifts")).toInt() == 0);
}

TEST_CASE_METHOD(RosterFixture, "The month's roster exports as an XLSX workbook", "[roster]")
{
    const QString a = addStaff(QStringLiteral("=王芳"));
    roster(a, QDate(2026, 11, 1), {QStringLiteral("D"), QStringLiteral("N")});
    core::CenterProfile center;
    center.name = QStringLiteral("测试镇敬老院");
    core::CenterService(db.db()).save(admin, center);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("roster.xlsx"));
    CHECK(core::RosterXlsxExport::write(db.db(), admin, QDate(2026, 11, 1), path) == 2);
    // The export is audited: who, what, when, how many records, which file.
    const QVariantMap audited = core::sql::row(
        db.db(),
        QStringLiteral(
            "SELECT actor, action, table_name, at, new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    CHECK(audited.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(audited.value(QStringLiteral("actor")).toString() == QStringLiteral("admin"));
    CHECK(audited.value(QStringLiteral("table_name")).toString() == QStringLiteral("shifts"));
    CHECK(audited.value(QStringLiteral("at")).toString() == QStringLiteral("2026-11-10T09:00:00+08:00"));
    const QString what = audited.value(QStringLiteral("new_values")).toString();
    CHECK(what.contains(QStringLiteral("\"kind\":\"roster_xlsx\"")));
    CHECK(what.contains(QStringLiteral("\"scope\":\"2026-11\"")));
    CHECK(what.contains(QStringLiteral("\"records\":2")));
    CHECK(what.contains(QStringLiteral("roster.xlsx")));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(2) == QByteArray("PK"));
    file.close();

    // The workbook's text is read back with unzip (installer/build.sh installs it); without it
    // the test fails rather than passing unchecked.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"),
                {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")});
    INFO("unzip is needed to read the workbook back");
    REQUIRE(unzip.waitForStarted());
    REQUIRE(unzip.waitForFinished());
    REQUIRE(unzip.exitCode() == 0);
    const QString strings = QString::fromUtf8(unzip.readAllStandardOutput());
    // A string cell is never a formula: the name is kept as written, with no apostrophe.
    CHECK(strings.contains(QStringLiteral("<t>=王芳</t>")));
    CHECK_FALSE(strings.contains(QStringLiteral("'=王芳")));
    CHECK(
        strings.contains(QStringLiteral("测试镇敬老院 staff roster 2026-11"))); // the center's name heads it
    CHECK(strings.contains(QStringLiteral("<t>N</t>")));

    SECTION("a file that cannot be written is not audited as exported")
    {
        const int before =
            core::sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        CHECK_THROWS_AS(core::RosterXlsxExport::write(db.db(), admin, QDate(2026, 11, 1),
                                                      dir.filePath(QStringLiteral("no/such/folder/r.xlsx"))),
                        core::Error);
        CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == before);
    }
}

TEST_CASE_METHOD(RosterFixture, "Staffing indicators count caregivers, residents, short shifts and incidents",
                 "[roster]")
{
    addStaff(QStringLiteral("甲"));
    addStaff(QStringLiteral("乙"));
    addStaff(QStringLiteral("护士"), StaffRole::Nurse);
    const QString gone = addStaff(QStringLiteral("丙"));
    core::StaffService(db.db()).setLeaveDate(admin, gone, QDate(2026, 11, 1));
    const auto indicators = core::StaffingIndicators::compute(db.db(), admin, QDate(2026, 11, 10));
    CHECK(indicators.staffEmployed == 3); // the nurse too, not the one who left
    CHECK(indicators.caregiversEmployed == 2);
    CHECK(indicators.residentsCurrent == 0);
    REQUIRE(indicators.residentsPerCaregiver.has_value());
    CHECK(*indicators.residentsPerCaregiver == Approx(0.0));
    CHECK(indicators.shiftsBelowMinimum == 30 * 3); // nobody rostered
    CHECK(indicators.shiftsRostered == 0);          // … which the pages say instead of alarming
    CHECK(indicators.incidentsThisMonth == 0);
}

TEST_CASE_METHOD(RosterFixture, "A new center has no staff and no roster to count", "[roster]")
{
    const auto empty = core::StaffingIndicators::compute(db.db(), admin, QDate(2026, 11, 10));
    CHECK(empty.staffEmployed == 0);
    CHECK(empty.caregiversEmployed == 0);
    CHECK_FALSE(empty.residentsPerCaregiver.has_value());
    CHECK(empty.shiftsRostered == 0);

    const QString a = addStaff(QStringLiteral("甲"));
    service.setDay(admin, a, QDate(2026, 11, 2), {QStringLiteral("D")});
    service.setDay(admin, a, QDate(2026, 10, 31), {QStringLiteral("D")}); // another month
    const auto rostered = core::StaffingIndicators::compute(db.db(), admin, QDate(2026, 11, 10));
    CHECK(rostered.staffEmployed == 1);
    CHECK(rostered.shiftsRostered == 1);
}

TEST_CASE_METHOD(RosterFixture, "Rewriting a day keeps the shifts that stay and their status", "[roster]")
{
    const QString a = addStaff(QStringLiteral("甲"));
    const QDate day(2026, 11, 2);
    service.setDay(admin, a, day, {QStringLiteral("D")});
    const QString uid = core::sql::scalar(db.db(), QStringLiteral("SELECT uid FROM shifts")).toString();
    service.setStatus(admin, uid, core::Shift::Status::Worked);
    service.setDay(admin, a, day, {QStringLiteral("D"), QStringLiteral("N")});
    const QList<core::Shift> shifts = service.month(admin, day).shiftsOf(a, day);
    REQUIRE(shifts.size() == 2);
    CHECK(shifts.at(0).uid == uid);
    CHECK(shifts.at(0).status == core::Shift::Status::Worked);
    CHECK(shifts.at(1).status == core::Shift::Status::Planned);

    SECTION("a shift with a shift log cannot be removed")
    {
        core::Transaction transaction(db.db());
        core::RecordWriter(db.db(), admin)
            .insert(QStringLiteral("shift_logs"),
                    {{QStringLiteral("shift_uid"), uid},
                     {QStringLiteral("written_at"), core::Clock::nowTimestamp()},
                     {QStringLiteral("author_staff_uid"), a},
                     {QStringLiteral("summary"), QStringLiteral("平稳")}});
        transaction.commit();
        CHECK_THROWS_MATCHES(service.setDay(admin, a, day, {QStringLiteral("E")}), core::Error,
                             Catch::Predicate<core::Error>([](const core::Error& e) {
                                 return e.kind() == core::Error::Kind::Conflict;
                             }));
        CHECK(service.month(admin, day).cellText(a, day) == QStringLiteral("D/N"));
    }
}

TEST_CASE_METHOD(RosterFixture, "Residents per caregiver and incidents this month come from their tables",
                 "[roster]")
{
    admitResidents(9);
    const QString a = addStaff(QStringLiteral("甲"));
    addStaff(QStringLiteral("乙"));
    service.setDay(admin, a, QDate(2026, 11, 2), {QStringLiteral("D")});
    const QString shift = core::sql::scalar(db.db(), QStringLiteral("SELECT uid FROM shifts")).toString();
    auto log = [&](const QString& writtenAt, const QVariant& incident, const QVariant& corrects = {}) {
        core::Transaction transaction(db.db());
        const QString uid =
            core::RecordWriter(db.db(), admin)
                .insert(QStringLiteral("shift_logs"), {{QStringLiteral("shift_uid"), shift},
                                                       {QStringLiteral("written_at"), writtenAt},
                                                       {QStringLiteral("author_staff_uid"), a},
                                                       {QStringLiteral("summary"), QStringLiteral("记录")},
                                                       {QStringLiteral("incident"), incident},
                                                       {QStringLiteral("corrects_uid"), corrects}});
        transaction.commit();
        return uid;
    };
    const QString fall = log(QStringLiteral("2026-11-02T10:00:00+08:00"), QStringLiteral("FALL"));
    log(QStringLiteral("2026-11-02T11:00:00+08:00"), QVariant());                // no incident
    log(QStringLiteral("2026-10-31T23:00:00+08:00"), QStringLiteral("CHOKING")); // last month

    const auto indicators = core::StaffingIndicators::compute(db.db(), admin, QDate(2026, 11, 10));
    CHECK(indicators.residentsCurrent == 9);
    CHECK(indicators.caregiversEmployed == 2);
    REQUIRE(indicators.residentsPerCaregiver.has_value());
    CHECK(*indicators.residentsPerCaregiver == Approx(4.5));
    // One notation wherever it is shown: one caregiver to 4.5 residents.
    CHECK(core::StaffingIndicators::ratioText(indicators.residentsPerCaregiver) == QStringLiteral("1:4.5"));
    CHECK(core::StaffingIndicators::ratioText(std::nullopt) == QStringLiteral("—"));
    CHECK(indicators.incidentsThisMonth == 1);

    SECTION("a corrected incident counts once")
    {
        log(QStringLiteral("2026-11-03T09:00:00+08:00"), QStringLiteral("FALL"), fall);
        CHECK(core::StaffingIndicators::compute(db.db(), admin, QDate(2026, 11, 10)).incidentsThisMonth == 1);
    }
}

TEST_CASE_METHOD(RosterFixture,
                 "The center's target of residents per caregiver is set, refused out of range, "
                 "compared in the alerts and shown in the monthly figures",
                 "[roster]")
{
    admitResidents(9);
    addStaff(QStringLiteral("甲"));
    addStaff(QStringLiteral("乙"));
    const core::StaffRosterModule module;
    auto targetAlerts = [&] {
        QList<core::Alert> found;
        for (const core::Alert& alert : module.alerts(db.db(), admin, QDate(2026, 11, 10))) {
            if (alert.text.contains(QStringLiteral("target")))
                found.append(alert);
        }
        return found;
    };
    // None until the center sets one: 4.5 residents per caregiver alarms nobody.
    CHECK_FALSE(service.caregiverTarget().has_value());
    CHECK(targetAlerts().isEmpty());

    service.setCaregiverTarget(admin, 4.0);
    CHECK(service.caregiverTarget() == 4.0);
    const QList<core::Alert> above = targetAlerts();
    REQUIRE(above.size() == 1);
    CHECK(above.constFirst().text.contains(QStringLiteral("1:4.5")));
    CHECK(above.constFirst().text.contains(QStringLiteral("1:4.0")));
    CHECK(above.constFirst().record ==
          core::RecordRef{QStringLiteral("roster"), QStringLiteral("2026-11-10")});

    core::MonthFigures figures;
    core::ReportMonth month;
    month.first = QDate(2026, 11, 1);
    month.last = QDate(2026, 11, 30);
    month.asOf = QDate(2026, 11, 10);
    module.monthFigures(db.db(), admin, month, figures);
    CHECK(figures.value(QStringLiteral("caregiver_ratio_target")) == 40);

    service.setCaregiverTarget(admin, 4.5);
    CHECK(targetAlerts().isEmpty()); // at the target is not above it

    for (const double wrong : {0.5, 4.25, 51.0}) {
        INFO(wrong);
        CHECK_THROWS_AS(service.setCaregiverTarget(admin, wrong), core::Error);
        CHECK(service.caregiverTarget() == 4.5);
    }
    const core::Actor nurse(QStringLiteral("nurse"), core::Role::Nurse);
    CHECK_THROWS_AS(service.setCaregiverTarget(nurse, 3.0), core::Error);
    service.setCaregiverTarget(admin, std::nullopt);
    CHECK_FALSE(service.caregiverTarget().has_value());
    module.monthFigures(db.db(), admin, month, figures = core::MonthFigures());
    CHECK_FALSE(figures.value(QStringLiteral("caregiver_ratio_target")).has_value());
}

TEST_CASE_METHOD(RosterFixture, "Reading the roster without the right to plan it writes nothing", "[roster]")
{
    const core::Actor viewer(QStringLiteral("viewer"), core::Role::ReadOnly);
    const auto count = [&](const char* table) {
        return core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)))
            .toInt();
    };
    const int audited = count("audit_log");
    const QList<core::ShiftTemplate> shown = service.templates(viewer);
    QStringList codes;
    for (const core::ShiftTemplate& shift : shown)
        codes.append(shift.code);
    // The default three shifts are shown …
    CHECK(codes == QStringList{QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("N")});
    service.month(viewer, QDate(2026, 11, 1));
    // … and nothing is stored or audited in the viewer's name.
    CHECK(count("shift_templates") == 0);
    CHECK(count("audit_log") == audited);

    SECTION("whoever may plan the roster stores them")
    {
        service.templates(admin);
        CHECK(count("shift_templates") == 3);
    }
}

TEST_CASE_METHOD(RosterFixture,
                 "A day without a shift is a rest day up to the last day anyone is rostered; later "
                 "days are not planned yet",
                 "[roster]")
{
    const QString a = addStaff(QStringLiteral("甲"));
    const QString b = addStaff(QStringLiteral("乙"));
    CHECK_FALSE(service.month(admin, QDate(2026, 11, 1)).plannedThrough.isValid());
    service.setDay(admin, a, QDate(2026, 11, 2), {QStringLiteral("D")});
    service.setDay(admin, b, QDate(2026, 11, 14), {QStringLiteral("N")});
    const core::RosterMonth month = service.month(admin, QDate(2026, 11, 1));
    CHECK(month.plannedThrough == QDate(2026, 11, 14));
    // 甲 rests on the 3rd and the 14th: 乙 is rostered that far.
    CHECK(month.isPlanned(QDate(2026, 11, 3)));
    CHECK(month.isPlanned(QDate(2026, 11, 14)));
    CHECK_FALSE(month.isPlanned(QDate(2026, 11, 15)));
    // The next month is planned as far as this one reaches into it: not at all.
    CHECK_FALSE(service.month(admin, QDate(2026, 12, 1)).isPlanned(QDate(2026, 12, 1)));
}

TEST_CASE_METHOD(RosterFixture, "Caregivers on duty are those whose shift runs at the time asked", "[roster]")
{
    const QString day = addStaff(QStringLiteral("甲"));
    const QString night = addStaff(QStringLiteral("乙"));
    const QString absent = addStaff(QStringLiteral("丙"));
    const QString nurse = addStaff(QStringLiteral("护士"), StaffRole::Nurse);
    service.setDay(admin, day, QDate(2026, 11, 10), {QStringLiteral("D")});
    service.setDay(admin, night, QDate(2026, 11, 9), {QStringLiteral("N")});
    service.setDay(admin, nurse, QDate(2026, 11, 10), {QStringLiteral("D")});
    service.apply(admin, {{absent, QDate(2026, 11, 10), {QStringLiteral("D")}}}, core::Shift::Status::Absent);
    const QTimeZone zone(8 * 3600);
    const auto at = [&](int hour) {
        return QDateTime(QDate(2026, 11, 10), QTime(hour, 0), zone);
    };

    CHECK(service.caregiversOnDuty(admin, at(6)) == 1);  // the night shift begun the day before
    CHECK(service.caregiversOnDuty(admin, at(7)) == 1);  // the night shift has ended, the day's begun
    CHECK(service.caregiversOnDuty(admin, at(9)) == 1);  // not the nurse, not the one absent
    CHECK(service.caregiversOnDuty(admin, at(16)) == 0); // between the day and an evening nobody works
    CHECK(service.caregiversOnDuty(admin, QDateTime(QDate(2026, 11, 11), QTime(9, 0), zone)) == 0);

    const QString second = addStaff(QStringLiteral("丁"));
    service.setDay(admin, second, QDate(2026, 11, 10), {QStringLiteral("D")});
    CHECK(service.caregiversOnDuty(admin, at(9)) == 2);
}
