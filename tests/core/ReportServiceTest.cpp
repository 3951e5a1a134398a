// The monthly report: each county indicator of monthly_indicators worked out by hand on a small
// center (ReportFixture.h says what it holds), the month's edges (a discharge and an admission on
// the last day, a bed out of service from mid-month, a referral spanning two months), rounding
// half up, no special-difficulty elders, months refused, and a month that stays the same when
// later records arrive.

#include "reports/ReportService.h"

#include "ExportedText.h"
#include "QtStringMaker.h"
#include "ReportFixture.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "common/Percent.h"
#include "reports/MonthlyReportExport.h"
#include "reports/ReportsModule.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {

QString figure(const MonthlyReport& report, const char* key)
{
    const MonthFigure* found = report.figures.find(QString::fromLatin1(key));
    INFO("figure " << key);
    REQUIRE(found != nullptr);
    return found->text();
}

// Everything but when and by whom it was made.
QStringList figuresOf(const MonthlyReport& report)
{
    QStringList all = ReportService::countyRow(report).mid(3);
    for (const MonthFigure& each : report.figures.all())
        all.append(each.key + QLatin1Char('=') + each.text());
    return all;
}

QString refusal(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        return error.message();
    }
    FAIL("not refused");
    return {};
}

} // namespace

TEST_CASE("October's county indicators as of its last day", "[reports]")
{
    testing::ReportFixture center;
    const MonthlyReport october = ReportService(center.db()).month(center.admin, QDate(2026, 10, 7));
    CHECK(october.month.first == QDate(2026, 10, 1));
    CHECK(october.month.last == QDate(2026, 10, 31));
    CHECK(october.month.asOf == QDate(2026, 10, 31));

    SECTION("beds in service on the last day: G2 went out of service on the 15th")
    {
        CHECK(figure(october, "beds_total") == QStringLiteral("5"));
        CHECK(figure(october, "nursing_beds") == QStringLiteral("4"));
        CHECK(figure(october, "nursing_bed_ratio") == QStringLiteral("80.0"));
        CHECK(figure(october, "beds_out_of_service") == QStringLiteral("1"));
    }
    SECTION("occupied: the one who died on the last day does not count, the one admitted that day and "
            "the one away on referral do")
    {
        CHECK(figure(october, "beds_occupied") == QStringLiteral("3"));
        CHECK(figure(october, "occupancy_rate") == QStringLiteral("60.0"));
        CHECK(figure(october, "beds_held") == QStringLiteral("1"));
        CHECK(figure(october, "residents_total") == QStringLiteral("3"));
        CHECK(figure(october, "residents_tk") == QStringLiteral("2"));
        CHECK(figure(october, "residents_category_SH") == QStringLiteral("1"));
        CHECK(figure(october, "residents_category_DB") == QStringLiteral("0"));
    }
    SECTION("care levels by the latest assessment on or before the last day")
    {
        CHECK(figure(october, "residents_level_0") == QStringLiteral("0"));
        CHECK(figure(october, "residents_level_1") == QStringLiteral("0"));
        CHECK(figure(october, "residents_level_2") == QStringLiteral("0")); // 赵四's is in November
        CHECK(figure(october, "residents_level_3") == QStringLiteral("1")); // 张一, assessed on the 31st
        CHECK(figure(october, "residents_level_4") == QStringLiteral("0")); // 王二 died on the 31st
        CHECK(figure(october, "residents_unassessed") == QStringLiteral("2"));
    }
    SECTION("staff employed on the last day: one leaving that day is gone")
    {
        CHECK(figure(october, "staff_total") == QStringLiteral("3"));
        CHECK(figure(october, "caregivers") == QStringLiteral("2"));
        CHECK(figure(october, "staff_role_NURSE") == QStringLiteral("1"));
        CHECK(figure(october, "caregiver_ratio") == QStringLiteral("1.5"));
    }
    SECTION("family beds active on any day of the month, and the special-difficulty visit rate")
    {
        CHECK(figure(october, "family_beds_active") == QStringLiteral("3"));
        CHECK(figure(october, "family_beds_special") == QStringLiteral("2"));
        CHECK(figure(october, "family_beds_special_visited") == QStringLiteral("1"));
        CHECK(figure(october, "monthly_visit_rate") == QStringLiteral("50.0"));
        CHECK(figure(october, "home_visits") == QStringLiteral("2"));
    }
    SECTION("referrals by the date part of their own timestamps; the draft counts nowhere")
    {
        CHECK(figure(october, "referrals_out") == QStringLiteral("1"));      // 张一 at 23:30 on the 31st
        CHECK(figure(october, "referrals_returned") == QStringLiteral("1")); // 赵四, sent in September
        CHECK(figure(october, "referral_average_days_away") == QStringLiteral("7.0"));
        CHECK(figure(october, "referral_days_away") == QStringLiteral("5")); // 赵四 1st–4th, 张一 31st
    }
    SECTION("incidents written in the month, a corrected entry once")
    {
        CHECK(figure(october, "incidents") == QStringLiteral("2"));
        CHECK(figure(october, "incidents_FALL") == QStringLiteral("1"));
        CHECK(figure(october, "incidents_OTHER") == QStringLiteral("1"));
        CHECK(figure(october, "incidents_CHOKING") == QStringLiteral("0"));
    }
    SECTION("admissions and discharges of the month by reason, and the average age on the last day")
    {
        CHECK(figure(october, "admissions") == QStringLiteral("1"));
        CHECK(figure(october, "discharges") == QStringLiteral("3"));
        CHECK(figure(october, "discharges_DEATH") == QStringLiteral("1"));
        CHECK(figure(october, "discharges_HOME") == QStringLiteral("1"));
        CHECK(figure(october, "discharges_TRANSFER") == QStringLiteral("1"));
        CHECK(figure(october, "discharges_OTHER") == QStringLiteral("0"));
        CHECK(figure(october, "residents_average_age") == QStringLiteral("82.0")); // (86 + 76 + 84) / 3
    }
    SECTION("the county row follows the header of monthly_indicators.csv")
    {
        const QStringList row = ReportService::countyRow(october);
        REQUIRE(row.size() == ReportService::countyColumns().size());
        CHECK(row.at(0) == october.uid);
        CHECK(row.at(2) == QStringLiteral("0"));
        CHECK(row.at(3) == QStringLiteral("2026-10"));
        CHECK(row.mid(4) == QStringList{QStringLiteral("5"),   QStringLiteral("4"),    QStringLiteral("80.0"),
                                        QStringLiteral("3"),   QStringLiteral("60.0"), QStringLiteral("3"),
                                        QStringLiteral("0"),   QStringLiteral("0"),    QStringLiteral("0"),
                                        QStringLiteral("1"),   QStringLiteral("0"),    QStringLiteral("2"),
                                        QStringLiteral("2"),   QStringLiteral("3"),    QStringLiteral("2"),
                                        QStringLiteral("1.5"), QStringLiteral("3"),    QStringLiteral("2"),
                                        QStringLiteral("1"),   QStringLiteral("50.0"), QStringLiteral("2"),
                                        QStringLiteral("1"),   QStringLiteral("1"),    QStringLiteral("2")});
    }
}

TEST_CASE("September: the bed still in service, the referral begun, the choking not yet corrected",
          "[reports]")
{
    testing::ReportFixture center;
    const MonthlyReport september = ReportService(center.db()).month(center.admin, QDate(2026, 9, 1));
    CHECK(figure(september, "beds_total") == QStringLiteral("6"));
    CHECK(figure(september, "nursing_bed_ratio") == QStringLiteral("66.7"));
    CHECK(figure(september, "beds_occupied") == QStringLiteral("3")); // 赵四 away, still holding G1
    CHECK(figure(september, "beds_held") == QStringLiteral("1"));
    CHECK(figure(september, "occupancy_rate") == QStringLiteral("50.0"));
    CHECK(figure(september, "residents_total") == QStringLiteral("5"));
    CHECK(figure(september, "residents_level_1") == QStringLiteral("1"));
    CHECK(figure(september, "residents_level_4") == QStringLiteral("1"));
    CHECK(figure(september, "residents_unassessed") == QStringLiteral("3"));
    CHECK(figure(september, "caregivers") == QStringLiteral("4"));
    CHECK(figure(september, "staff_total") == QStringLiteral("5"));
    // 5 ÷ 4 = 1.25: half up, not to even.
    CHECK(figure(september, "caregiver_ratio") == QStringLiteral("1.3"));
    CHECK(figure(september, "family_beds_active") == QStringLiteral("3"));
    CHECK(figure(september, "monthly_visit_rate") == QStringLiteral("0.0")); // nobody visited: 0 %, not empty
    CHECK(figure(september, "referrals_out") == QStringLiteral("1"));
    CHECK(figure(september, "referrals_returned") == QStringLiteral("0"));
    CHECK(figure(september, "referral_days_away") == QStringLiteral("3"));
    CHECK(figure(september, "incidents") == QStringLiteral("1"));
    CHECK(figure(september, "incidents_CHOKING") == QStringLiteral("1"));
}

TEST_CASE("The running month is taken as of today", "[reports]")
{
    testing::ReportFixture center;
    const MonthlyReport november = ReportService(center.db()).month(center.admin, QDate(2026, 11, 30));
    CHECK(november.month.asOf == QDate(2026, 11, 20));
    CHECK_FALSE(november.month.isComplete());
    CHECK(figure(november, "incidents") == QStringLiteral("1"));
    CHECK(figure(november, "residents_level_2") == QStringLiteral("1"));
    CHECK(figure(november, "referrals_out") == QStringLiteral("0"));
}

TEST_CASE("Without special-difficulty elders the visit rate is empty, not 0 %", "[reports]")
{
    testing::FixedToday today(QDate(2026, 11, 20));
    testing::TempDatabase temp;
    core::StaffMember member;
    member.name = QStringLiteral("护工一");
    member.role = StaffRole::Caregiver;
    member.skillLevel = 2;
    member.hireDate = QDate(2026, 1, 1);
    StaffService(temp.db()).add(testing::admin(), member);
    const MonthlyReport october = ReportService(temp.db()).month(testing::admin(), QDate(2026, 10, 1));
    CHECK(figure(october, "family_beds_special") == QStringLiteral("0"));
    CHECK(figure(october, "monthly_visit_rate").isEmpty());
    CHECK(october.figures.find(QStringLiteral("monthly_visit_rate"))->shownText() == QStringLiteral("—"));
    // No beds, no residents: the percentages of nothing are empty too, the ratio 0 ÷ 1 is 0.0.
    CHECK(figure(october, "nursing_bed_ratio").isEmpty());
    CHECK(figure(october, "occupancy_rate").isEmpty());
    CHECK(figure(october, "caregiver_ratio") == QStringLiteral("0.0"));
    CHECK(figure(october, "residents_average_age").isEmpty());
}

TEST_CASE("Percentages and ratios round half up to one decimal", "[reports]")
{
    CHECK(percent::text(percent::tenthsHalfUp(1, 16)) == QStringLiteral("6.3"));  // 6.25
    CHECK(percent::text(percent::tenthsHalfUp(3, 16)) == QStringLiteral("18.8")); // 18.75
    CHECK(percent::text(percent::tenthsHalfUp(2, 3)) == QStringLiteral("66.7"));
    CHECK(percent::text(percent::tenthsHalfUp(11, 20)) == QStringLiteral("55.0"));
    CHECK(percent::text(percent::ratioTenthsHalfUp(5, 4)) == QStringLiteral("1.3"));   // 1.25
    CHECK(percent::text(percent::ratioTenthsHalfUp(49, 20)) == QStringLiteral("2.5")); // 2.45
    CHECK(percent::text(percent::ratioTenthsHalfUp(41, 10)) == QStringLiteral("4.1"));
}

TEST_CASE("A past month gives the same figures after later months' records are added", "[reports]")
{
    testing::ReportFixture center;
    const ReportService reports(center.db());
    const MonthlyReport before = reports.month(center.admin, QDate(2026, 10, 1));

    core::ResidentService residents(center.db());
    residents.discharge(center.admin, center.zhao, QDate(2026, 11, 15), DischargeReason::Other);
    center.admit(QStringLiteral("周七"), ResidentCategory::TK, QDate(1939, 9, 9), QDate(2026, 11, 10),
                 center.n2);
    center.assess(center.li, QDate(2026, 11, 12), 90);
    center.bed(QStringLiteral("C-301-1"), BedType::Nursing, QDate(2026, 11, 1));
    center.visit(center.wu, QDate(2026, 11, 3));
    center.staff(QStringLiteral("护工五"), StaffRole::Caregiver, {}, QDate(2026, 11, 5));
    center.logEntry(center.li, QStringLiteral("2026-11-18T08:00:00+08:00"), QStringLiteral("WANDERING"));
    // A correction written in November leaves October as it stood on its last day.
    center.logEntry(center.li, QStringLiteral("2026-11-02T08:00:00+08:00"), QStringLiteral("OTHER"),
                    center.octoberFall);

    const MonthlyReport after = reports.month(center.admin, QDate(2026, 10, 1));
    CHECK(after.uid == before.uid);
    CHECK(figuresOf(after) == figuresOf(before));
}

TEST_CASE("A range of months gives one report per month, in order", "[reports]")
{
    testing::ReportFixture center;
    const QList<MonthlyReport> range =
        ReportService(center.db()).months(center.admin, QDate(2026, 8, 1), QDate(2026, 10, 1));
    REQUIRE(range.size() == 3);
    CHECK(range.at(0).month.text() == QStringLiteral("2026-08"));
    CHECK(range.at(2).month.text() == QStringLiteral("2026-10"));
    CHECK(range.at(0).uid != range.at(1).uid);
    CHECK(ReportService::periodText(range) == QStringLiteral("2026-08 – 2026-10"));
}

TEST_CASE("Months before the first record, in the future or in a reversed range are refused, named",
          "[reports]")
{
    testing::ReportFixture center;
    const ReportService reports(center.db());
    CHECK(reports.firstMonthWithData() == QDate(2020, 1, 1)); // the staff were hired in 2020
    CHECK(refusal([&] {
              reports.month(center.admin, QDate(2019, 12, 1));
          }).contains(QStringLiteral("2019-12")));
    CHECK(refusal([&] {
              reports.month(center.admin, QDate(2026, 12, 1));
          }).contains(QStringLiteral("2026-12")));
    CHECK(refusal([&] {
              reports.months(center.admin, QDate(2026, 10, 1), QDate(2026, 9, 1));
          }).contains(QStringLiteral("2026-09")));
    CHECK_NOTHROW(reports.month(center.admin, QDate(2020, 1, 1)));

    testing::TempDatabase empty;
    CHECK(ReportService(empty.db()).firstMonthWithData().isNull());
    CHECK(refusal([&] {
              ReportService(empty.db()).month(center.admin, QDate(2026, 10, 1));
          }).contains(QStringLiteral("2026-10")));
}

TEST_CASE("Every role may read the report; the module owns monthly_indicators.csv", "[reports]")
{
    testing::ReportFixture center;
    const Actor readOnly(QStringLiteral("guest"), Role::ReadOnly);
    CHECK_NOTHROW(ReportService(center.db()).month(readOnly, QDate(2026, 10, 1)));
    const QList<CountyFile> files = ReportsModule().countyFiles();
    REQUIRE(files.size() == 1);
    CHECK(files.first().name == QStringLiteral("monthly_indicators.csv"));
    CHECK(files.first().columnNames() == ReportService::countyColumns());
}

TEST_CASE("The CSV is monthly_indicators.csv: BOM, CRLF, the spec's header, a row per month", "[reports]")
{
    testing::ReportFixture center;
    const QList<MonthlyReport> reports =
        ReportService(center.db()).months(center.admin, QDate(2026, 9, 1), QDate(2026, 10, 1));
    const QString path = QDir(center.temp.dir()).filePath(QStringLiteral("monthly_indicators.csv"));
    CHECK(MonthlyReportExport::write(center.db(), center.admin, reports, MonthlyReportExport::Format::Csv,
                                     path) == 2);
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    CHECK_FALSE(text.contains(QRegularExpression(QStringLiteral("[^\r]\n"))));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 4);
    CHECK(
        lines.at(0) ==
        QStringLiteral("uid,updated_at,deleted,month,beds_total,nursing_beds,nursing_bed_ratio,beds_occupied,"
                       "occupancy_rate,residents_total,residents_level_0,residents_level_1,residents_level_2,"
                       "residents_level_3,residents_level_4,residents_unassessed,residents_tk,staff_total,"
                       "caregivers,caregiver_ratio,family_beds_active,family_beds_special,"
                       "family_beds_special_visited,monthly_visit_rate,home_visits,referrals_out,"
                       "referrals_returned,incidents"));
    CHECK(lines.at(1).split(QLatin1Char(',')).at(3) == QStringLiteral("2026-09"));
    CHECK(lines.at(2).endsWith(
        QStringLiteral(",0,2026-10,5,4,80.0,3,60.0,3,0,0,0,1,0,2,2,3,2,1.5,3,2,1,50.0,2,1,1,2")));

    const QList<QVariantMap> audit = sql::rows(
        center.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'EXPORT' ORDER BY id"));
    REQUIRE(audit.size() == 1);
    const QString recorded = audit.first().value(QStringLiteral("new_values")).toString();
    CHECK(recorded.contains(QStringLiteral("monthly_report_csv")));
    CHECK(recorded.contains(QStringLiteral("2026-09 – 2026-10")));
}

TEST_CASE("The XLSX holds the figures as numbers and a center named with = as written", "[reports]")
{
    testing::ReportFixture center;
    CenterProfile profile;
    profile.name = QStringLiteral("=HYPERLINK(\"x\")敬老院");
    profile.facilityCode = QStringLiteral("HB130821-003");
    CenterService(center.db()).save(center.admin, profile);
    const QList<MonthlyReport> reports = {ReportService(center.db()).month(center.admin, QDate(2026, 10, 1))};
    const QString path = QDir(center.temp.dir()).filePath(QStringLiteral("report.xlsx"));
    MonthlyReportExport::write(center.db(), center.admin, reports, MonthlyReportExport::Format::Xlsx, path);

    const QString strings = testing::xlsxStrings(path);
    CHECK(strings.contains(QStringLiteral("=HYPERLINK(\"x\")敬老院")));
    CHECK_FALSE(strings.contains(QStringLiteral("'=HYPERLINK")));
    CHECK(strings.contains(QStringLiteral("HB130821-003")));
    CHECK(strings.contains(QStringLiteral("2026-10")));
    CHECK(strings.contains(QStringLiteral("Nursing-bed ratio")));
    CHECK(strings.contains(center.admin.name()));
    const QString sheet = testing::toolOutput(
        QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
    CHECK(sheet.contains(QStringLiteral("<v>0.8</v>")));      // 80.0 %, shown through the format 0.0%
    CHECK(sheet.contains(QStringLiteral("<v>1.5</v>")));      // residents per caregiver
    CHECK(sheet.contains(QStringLiteral("<pane ")));          // frozen under the header
    CHECK(sheet.contains(QStringLiteral("paperSize=\"9\""))); // A4
    CHECK(sheet.contains(QStringLiteral("fitToHeight=\"0\"")));
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>"))); // no formula anywhere
    const QString workbook = testing::toolOutput(
        QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("_xlnm.Print_Titles")));
}

TEST_CASE("The JSON has an object per month with the county's indicators and the details", "[reports]")
{
    testing::ReportFixture center;
    const QList<MonthlyReport> reports = {ReportService(center.db()).month(center.admin, QDate(2026, 10, 1))};
    const QByteArray json = MonthlyReportExport::json(reports, CenterService(center.db()).profile());
    CHECK(json.contains("\"monthly_visit_rate\": 50"));
    CHECK(json.contains("\"beds_total\": 5"));
    CHECK(json.contains("\"details\""));
    CHECK(json.contains("\"month\": \"2026-10\""));
}

TEST_CASE("October's detail lists: elders not visited, referrals open, residents by care level", "[reports]")
{
    testing::ReportFixture center;
    const MonthlyReport october = ReportService(center.db()).month(center.admin, QDate(2026, 10, 1));
    const auto list = [&](const char* key) {
        for (const MonthList& each : october.lists) {
            if (each.key == QLatin1String(key))
                return each;
        }
        FAIL("no list " << key);
        return MonthList();
    };
    // 周甲 was visited on 2026-10-12; 吴乙 not; 郑丙 and 冯丁 are not special-difficulty.
    const MonthList unvisited = list("unvisited_special_family_beds");
    REQUIRE(unvisited.rows.size() == 1);
    CHECK(unvisited.rows.first().first() == QStringLiteral("吴乙"));
    // 张一 went out at 23:30 on the last day; 赵四 came back on 2026-10-05; 李三's is a draft.
    const MonthList open = list("open_referrals");
    REQUIRE(open.rows.size() == 1);
    CHECK(open.rows.first() == QStringList{QStringLiteral("张一"), QStringLiteral("下板城镇卫生院"),
                                           QStringLiteral("2026-10-31"), QString(), QStringLiteral("0")});
    // Present on 2026-10-31: 张一 (level 3 that day), 李三 (admitted that day) and 赵四 (assessed
    // only in November); 王二 died that day.
    const MonthList levels = list("residents_by_care_level");
    REQUIRE(levels.rows.size() == 3);
    CHECK(levels.rows.at(0) == QStringList{ResidentService::careLevelLabel(3), QStringLiteral("张一"),
                                           QStringLiteral("2026-10-31")});
    CHECK(levels.rows.at(1).at(1) == QStringLiteral("李三"));
    CHECK(levels.rows.at(2).at(1) == QStringLiteral("赵四"));
    CHECK(levels.rows.at(2).at(2).isEmpty());

    // In September 赵四 was away (sent 2026-09-28) and 张一 was level 1.
    const MonthlyReport september = ReportService(center.db()).month(center.admin, QDate(2026, 9, 1));
    for (const MonthList& each : september.lists) {
        if (each.key == QStringLiteral("open_referrals")) {
            REQUIRE(each.rows.size() == 1);
            CHECK(each.rows.first().first() == QStringLiteral("赵四"));
            CHECK(each.rows.first().at(3) == QStringLiteral("2026-09-28"));
        }
        if (each.key == QStringLiteral("residents_by_care_level"))
            CHECK(each.rows.contains(QStringList{ResidentService::careLevelLabel(1), QStringLiteral("张一"),
                                                 QStringLiteral("2026-02-01")}));
    }
}

TEST_CASE("The XLSX's second sheet holds the detail lists of the period's last month", "[reports]")
{
    testing::ReportFixture center;
    const QList<MonthlyReport> reports =
        ReportService(center.db()).months(center.admin, QDate(2026, 9, 1), QDate(2026, 10, 1));
    const QString path = QDir(center.temp.dir()).filePath(QStringLiteral("report.xlsx"));
    MonthlyReportExport::write(center.db(), center.admin, reports, MonthlyReportExport::Format::Xlsx, path);

    const QStringList details = testing::xlsxSheetStrings(path, 2);
    INFO(details.join(QLatin1Char('|')).toStdString());
    CHECK(details.contains(QStringLiteral("吴乙")));           // not visited in October
    CHECK(details.contains(QStringLiteral("张一")));           // open referral, level 3
    CHECK(details.contains(QStringLiteral("下板城镇卫生院"))); // where 张一 went
    CHECK(details.contains(QStringLiteral("Details of the period's last month, 2026-10, as of 2026-10-31.")));
    CHECK_FALSE(details.contains(QStringLiteral("周甲"))); // visited
    // The first sheet is the figures; the names are on the second only.
    CHECK_FALSE(testing::xlsxSheetStrings(path, 1).contains(QStringLiteral("吴乙")));
    const QString workbook = testing::toolOutput(
        QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/workbook.xml")});
    CHECK(workbook.contains(QStringLiteral("name=\"Details\"")));
}

TEST_CASE("The report's document names the center, the period, the figures and the lists", "[reports]")
{
    testing::ReportFixture center;
    const QList<MonthlyReport> reports = {ReportService(center.db()).month(center.admin, QDate(2026, 10, 1))};
    const QString html = MonthlyReportExport::html(reports, CenterService(center.db()).profile(),
                                                   {QStringLiteral("chart1.png")});
    CHECK(html.contains(CenterService(center.db()).profile().name.toHtmlEscaped()));
    CHECK(html.contains(QStringLiteral("2026-10")));
    CHECK(html.contains(QStringLiteral(">80.0%<"))); // the nursing-bed ratio
    CHECK(html.contains(QStringLiteral("吴乙")));
    CHECK(html.contains(QStringLiteral("<img src=\"chart1.png\"")));
    // A PDF is painted by the program's ui, never by core.
    CHECK(refusal([&] {
              MonthlyReportExport::write(center.db(), center.admin, reports, MonthlyReportExport::Format::Pdf,
                                         QDir(center.temp.dir()).filePath(QStringLiteral("r.pdf")));
          }).contains(QStringLiteral("pdf")));
}
