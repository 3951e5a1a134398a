// Any list written out as the person sees it: CSV (BOM, CRLF, apostrophe before a leading
// = + - @ TAB CR) and XLSX (read back with unzip: text cells as written, numbers as numbers, the
// title and filter on top), both audited with the list, the rows and the filter.

#include "common/TableExport.h"

#include "ExportedText.h"
#include "TempDatabase.h"
#include "auth/Actor.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "common/XlsxWorkbook.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using jinglao::testing::TempDatabase;

namespace {

ExportedTable residents()
{
    ExportedTable table;
    table.list = QStringLiteral("residents");
    table.table = QStringLiteral("residents");
    table.title = QStringLiteral("入住老人");
    table.filter = QStringLiteral("当前在院老人；特困供养");
    table.headers = {QStringLiteral("姓名"), QStringLiteral("年龄"), QStringLiteral("备注")};
    table.numeric = {false, true, false};
    table.rows = {
        {QStringLiteral("=HYPERLINK(\"x\")张三"), QStringLiteral("86"), QStringLiteral("+86 138")},
        {QStringLiteral("李四"), QStringLiteral("79"), QStringLiteral("-5")},
        {QStringLiteral("@王五"), QString(), QStringLiteral("\t隐藏")},
        {QStringLiteral("赵六"), QStringLiteral("91"), QStringLiteral("\r回车")},
    };
    return table;
}

QJsonObject lastExport(TempDatabase& temp)
{
    const QVariantMap row = sql::row(
        temp.db(),
        QStringLiteral("SELECT action, table_name, new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(row.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(row.value(QStringLiteral("table_name")).toString() == QStringLiteral("residents"));
    return QJsonDocument::fromJson(row.value(QStringLiteral("new_values")).toString().toUtf8()).object();
}

QString sheetXml(const QString& path)
{
    return testing::toolOutput(QStringLiteral("unzip"),
                               {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet1.xml")});
}

} // namespace

TEST_CASE("A list's file format comes from its extension", "[tableexport]")
{
    CHECK(TableExport::formatFor(QStringLiteral("/tmp/a.csv")) == TableExport::Format::Csv);
    CHECK(TableExport::formatFor(QStringLiteral("/tmp/a.XLSX")) == TableExport::Format::Xlsx);
    CHECK_FALSE(TableExport::formatFor(QStringLiteral("/tmp/a.xls")).has_value());
    CHECK_FALSE(TableExport::formatFor(QStringLiteral("/tmp/a")).has_value());
}

TEST_CASE("A list exports as CSV with BOM, CRLF and formula escaping, audited with its filter",
          "[tableexport][privacy]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("residents.csv"));
    CHECK(TableExport::write(temp.db(), admin, residents(), path) == 4);

    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + QStringLiteral("姓名,年龄,备注\r\n"
                                                    "\"'=HYPERLINK(\"\"x\"\")张三\",86,'+86 138\r\n"
                                                    "李四,79,'-5\r\n"
                                                    "'@王五,,'\t隐藏\r\n"
                                                    "赵六,91,\"'\r回车\"\r\n")
                                         .toUtf8();
    CHECK(testing::fileBytes(path) == expected);

    const QJsonObject what = lastExport(temp);
    CHECK(what.value(QStringLiteral("kind")).toString() == QStringLiteral("residents_list_csv"));
    CHECK(what.value(QStringLiteral("records")).toInt() == 4);
    CHECK(what.value(QStringLiteral("scope")).toString() == QStringLiteral("当前在院老人；特困供养"));
    CHECK(what.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("residents.csv")));
}

TEST_CASE("A list exports as XLSX with text as text and numbers as numbers", "[tableexport][privacy]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    CenterProfile profile;
    profile.name = QStringLiteral("下板城镇敬老院");
    CenterService(temp.db()).save(admin, profile);
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("residents.xlsx"));
    CHECK(TableExport::write(temp.db(), admin, residents(), path) == 4);

    const QString strings = testing::xlsxStrings(path);
    // The title row names the center and the list, the next the filter, then who made it.
    CHECK(strings.contains(QStringLiteral("下板城镇敬老院 入住老人")));
    CHECK(strings.contains(QStringLiteral("Filter: 当前在院老人；特困供养")));
    CHECK(strings.contains(QStringLiteral(" by wang; 4 row")));
    // A name beginning with = is a string cell, unchanged, with no apostrophe anywhere.
    CHECK((strings.contains(QStringLiteral("<t>=HYPERLINK(\"x\")张三</t>")) ||
           strings.contains(QStringLiteral("<t>=HYPERLINK(&quot;x&quot;)张三</t>"))));
    CHECK(strings.contains(QStringLiteral("<t>@王五</t>")));
    CHECK(strings.contains(QStringLiteral("<t>+86 138</t>")));
    CHECK(strings.contains(QStringLiteral("<t>-5</t>")));
    CHECK_FALSE(strings.contains(QLatin1Char('\'')));

    const QString sheet = sheetXml(path);
    CHECK_FALSE(sheet.contains(QStringLiteral("<f>"))); // no formula anywhere
    // The age column holds numbers (cells without t="s"), the header row is frozen below the title.
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B6\"[^>]*><v>86</v></c>"))));
    CHECK_FALSE(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B6\"[^>]*t=\"s\""))));
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"A6\"[^>]*t=\"s\""))));
    CHECK(sheet.contains(QStringLiteral("topLeftCell=\"A6\"")));

    const QJsonObject what = lastExport(temp);
    CHECK(what.value(QStringLiteral("kind")).toString() == QStringLiteral("residents_list_xlsx"));
    CHECK(what.value(QStringLiteral("records")).toInt() == 4);
    CHECK(what.value(QStringLiteral("scope")).toString() == QStringLiteral("当前在院老人；特困供养"));
}

TEST_CASE("A list without a filter says so and is audited as all", "[tableexport]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    ExportedTable table = residents();
    table.filter.clear();
    const QString path = QDir(temp.dir()).filePath(QStringLiteral("all.xlsx"));
    TableExport::write(temp.db(), admin, table, path);
    CHECK(testing::xlsxStrings(path).contains(TableExport::filterText(QString())));
    CHECK(lastExport(temp).value(QStringLiteral("scope")).toString() == QStringLiteral("all"));
}

TEST_CASE("A list export is refused before anything is written or audited", "[tableexport]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    const auto audited = [&] {
        return sql::scalar(temp.db(),
                           QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'"))
            .toInt();
    };
    SECTION("a name that is neither .csv nor .xlsx")
    {
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("residents.xls"));
        CHECK_THROWS_AS(TableExport::write(temp.db(), admin, residents(), path), Error);
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a folder that does not exist")
    {
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("no/such/folder/r.xlsx"));
        CHECK_THROWS_AS(TableExport::write(temp.db(), admin, residents(), path), Error);
    }
    SECTION("a row wider than the headers")
    {
        ExportedTable table = residents();
        table.rows.append(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")});
        const QString path = QDir(temp.dir()).filePath(QStringLiteral("r.csv"));
        CHECK_THROWS_AS(TableExport::write(temp.db(), admin, table, path), Error);
        CHECK_FALSE(QFile::exists(path));
    }
    CHECK(audited() == 0);
}

TEST_CASE("An XLSX sheet's name is made valid", "[tableexport]")
{
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("a/b:c")) == QStringLiteral("a_b_c"));
    CHECK(XlsxWorkbook::sheetName(QStringLiteral("'x'")) == QStringLiteral("x"));
    CHECK(XlsxWorkbook::sheetName(QString(40, QLatin1Char('x'))).size() == 31);
}
