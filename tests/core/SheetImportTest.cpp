#include "sheets/SheetImport.h"

#include "LibreOffice.h"
#include "ResidentFixtures.h"
#include "RosterSheets.h"
#include "TempDatabase.h"
#include "auth/AuditLog.h"
#include "beds/BedService.h"
#include "common/Error.h"
#include "residents/ResidentService.h"
#include "sheets/ColumnMapping.h"
#include "sheets/SheetReader.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using namespace jinglao::testing;

namespace {

const QDate today(2026, 11, 20);

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList residentHeader()
{
    return {s("序号"),     s("姓名"),     s("身份证号"), s("性别"),       s("出生日期"),     s("床位号"),
            s("入住日期"), s("人员类别"), s("联系电话"), s("紧急联系人"), s("紧急联系电话"), s("备注")};
}

// One roster row: id from birth and gender, bed code, admission text, category text.
QStringList residentRow(int number, const char* name, const QDate& birth, int gender, const QString& bed,
                        const QString& admission, const char* category)
{
    return {QString::number(number),
            s(name),
            makeIdNumber(birth, gender, number),
            gender == 1 ? s("男") : s("女"),
            birth.toString(QStringLiteral("yyyy/M/d")),
            bed,
            admission,
            s(category),
            QStringLiteral("13800138000"),
            s("家属"),
            QStringLiteral("0311-5555666"),
            QString()};
}

struct Center {
    FixedToday fixed{today};
    TempDatabase db;
    Center()
    {
        for (const char* code : {"A-101-1", "A-101-2", "A-102-1"})
            addBed(db.db(), QString::fromLatin1(code));
    }
    QString path(const QString& name) const { return QDir(db.dir()).filePath(name); }
    int residents() { return sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt(); }
    int staff() { return sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM staff")).toInt(); }
    bool hasBackups() const { return QDir(QDir(db.dir()).filePath(QStringLiteral("backups"))).exists(); }
    SheetImport::Result import(const QString& file, SheetKind kind, bool dryRun = false,
                               const QStringList& overrides = {})
    {
        const Sheet sheet = SheetReader::read(file);
        ColumnMapping mapping = ColumnMapping::guess(kind, sheet.header);
        for (const QString& assignment : overrides)
            mapping.apply(assignment);
        return SheetImport(db.db()).run(admin(), sheet, mapping, dryRun);
    }
};

const ImportProblem* problemOn(const SheetImport::Result& result, qint64 line)
{
    for (const ImportProblem& problem : result.problems) {
        if (problem.line == line)
            return &problem;
    }
    return nullptr;
}

} // namespace

// ---- reading ---------------------------------------------------------------------------------

TEST_CASE("SheetReader reads a CSV roster below its title, with each row's line", "[sheets]")
{
    QTemporaryDir dir;
    const QString file = writeRosterCsv(dir.filePath(QStringLiteral("roster.csv")),
                                        {{s("幸福敬老院花名册")},
                                         {s(" 姓名 "), s("身份证号")},
                                         {s("张三"), QStringLiteral(" 130821194503120011 ")},
                                         {QString(), QString()},
                                         {s("李四"), QString()}},
                                        false, true);
    const Sheet sheet = SheetReader::read(file);
    CHECK(sheet.fileName == QStringLiteral("roster.csv"));
    CHECK(sheet.header == QStringList{s("姓名"), s("身份证号")});
    CHECK(sheet.headerLine == 2);
    REQUIRE(sheet.rows.size() == 2);
    CHECK(sheet.rows[0].line == 3);
    CHECK(sheet.rows[0].cells == QStringList{s("张三"), QStringLiteral("130821194503120011")});
    CHECK(sheet.rows[1].line == 5);
}

TEST_CASE("SheetReader reads a GB18030 CSV as WPS saves it", "[sheets]")
{
    QTemporaryDir dir;
    const QString file = writeRosterCsv(dir.filePath(QStringLiteral("wps.csv")),
                                        {{s("姓名"), s("人员类别")}, {s("王五"), s("低保边缘")}}, true);
    // The bytes are not UTF-8: the reader falls back to GB18030.
    QFile raw(file);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    QStringEncoder encoder("GB18030");
    const QByteArray name = encoder.encode(s("王五"));
    CHECK(raw.readAll().contains(name));
    const Sheet sheet = SheetReader::read(file);
    CHECK(sheet.header == QStringList{s("姓名"), s("人员类别")});
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].cells == QStringList{s("王五"), s("低保边缘")});
}

TEST_CASE("SheetReader reads an XLSX: shared and inline strings, numbers, booleans, dates, gaps", "[sheets]")
{
    QTemporaryDir dir;
    for (const bool inlineStrings : {false, true}) {
        DYNAMIC_SECTION("inline strings " << inlineStrings)
        {
            const QString file =
                writeRosterXlsx(dir.filePath(QStringLiteral("roster%1.xlsx").arg(inlineStrings)),
                                {{s("花名册")},
                                 {s("姓名"), s("电话"), s("入住日期"), s("在院"), s("备注")},
                                 {s("张三"), 13800138000.0, QDate(2024, 3, 5), true, s("说明")},
                                 {},
                                 {s("李四"), QVariant(), 45356, false}},
                                inlineStrings);
            const Sheet sheet = SheetReader::read(file);
            CHECK(sheet.header == QStringList{s("姓名"), s("电话"), s("入住日期"), s("在院"), s("备注")});
            CHECK(sheet.headerLine == 2);
            REQUIRE(sheet.rows.size() == 2);
            CHECK(sheet.rows[0].line == 3);
            CHECK(sheet.rows[0].cells == QStringList{s("张三"), QStringLiteral("13800138000"),
                                                     QStringLiteral("45356"), QStringLiteral("TRUE"),
                                                     s("说明")});
            // Row 4 is empty and left out; the cell left out of row 5 keeps its column.
            CHECK(sheet.rows[1].line == 5);
            CHECK(sheet.rows[1].cells ==
                  QStringList{s("李四"), QString(), QStringLiteral("45356"), QStringLiteral("FALSE")});
            CHECK(SheetReader::parseDate(sheet.rows[0].cells[2]) == QDate(2024, 3, 5));
        }
    }
}

TEST_CASE("SheetReader joins rich text runs of a shared string", "[sheets]")
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("rich.xlsx"));
    {
        const QByteArray name = file.toLocal8Bit();
        lxw_workbook* workbook = workbook_new(name.constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format* bold = workbook_add_format(workbook);
        format_set_bold(bold);
        worksheet_write_string(sheet, 0, 0, "姓名", nullptr);
        worksheet_write_string(sheet, 0, 1, "备注", nullptr);
        lxw_rich_string_tuple first{bold, const_cast<char*>("张")};
        lxw_rich_string_tuple second{nullptr, const_cast<char*>("三丰")};
        lxw_rich_string_tuple* runs[] = {&first, &second, nullptr};
        worksheet_write_rich_string(sheet, 1, 0, runs, nullptr);
        worksheet_write_string(sheet, 1, 1, "x", nullptr);
        REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    }
    const Sheet sheet = SheetReader::read(file);
    REQUIRE(sheet.rows.size() == 1);
    CHECK(sheet.rows[0].cells.value(0) == s("张三丰"));
}

TEST_CASE("Excel day numbers become dates in the 1900 system, its leap-year bug respected", "[sheets]")
{
    CHECK(SheetReader::dateFromSerial(1) == QDate(1900, 1, 1));
    CHECK(SheetReader::dateFromSerial(59) == QDate(1900, 2, 28));
    CHECK_FALSE(SheetReader::dateFromSerial(60).isValid()); // 1900-02-29, which never was
    CHECK(SheetReader::dateFromSerial(61) == QDate(1900, 3, 1));
    CHECK(SheetReader::dateFromSerial(16876) == QDate(1946, 3, 15));
    CHECK(SheetReader::dateFromSerial(45356.75) == QDate(2024, 3, 5));
    CHECK_FALSE(SheetReader::dateFromSerial(0).isValid());
    CHECK(SheetReader::dateFromSerial(0, true) == QDate(1904, 1, 1));
    CHECK(SheetReader::parseDate(QStringLiteral("2024-03-05")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(QStringLiteral("2024/3/5")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(s("2024年3月5日")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(QStringLiteral("2024.3.5")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(QStringLiteral("20240305")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(QStringLiteral("2024-03-05 00:00:00")) == QDate(2024, 3, 5));
    CHECK(SheetReader::parseDate(QStringLiteral("45356")) == QDate(2024, 3, 5));
    CHECK_FALSE(SheetReader::parseDate(QStringLiteral("2024-13-45")).isValid());
    CHECK_FALSE(SheetReader::parseDate(QStringLiteral("March 5")).isValid());
}

TEST_CASE("SheetReader refuses other files, damaged workbooks and parts too large to unpack", "[sheets]")
{
    QTemporaryDir dir;
    const QString xls = dir.filePath(QStringLiteral("old.xls"));
    writeBytes(xls, "x");
    CHECK_THROWS_WITH(SheetReader::read(xls), Catch::Contains(".xlsx or .csv"));
    const QString broken = dir.filePath(QStringLiteral("broken.xlsx"));
    writeBytes(broken, "PK not really a zip");
    CHECK_THROWS_WITH(SheetReader::read(broken), Catch::Contains("not an XLSX workbook"));
    CHECK_THROWS_AS(SheetReader::read(dir.filePath(QStringLiteral("missing.csv"))), Error);

    // A worksheet that unpacks to more than 64 MB (a zip bomb) is refused from the zip's directory.
    const QString parts = dir.filePath(QStringLiteral("bomb"));
    QDir(parts).mkpath(QStringLiteral("xl/_rels"));
    QDir(parts).mkpath(QStringLiteral("xl/worksheets"));
    writeBytes(parts + QStringLiteral("/xl/workbook.xml"),
               "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
               "<sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    writeBytes(
        parts + QStringLiteral("/xl/_rels/workbook.xml.rels"),
        "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
        "</Relationships>");
    writeBytes(parts + QStringLiteral("/xl/worksheets/sheet1.xml"),
               QByteArray(SheetReader::MaxPartBytes + 1024, ' '));
    const QString bomb = dir.filePath(QStringLiteral("bomb.xlsx"));
    QProcess zip;
    zip.setWorkingDirectory(parts);
    zip.start(QStringLiteral("zip"),
              {QStringLiteral("-q"), QStringLiteral("-r"), bomb, QStringLiteral("xl")});
    INFO("zip (Debian package zip) is needed to build the damaged workbooks");
    REQUIRE(zip.waitForFinished(60000));
    REQUIRE(zip.exitCode() == 0);
    CHECK(QFileInfo(bomb).size() < 1024 * 1024);
    CHECK_THROWS_WITH(SheetReader::read(bomb), Catch::Contains("larger than 64 MB"));

    // The same part with its directory entries claiming 1000 bytes: still refused, never read whole.
    QFile file(bomb);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray bytes = file.readAll();
    file.close();
    const QByteArray partName("xl/worksheets/sheet1.xml");
    int patched = 0;
    for (qsizetype at = bytes.indexOf(partName); at >= 0; at = bytes.indexOf(partName, at + 1)) {
        const auto patch = [&](qsizetype header, qsizetype sizeOffset, const char* signature) {
            if (header >= 0 && bytes.mid(header, 4) == QByteArray(signature, 4)) {
                bytes.replace(header + sizeOffset, 4, QByteArray("\xE8\x03\x00\x00", 4));
                ++patched;
            }
        };
        patch(at - 30, 22, "PK\x03\x04");
        patch(at - 46, 24, "PK\x01\x02");
    }
    REQUIRE(patched == 2);
    const QString liar = dir.filePath(QStringLiteral("liar.xlsx"));
    writeBytes(liar, bytes);
    CHECK_THROWS_WITH(SheetReader::read(liar), Catch::Contains("xl/worksheets/sheet1.xml"));
}

TEST_CASE("SheetReader refuses a row numbered beyond a sheet's last row", "[sheets]")
{
    // Row numbers come from the file. The largest 64-bit one made the next row's number overflow
    // (found by the fuzz target sheet_reader); anything past Excel's last row is a damaged sheet.
    QTemporaryDir dir;
    const auto workbook = [&](const QString& name, const QByteArray& rows) {
        const QString parts = dir.filePath(name + QStringLiteral("-parts"));
        QDir(parts).mkpath(QStringLiteral("xl/_rels"));
        QDir(parts).mkpath(QStringLiteral("xl/worksheets"));
        writeBytes(
            parts + QStringLiteral("/xl/workbook.xml"),
            "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            "<sheets><sheet name=\"a\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        writeBytes(parts + QStringLiteral("/xl/_rels/workbook.xml.rels"),
                   "<Relationships><Relationship Id=\"rId1\" Type=\"x/worksheet\" "
                   "Target=\"worksheets/sheet1.xml\"/></Relationships>");
        writeBytes(parts + QStringLiteral("/xl/worksheets/sheet1.xml"),
                   "<worksheet><sheetData>" + rows + "</sheetData></worksheet>");
        const QString path = dir.filePath(name + QStringLiteral(".xlsx"));
        QProcess zip;
        zip.setWorkingDirectory(parts);
        zip.start(QStringLiteral("zip"),
                  {QStringLiteral("-q"), QStringLiteral("-r"), path, QStringLiteral("xl")});
        INFO("zip (Debian package zip) is needed to build the damaged workbooks");
        REQUIRE(zip.waitForFinished(60000));
        REQUIRE(zip.exitCode() == 0);
        return path;
    };
    const QByteArray cells(
        "<c t=\"inlineStr\"><is><t>a</t></is></c><c t=\"inlineStr\"><is><t>b</t></is></c>");

    const Sheet last = SheetReader::read(
        workbook(QStringLiteral("last"),
                 "<row r=\"1048575\">" + cells + "</row><row r=\"1048576\">" + cells + "</row>"));
    REQUIRE(last.rows.size() == 1);
    CHECK(last.rows[0].line == 1048576);

    for (const char* number : {"1048577", "9223372036854775807"}) {
        DYNAMIC_SECTION("row " << number)
        {
            const QString path =
                workbook(QStringLiteral("row%1").arg(QLatin1String(number)),
                         "<row r=\"" + QByteArray(number) + "\">" + cells + "</row><row>" + cells + "</row>");
            CHECK_THROWS_WITH(SheetReader::read(path),
                              Catch::Contains(std::string("row numbered ") + number));
        }
    }
}

// ---- mapping ---------------------------------------------------------------------------------

TEST_CASE("ColumnMapping guesses Chinese headers and takes overrides", "[sheets]")
{
    ColumnMapping residents = ColumnMapping::guess(SheetKind::Residents, residentHeader());
    CHECK(residents.fieldOf(0).isEmpty()); // 序号
    CHECK(residents.fieldOf(1) == QStringLiteral("name"));
    CHECK(residents.fieldOf(2) == QStringLiteral("id_number"));
    CHECK(residents.fieldOf(3) == QStringLiteral("gender"));
    CHECK(residents.fieldOf(4) == QStringLiteral("birth_date"));
    CHECK(residents.fieldOf(5) == QStringLiteral("bed"));
    CHECK(residents.fieldOf(6) == QStringLiteral("admission_date"));
    CHECK(residents.fieldOf(7) == QStringLiteral("category"));
    CHECK(residents.fieldOf(8) == QStringLiteral("phone"));
    CHECK(residents.fieldOf(9) == QStringLiteral("emergency_contact"));
    CHECK(residents.fieldOf(10) == QStringLiteral("emergency_phone"));
    CHECK(residents.fieldOf(11).isEmpty()); // 备注
    CHECK(residents.problems().isEmpty());

    const ColumnMapping staff =
        ColumnMapping::guess(SheetKind::Staff, {s("姓名"), s("身份证号码（18位）"), s("岗位/职务"),
                                                s("技能等级"), s("入职日期"), s("手机号")});
    CHECK(staff.fieldOf(1) == QStringLiteral("id_number"));
    CHECK(staff.fieldOf(2) == QStringLiteral("role"));
    CHECK(staff.fieldOf(3) == QStringLiteral("skill_level"));
    CHECK(staff.fieldOf(4) == QStringLiteral("hire_date"));
    CHECK(staff.fieldOf(5) == QStringLiteral("phone"));

    // A header nobody guesses is mapped by hand; a field moves from the column that held it.
    ColumnMapping other =
        ColumnMapping::guess(SheetKind::Residents, {s("老人"), s("证件"), s("入住日期"), s("入院")});
    CHECK(other.problems().size() == 3); // name, ID number, category
    other.apply(s("老人=name"));
    other.apply(s("证件=id_number"));
    other.apply(s("入院=admission_date"));
    CHECK(other.fieldOf(2).isEmpty());
    CHECK(other.fieldOf(3) == QStringLiteral("admission_date"));
    CHECK(other.problems().size() == 1);
    other.apply(s("入院=-"));
    CHECK(other.columnOf(QStringLiteral("admission_date")) < 0);
    CHECK_THROWS_WITH(other.apply(s("床=bed")), Catch::Contains("not in the sheet's header"));
    CHECK_THROWS_WITH(other.apply(s("老人=nickname")), Catch::Contains("not a field"));
    CHECK_THROWS_WITH(other.apply(s("老人")), Catch::Contains("COLUMN=field"));
}

// ---- importing -------------------------------------------------------------------------------

TEST_CASE("A resident roster imports with beds, Chinese labels and codes, after a backup", "[sheets]")
{
    Center center;
    const QString file = writeRosterCsv(
        center.path(QStringLiteral("roster.csv")),
        {residentHeader(),
         residentRow(1, "张三", QDate(1945, 3, 12), 1, QStringLiteral("A-101-1"), s("2024年3月5日"),
                     "特困供养人员"),
         residentRow(2, "李四", QDate(1950, 7, 1), 2, QStringLiteral("a-101-2"), QStringLiteral("2024/3/6"),
                     "低保边缘"),
         residentRow(3, "王五", QDate(1948, 1, 2), 1, QString(), QStringLiteral("2024-03-07"), "SH"),
         residentRow(4, "赵六", QDate(1952, 5, 9), 2, QStringLiteral("A-102-1"), QStringLiteral("45360"),
                     "特困"),
         // A template's numbered empty rows are no records.
         {QStringLiteral("5"), QString(), QString(), QString(), QString(), QString(), QString(), QString(),
          QString(), QString(), QString(), s("空行")}});
    const SheetImport::Result result = center.import(file, SheetKind::Residents);
    INFO((result.problems.isEmpty() ? QString() : result.problems.first().reason).toStdString());
    REQUIRE(result.ok());
    CHECK(result.applied);
    CHECK(result.accepted == 4);
    CHECK(result.refused == 0);
    REQUIRE(result.rows.size() == 4);
    CHECK(result.rows[0].line == 2);
    CHECK(result.rows[0].name == s("张三"));
    CHECK(center.residents() == 4);

    ResidentService residents(center.db.db());
    const Resident zhang = *residents.findByIdNumber(admin(), makeIdNumber(QDate(1945, 3, 12), 1, 1));
    CHECK(zhang.bedCode == QStringLiteral("A-101-1"));
    CHECK(zhang.category == ResidentCategory::TK);
    CHECK(zhang.admissionDate == QDate(2024, 3, 5));
    CHECK(zhang.phone == QStringLiteral("13800138000"));
    CHECK(zhang.emergencyContact == s("家属"));
    const Resident li = *residents.findByIdNumber(admin(), makeIdNumber(QDate(1950, 7, 1), 2, 2));
    CHECK(li.bedCode == QStringLiteral("A-101-2"));
    CHECK(li.category == ResidentCategory::DBBY);
    CHECK(li.gender == 2);
    const Resident wang = *residents.findByIdNumber(admin(), makeIdNumber(QDate(1948, 1, 2), 1, 3));
    CHECK(wang.bedUid.isEmpty());
    CHECK(wang.category == ResidentCategory::SH);
    const Resident zhao = *residents.findByIdNumber(admin(), makeIdNumber(QDate(1952, 5, 9), 2, 4));
    CHECK(zhao.admissionDate == QDate(2024, 3, 9)); // the day number 45360
    CHECK(zhao.category == ResidentCategory::TK);

    // One IMPORT event names the file, the kind and the count; the backup lies in backups/.
    const QVariantMap event = sql::row(
        center.db.db(), QStringLiteral("SELECT detail, table_name FROM audit_log WHERE action = 'IMPORT'"));
    CHECK(event.value(QStringLiteral("detail")).toString() ==
          QStringLiteral("sheet import: residents, 4 rows from roster.csv"));
    CHECK(
        sql::scalar(center.db.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'IMPORT'"))
            .toInt() == 1);
    REQUIRE_FALSE(result.backupPath.isEmpty());
    CHECK(QFileInfo(result.backupPath).absolutePath() ==
          QDir(center.db.dir()).filePath(QStringLiteral("backups")));
    CHECK(QFileInfo(result.backupPath).fileName().startsWith(QStringLiteral("jinglao-before-import-")));
    CHECK(QFileInfo::exists(result.backupPath));
}

TEST_CASE("Every refused row is named with its line, column, value and reason; nothing is kept", "[sheets]")
{
    Center center;
    QStringList badDigit =
        residentRow(3, "钱七", QDate(1944, 2, 2), 1, QString(), QStringLiteral("2024-03-05"), "低保");
    badDigit[2] =
        badDigit[2].left(17) + (badDigit[2].endsWith(QLatin1Char('0')) ? QLatin1Char('1') : QLatin1Char('0'));
    QStringList wrongBirth =
        residentRow(4, "孙八", QDate(1946, 6, 6), 2, QString(), QStringLiteral("2024-03-05"), "低保");
    wrongBirth[4] = QStringLiteral("1946-06-07");
    QStringList wrongGender =
        residentRow(10, "郑十三", QDate(1946, 6, 6), 2, QString(), QStringLiteral("2024-03-05"), "低保");
    wrongGender[3] = s("男");
    QStringList badGender =
        residentRow(9, "冯十二", QDate(1943, 4, 4), 2, QString(), QStringLiteral("2024-03-05"), "SH");
    badGender[3] = QStringLiteral("X");
    const QString file = writeRosterCsv(
        center.path(QStringLiteral("bad.csv")),
        {residentHeader(),
         residentRow(1, "张三", QDate(1945, 3, 12), 1, QStringLiteral("A-101-1"),
                     QStringLiteral("2024-03-05"), "特困"),
         badDigit, wrongBirth,
         residentRow(5, "周九", QDate(1949, 9, 9), 1, QStringLiteral("B-909-9"), QStringLiteral("2024-03-05"),
                     "SH"),
         residentRow(6, "吴十", QDate(1941, 1, 1), 2, QStringLiteral("A-101-1"), QStringLiteral("2024-03-05"),
                     "SH"),
         residentRow(7, "陈十一", QDate(1942, 2, 2), 1, QString(), QStringLiteral("2024-13-45"), "SH"),
         residentRow(8, "褚十一", QDate(1942, 3, 3), 1, QString(), QStringLiteral("2024-03-05"), "贫困户"),
         badGender, wrongGender,
         residentRow(11, "卫十四", QDate(1947, 7, 7), 1, QString(), QStringLiteral("2027-01-01"), "SH"),
         residentRow(12, "蒋十五", QDate(1940, 8, 8), 2, QStringLiteral("A-101-2"),
                     QStringLiteral("2024-03-05"), "DB")});
    const QStringList before = dumpDatabase(center.db.db());
    const SheetImport::Result result = center.import(file, SheetKind::Residents);
    CHECK_FALSE(result.applied);
    CHECK(result.accepted == 2);
    CHECK(result.refused == 9);
    REQUIRE(result.problems.size() == 9);
    for (const ImportProblem& problem : result.problems)
        CHECK(problem.file == QStringLiteral("bad.csv"));

    const auto expect = [&](qint64 line, const char* column, const QString& value, const char* reason) {
        INFO("line " << line);
        const ImportProblem* problem = problemOn(result, line);
        REQUIRE(problem != nullptr);
        CHECK(problem->column == s(column));
        CHECK(problem->value == value);
        CHECK_THAT(problem->reason.toStdString(), Catch::Contains(reason));
    };
    expect(3, "身份证号", badDigit[2], "check");
    expect(4, "身份证号", wrongBirth[2], "does not agree with the birth date 1946-06-07");
    expect(5, "床位号", QStringLiteral("B-909-9"), "not a bed of this center");
    // Two rows for one bed: the row above took it.
    expect(6, "床位号", QStringLiteral("A-101-1"), "occupied by");
    expect(7, "入住日期", QStringLiteral("2024-13-45"), "not a date");
    expect(8, "人员类别", s("贫困户"), "is none of");
    expect(9, "性别", QStringLiteral("X"), "is neither");
    expect(10, "身份证号", wrongGender[2], "belongs to a woman");
    expect(11, "入住日期", QStringLiteral("2027-01-01"), "future");
    CHECK(problemOn(result, 2) == nullptr);
    CHECK(problemOn(result, 12) == nullptr);

    // All or nothing: the two good rows are not kept either, and no backup was made.
    CHECK(dumpDatabase(center.db.db()) == before);
    CHECK(center.residents() == 0);
    CHECK_FALSE(center.hasBackups());
}

TEST_CASE("A dry run checks every row and changes nothing", "[sheets]")
{
    Center center;
    const QString file =
        writeRosterCsv(center.path(QStringLiteral("roster.csv")),
                       {residentHeader(),
                        residentRow(1, "张三", QDate(1945, 3, 12), 1, QStringLiteral("A-101-1"),
                                    QStringLiteral("2024-03-05"), "特困"),
                        residentRow(2, "李四", QDate(1950, 7, 1), 2, QStringLiteral("A-101-2"),
                                    QStringLiteral("2024-03-06"), "DB")});
    const QStringList before = dumpDatabase(center.db.db());
    const SheetImport::Result result = center.import(file, SheetKind::Residents, true);
    CHECK(result.ok());
    CHECK(result.accepted == 2);
    CHECK_FALSE(result.applied);
    CHECK(result.backupPath.isEmpty());
    CHECK(dumpDatabase(center.db.db()) == before);
    CHECK_FALSE(center.hasBackups());
}

TEST_CASE("A mapping without a required field is refused before any row", "[sheets]")
{
    Center center;
    QList<QStringList> rows{{s("姓名"), s("身份证"), s("人员类别")},
                            {s("张三"), makeIdNumber(QDate(1945, 3, 12), 1), s("特困")}};
    const QString file = writeRosterCsv(center.path(QStringLiteral("short.csv")), rows);
    SheetImport::Result result = center.import(file, SheetKind::Residents);
    REQUIRE(result.problems.size() == 1);
    CHECK(result.problems[0].line == 1);
    CHECK_THAT(result.problems[0].reason.toStdString(), Catch::Contains("Admission date"));
    CHECK(result.rows.isEmpty());
    CHECK(center.residents() == 0);
}

TEST_CASE("Column overrides map headers nobody guesses", "[sheets]")
{
    Center center;
    const QString file = writeRosterCsv(
        center.path(QStringLiteral("odd.csv")),
        {{s("老人"), s("证件"), s("来院"), s("补贴")},
         {s("张三"), makeIdNumber(QDate(1945, 3, 12), 1), QStringLiteral("2024-03-05"), s("低保")}});
    CHECK(center.import(file, SheetKind::Residents).problems.size() == 4); // no header is known
    const SheetImport::Result result =
        center.import(file, SheetKind::Residents, false,
                      {s("老人=name"), s("证件=id_number"), s("来院=admission_date"), s("补贴=category")});
    REQUIRE(result.ok());
    CHECK(center.residents() == 1);
}

TEST_CASE("A staff roster imports from XLSX with role labels, levels and Excel dates", "[sheets]")
{
    Center center;
    const QStringList header{s("姓名"),     s("身份证号"), s("岗位/职务"),
                             s("技能等级"), s("入职日期"), s("联系电话")};
    const QString good =
        writeRosterXlsx(center.path(QStringLiteral("staff.xlsx")),
                        {{header[0], header[1], header[2], header[3], header[4], header[5]},
                         {s("刘护理"), makeIdNumber(QDate(1980, 1, 1), 2, 1), s("护理员"), s("三级"),
                          QDate(2020, 5, 1), 13900139000.0},
                         {s("陈护士"), QVariant(), QStringLiteral("NURSE"), QVariant(),
                          QStringLiteral("2021/6/1"), QVariant()},
                         {s("杨医生"), QVariant(), s("医生"), QVariant(), 44197, QVariant()}});
    const SheetImport::Result result = center.import(good, SheetKind::Staff);
    INFO((result.problems.isEmpty() ? QString() : result.problems.first().reason).toStdString());
    REQUIRE(result.ok());
    CHECK(result.accepted == 3);
    const QList<StaffMember> staff =
        StaffService(center.db.db()).list(admin(), StaffService::Filter::All, today);
    REQUIRE(staff.size() == 3);
    for (const StaffMember& member : staff) {
        if (member.name == s("刘护理")) {
            CHECK(member.role == StaffRole::Caregiver);
            CHECK(member.skillLevel == 3);
            CHECK(member.hireDate == QDate(2020, 5, 1));
            CHECK(member.phone == QStringLiteral("13900139000"));
        } else if (member.name == s("陈护士")) {
            CHECK(member.role == StaffRole::Nurse);
            CHECK(member.hireDate == QDate(2021, 6, 1));
        } else {
            CHECK(member.role == StaffRole::Doctor);
            CHECK(member.hireDate == QDate(2021, 1, 1)); // day 44197
        }
    }

    // Refusals: a level for a nurse, an unknown role, the same ID twice (the row above took it).
    const QString bad = writeRosterXlsx(
        center.path(QStringLiteral("staff-bad.xlsx")),
        {{header[0], header[1], header[2], header[3], header[4]},
         {s("甲"), makeIdNumber(QDate(1981, 1, 1), 2, 2), s("护士"), s("二级"), QDate(2020, 1, 1)},
         {s("乙"), QVariant(), s("院长"), QVariant(), QDate(2020, 1, 1)},
         {s("丙"), makeIdNumber(QDate(1982, 1, 1), 1, 3), s("养老护理员"), 2, QDate(2020, 1, 1)},
         {s("丁"), makeIdNumber(QDate(1982, 1, 1), 1, 3), s("社工"), QVariant(), QDate(2020, 1, 1)}});
    const QStringList before = dumpDatabase(center.db.db());
    const SheetImport::Result refused = center.import(bad, SheetKind::Staff);
    CHECK(refused.refused == 3);
    CHECK(refused.accepted == 1);
    const ImportProblem* level = problemOn(refused, 2);
    REQUIRE(level);
    CHECK(level->column == s("技能等级"));
    CHECK_THAT(level->reason.toStdString(), Catch::Contains("only caregivers"));
    const ImportProblem* role = problemOn(refused, 3);
    REQUIRE(role);
    CHECK(role->column == s("岗位/职务"));
    CHECK(role->value == s("院长"));
    const ImportProblem* twice = problemOn(refused, 5);
    REQUIRE(twice);
    CHECK_THAT(twice->reason.toStdString(), Catch::Contains("already recorded"));
    CHECK(dumpDatabase(center.db.db()) == before);
}

TEST_CASE("A roster saved by LibreOffice imports", "[sheets][soffice]")
{
    Center center;
    QTemporaryDir work;
    const QString csv =
        writeRosterCsv(work.filePath(QStringLiteral("roster.csv")),
                       {residentHeader(),
                        residentRow(1, "张三", QDate(1945, 3, 12), 1, QStringLiteral("A-101-1"),
                                    QStringLiteral("2024-03-05"), "特困供养"),
                        residentRow(2, "李四", QDate(1950, 7, 1), 2, QStringLiteral("A-101-2"),
                                    QStringLiteral("2024-03-06"), "低保")});
    // Comma, quotes, UTF-8, from line 1; the ID and phone columns as text, as a center keeps them
    // (a number cell would round an 18-digit ID).
    const QString xlsx = testing::convertWithLibreOffice(
        work.path(), csv, QStringLiteral("xlsx"), {QStringLiteral("--infilter=CSV:44,34,76,1,3/2/9/2/11/2")});

    const Sheet sheet = SheetReader::read(xlsx);
    CHECK(sheet.header == residentHeader());
    const SheetImport::Result result = center.import(xlsx, SheetKind::Residents);
    INFO((result.problems.isEmpty() ? QString() : result.problems.first().reason).toStdString());
    REQUIRE(result.ok());
    CHECK(result.accepted == 2);
    const Resident zhang =
        *ResidentService(center.db.db()).findByIdNumber(admin(), makeIdNumber(QDate(1945, 3, 12), 1, 1));
    CHECK(zhang.bedCode == QStringLiteral("A-101-1"));
    CHECK(zhang.admissionDate == QDate(2024, 3, 5));
    CHECK(zhang.birthDate == QDate(1945, 3, 12));
}
