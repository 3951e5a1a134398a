#include "common/CsvWriter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using jinglao::core::CsvWriter;
namespace privacy = jinglao::core::privacy;

TEST_CASE("CSV fields are quoted as RFC 4180 asks", "[privacy]")
{
    CHECK(CsvWriter::field(QStringLiteral("plain"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("plain"));
    CHECK(CsvWriter::field(QStringLiteral("a,b"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::field(QStringLiteral("say \"hi\""), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::field(QStringLiteral("two\nlines"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::field(QStringLiteral("cr\rhere"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"cr\rhere\""));
    CHECK(CsvWriter::field(QString(), privacy::FormulaRule::Spreadsheet) == QString());
    CHECK(CsvWriter::field(QStringLiteral("张三"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("张三"));
}

TEST_CASE("CSV text cells beginning with a formula character are escaped", "[privacy]")
{
    CHECK(CsvWriter::field(QStringLiteral("=1+1"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("'=1+1"));
    CHECK(CsvWriter::field(QStringLiteral("+86 138"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("'+86 138"));
    CHECK(CsvWriter::field(QStringLiteral("-5"), privacy::FormulaRule::Spreadsheet) == QStringLiteral("'-5"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\",\"y\")"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("a=b"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("a=b"));
    // Some spreadsheets skip a leading TAB or CR and read the formula after it: escaped as well.
    CHECK(CsvWriter::field(QStringLiteral("\t=1"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("'\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("\r=1"), privacy::FormulaRule::Spreadsheet) ==
          QStringLiteral("\"'\r=1\""));
    // The county's files follow county-csv-spec.md to the letter: = + - @ only.
    CHECK(CsvWriter::field(QStringLiteral("\t=1"), privacy::FormulaRule::CountySpec) ==
          QStringLiteral("\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("-5"), privacy::FormulaRule::CountySpec) == QStringLiteral("'-5"));
}

TEST_CASE("A CSV file starts with a UTF-8 BOM and ends every row with CRLF", "[privacy]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer, privacy::FormulaRule::CountySpec);
    writer.writeRow({QStringLiteral("name"), QStringLiteral("note")});
    writer.writeRow({QStringLiteral("李四"), QStringLiteral("x,y")});
    CHECK(writer.rowsWritten() == 2);
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + "name,note\r\n" + QStringLiteral("李四").toUtf8() + ",\"x,y\"\r\n";
    CHECK(buffer.data() == expected);
}
