// report: the monthly report from the command line in each format, and its refusals with their
// exit codes (1 for a missing option, 2 for a month refused, named).

#include "CliRunner.h"
#include "ExportedText.h"
#include "LibreOffice.h"
#include "ReportFixture.h"
#include "center/CenterService.h"
#include "reports/ReportService.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

} // namespace

TEST_CASE("report writes monthly_indicators.csv, JSON, XLSX and PDF for a month or a range", "[cli][reports]")
{
    testing::ReportFixture center;
    center.nameCenter();
    const QString db = center.temp.path();
    const QString dir = center.temp.dir();
    center.temp.close();

    SECTION("CSV: UTF-8 with BOM, CRLF, the spec's header and October's row")
    {
        const QString out = QDir(dir).filePath(QStringLiteral("october.csv"));
        const testing::CliRun run = testing::runCliOn(
            db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                 QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        CHECK(run.out.contains(QStringLiteral("2026-10")));
        const QByteArray bytes = bytesOf(out);
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        REQUIRE(lines.size() == 3); // header, one month, and the empty rest after the last CRLF
        CHECK(lines.at(0) == core::ReportService::countyColumns().join(QLatin1Char(',')));
        CHECK(
            lines.at(0).startsWith(QStringLiteral("uid,updated_at,deleted,month,beds_total,nursing_beds,")));
        CHECK(lines.at(1).contains(
            QStringLiteral(",0,2026-10,5,4,80.0,3,60.0,3,0,0,0,1,0,2,2,3,2,1.5,3,2,1,50.0,2,1,1,2")));
        CHECK(lines.at(2).isEmpty());
    }
    SECTION("JSON: an object per month of the range, percentages as numbers, none as null")
    {
        const QString out = QDir(dir).filePath(QStringLiteral("range.json"));
        const testing::CliRun run = testing::runCliOn(
            db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-09"),
                 QStringLiteral("--to"), QStringLiteral("2026-10"), QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QJsonObject document = QJsonDocument::fromJson(bytesOf(out)).object();
        const QJsonArray months = document.value(QStringLiteral("months")).toArray();
        REQUIRE(months.size() == 2);
        const QJsonObject october = months.at(1).toObject();
        CHECK(october.value(QStringLiteral("month")).toString() == QStringLiteral("2026-10"));
        CHECK(october.value(QStringLiteral("beds_total")).toInt() == 5);
        CHECK(october.value(QStringLiteral("monthly_visit_rate")).toDouble() == 50.0);
        CHECK(october.value(QStringLiteral("caregiver_ratio")).toDouble() == 1.5);
        CHECK(months.at(0).toObject().value(QStringLiteral("caregiver_ratio")).toDouble() == 1.3);
        CHECK(
            october.value(QStringLiteral("details")).toObject().value(QStringLiteral("beds_held")).toInt() ==
            1);
        // The detail lists, as on the XLSX's second sheet: the open referral's resident among them.
        QStringList keys;
        qsizetype openReferrals = 0;
        for (const QJsonValue& list : october.value(QStringLiteral("lists")).toArray()) {
            keys.append(list.toObject().value(QStringLiteral("key")).toString());
            if (keys.last() == QStringLiteral("open_referrals"))
                openReferrals = list.toObject().value(QStringLiteral("rows")).toArray().size();
        }
        CHECK(keys.contains(QStringLiteral("unvisited_special_family_beds")));
        CHECK(keys.contains(QStringLiteral("residents_by_care_level")));
        REQUIRE(keys.contains(QStringLiteral("open_referrals")));
        CHECK(openReferrals == 1); // the one away on 31 October (beds_held above)
    }
    SECTION("XLSX: the figures' labels and the months")
    {
        const QString out = QDir(dir).filePath(QStringLiteral("report.xlsx"));
        const testing::CliRun run = testing::runCliOn(
            db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
                 QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        const QString strings = testing::xlsxStrings(out);
        CHECK(strings.contains(QStringLiteral("2026-10")));
        CHECK(strings.contains(QStringLiteral("Nursing-bed ratio")));
        CHECK(strings.contains(QStringLiteral("nursing_bed_ratio")));
        CHECK(testing::xlsxSheetStrings(out, 2).contains(QStringLiteral("吴乙")));

        // LibreOffice opens the workbook with the same numbers (its first sheet saved as CSV).
        const QString csv = testing::convertWithLibreOffice(
            dir, out, QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"));
        QFile file(csv);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
        const auto rowOf = [&](const QString& label) {
            for (const QString& line : lines) {
                if (line.contains(label))
                    return line.trimmed();
            }
            return QString();
        };
        INFO(lines.join(QLatin1Char('\n')).left(3000).toStdString());
        CHECK(rowOf(QStringLiteral("Beds in service")).endsWith(QStringLiteral(",5")));
        CHECK(rowOf(QStringLiteral("Nursing-bed ratio")).contains(QStringLiteral("80")));
        CHECK(rowOf(QStringLiteral("Monthly visit rate")).contains(QStringLiteral("50")));
    }
    SECTION("PDF, in Chinese: searchable text with the center, the figures and the names")
    {
        const QString out = QDir(dir).filePath(QStringLiteral("report.pdf"));
        const testing::CliRun run = testing::runCli(
            {QStringLiteral("--db"), db, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
             QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--format"), QStringLiteral("pdf"), QStringLiteral("--out"), out});
        INFO(run.err.toStdString());
        REQUIRE(run.exitCode == 0);
        REQUIRE(bytesOf(out).startsWith("%PDF"));
        const QString text = testing::pdfText(out);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("下板城镇敬老院")));
        CHECK(text.contains(QStringLiteral("HB130821-003")));
        CHECK(text.contains(QStringLiteral("2026-10")));
        CHECK(text.contains(QStringLiteral("80.0%")));          // the nursing-bed ratio
        CHECK(text.contains(QStringLiteral("张一")));           // a referral open at the month's end
        CHECK(text.contains(QStringLiteral("吴乙")));           // not visited
        CHECK(text.contains(QStringLiteral("下板城镇卫生院"))); // where 张一 went
        // 人 and 老 share their glyphs with the Kangxi radicals ⼈ and ⽼: the text says the ideographs.
        CHECK(text.contains(QStringLiteral("人")));
        for (const QChar c : text)
            CHECK_FALSE((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF));
    }
}

TEST_CASE("report refuses a malformed month, one before any record and a missing option", "[cli][reports]")
{
    testing::ReportFixture center;
    const QString db = center.temp.path();
    const QString out = QDir(center.temp.dir()).filePath(QStringLiteral("r.csv"));
    center.temp.close();

    const testing::CliRun malformed =
        testing::runCliOn(db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-13"),
                               QStringLiteral("--out"), out});
    CHECK(malformed.exitCode == 2);
    CHECK(malformed.err.contains(QStringLiteral("2026-13")));

    const testing::CliRun early =
        testing::runCliOn(db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2019-12"),
                               QStringLiteral("--out"), out});
    CHECK(early.exitCode == 2);
    CHECK(early.err.contains(QStringLiteral("2019-12")));
    CHECK(early.err.contains(QStringLiteral("2020-01")));

    const testing::CliRun badTo = testing::runCliOn(
        db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--to"), QStringLiteral("2026-9"), QStringLiteral("--out"), out});
    CHECK(badTo.exitCode == 2);
    CHECK(badTo.err.contains(QStringLiteral("2026-9")));

    const testing::CliRun reversed = testing::runCliOn(
        db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--to"), QStringLiteral("2026-09"), QStringLiteral("--out"), out});
    CHECK(reversed.exitCode == 2);
    CHECK(reversed.err.contains(QStringLiteral("2026-09")));

    const testing::CliRun badFormat = testing::runCliOn(
        db, {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10"),
             QStringLiteral("--format"), QStringLiteral("ods"), QStringLiteral("--out"), out});
    CHECK(badFormat.exitCode == 2);
    CHECK(badFormat.err.contains(QStringLiteral("ods")));

    CHECK(testing::runCliOn(db,
                            {QStringLiteral("report"), QStringLiteral("--month"), QStringLiteral("2026-10")})
              .exitCode == 1);
    CHECK(testing::runCliOn(db, {QStringLiteral("report"), QStringLiteral("--out"), out}).exitCode == 1);
    CHECK_FALSE(QFile::exists(out));
}
