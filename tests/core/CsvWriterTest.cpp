#include "common/CsvWriter.h"

#include <QBuffer>

#include <catch2/catch.hpp>

using jinglao::core::CsvWriter;

TEST_CASE("CSV fields are quoted as RFC 4180 asks", "[privacy]")
{
    CHECK(CsvWriter::field(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CsvWriter::field(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CsvWriter::field(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CsvWriter::field(QStringLiteral("two\nlines")) == QStringLiteral("\"two\nlines\""));
    CHECK(CsvWriter::field(QStringLiteral("cr\rhere")) == QStringLiteral("\"cr\rhere\""));
    CHECK(CsvWriter::field(QString()) == QString());
    CHECK(CsvWriter::field(QStringLiteral("张三")) == QStringLiteral("张三"));
}

TEST_CASE("CSV text cells beginning with a formula character are escaped", "[privacy]")
{
    CHECK(CsvWriter::field(QStringLiteral("=1+1")) == QStringLiteral("'=1+1"));
    CHECK(CsvWriter::field(QStringLiteral("+86 138")) == QStringLiteral("'+86 138"));
    CHECK(CsvWriter::field(QStringLiteral("-5")) == QStringLiteral("'-5"));
    CHECK(CsvWriter::field(QStringLiteral("@SUM(A1)")) == QStringLiteral("'@SUM(A1)"));
    CHECK(CsvWriter::field(QStringLiteral("=HYPERLINK(\"x\",\"y\")")) ==
          QStringLiteral("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""));
    CHECK(CsvWriter::field(QStringLiteral("a=b")) == QStringLiteral("a=b"));
    // Some spreadsheets skip a leading TAB or CR and read the formula after it: escaped as well.
    CHECK(CsvWriter::field(QStringLiteral("\t=1")) == QStringLiteral("'\t=1"));
    CHECK(CsvWriter::field(QStringLiteral("\r=1")) == QStringLiteral("\"'\r=1\""));
}

TEST_CASE("A CSV file starts with a UTF-8 BOM and ends every row with CRLF", "[privacy]")
{
    QBuffer buffer;
    REQUIRE(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    writer.writeRow({QStringLiteral("name"), QStringLiteral("note")});
    writer.writeRow({QStringLiteral("李四"), QStringLiteral("x,y")});
    CHECK(writer.rowsWritten() == 2);
    const QByteArray expected =
        QByteArray("\xEF\xBB\xBF") + "name,note\r\n" + QStringLiteral("李四").toUtf8() + ",\"x,y\"\r\n";
    CHECK(buffer.data() == expected);
}
