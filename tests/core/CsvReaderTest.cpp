#include "common/CsvReader.h"

#include "common/CsvWriter.h"

#include <QBuffer>
#include <QStringEncoder>

#include <catch2/catch.hpp>

using namespace jinglao::core;

namespace {

QStringList fields(std::initializer_list<const char*> texts)
{
    QStringList list;
    for (const char* text : texts)
        list.append(QString::fromUtf8(text));
    return list;
}

} // namespace

TEST_CASE("CsvReader reads RFC 4180: quotes, commas, line breaks inside quotes, empty fields", "[csv]")
{
    const QByteArray text("uid,name,note\r\n"
                          "1,\"Zhang, San\",\"said \"\"hello\"\"\"\r\n"
                          "2,,\"two\r\nlines\"\r\n"
                          "3,\"\",\r\n");
    const CsvReader::Result result = CsvReader::parse(text);
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 4);
    CHECK(result.records[0].fields == fields({"uid", "name", "note"}));
    CHECK(result.records[1].fields == fields({"1", "Zhang, San", "said \"hello\""}));
    CHECK(result.records[2].fields == fields({"2", "", "two\r\nlines"}));
    CHECK(result.records[3].fields == fields({"3", "", ""}));
    // Each record names the line it starts on; the quoted line break moves the next one down.
    CHECK(result.records[0].line == 1);
    CHECK(result.records[1].line == 2);
    CHECK(result.records[2].line == 3);
    CHECK(result.records[3].line == 5);
    CHECK_FALSE(result.byteOrderMark);
}

TEST_CASE("CsvReader accepts a BOM, LF line ends, a last line without a line end, and keeps spaces", "[csv]")
{
    const QByteArray text("\xEF\xBB\xBFuid,name\n1, 张三 \n\n2,李四");
    const CsvReader::Result result = CsvReader::parse(text);
    REQUIRE(result.ok());
    CHECK(result.byteOrderMark);
    REQUIRE(result.records.size() == 3);
    CHECK(result.records[0].fields == fields({"uid", "name"}));
    CHECK(result.records[1].fields == fields({"1", " 张三 "}));
    CHECK(result.records[2].fields == fields({"2", "李四"}));
    CHECK(result.records[2].line == 4); // the blank line 3 is skipped but counted
}

TEST_CASE("CsvReader reads GB18030", "[csv]")
{
    QStringEncoder encoder("GB18030");
    REQUIRE(encoder.isValid());
    const QByteArray text = encoder.encode(QStringLiteral("uid,name\r\n1,\"张三，王五\"\r\n2,𠀀\r\n"));
    const CsvReader::Result result = CsvReader::parse(text, CsvReader::Encoding::Gb18030);
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 3);
    CHECK(result.records[1].fields == QStringList{QStringLiteral("1"), QStringLiteral("张三，王五")});
    CHECK(result.records[2].fields == QStringList{QStringLiteral("2"), QStringLiteral("𠀀")});
}

TEST_CASE("Only the file's byte order mark is dropped: a field beginning with U+FEFF keeps it", "[csv]")
{
    // Found by the fuzz target csv_reader: the decoder dropped a U+FEFF at the start of every field.
    const QString feff(QChar(0xFEFF));
    const CsvReader::Result utf8 =
        CsvReader::parse("\xEF\xBB\xBFuid,\xEF\xBB\xBFname\n,\xEF\xBB\xBF\xEF\xBB\xBF\n");
    REQUIRE(utf8.ok());
    CHECK(utf8.byteOrderMark);
    REQUIRE(utf8.records.size() == 2);
    CHECK(utf8.records[0].fields == QStringList{QStringLiteral("uid"), feff + QStringLiteral("name")});
    CHECK(utf8.records[1].fields == QStringList{QString(), feff + feff});

    QStringEncoder encoder("GB18030");
    const CsvReader::Result gb18030 = CsvReader::parse(
        encoder(QStringLiteral("uid,name\n1,") + feff + QStringLiteral("x\n")), CsvReader::Encoding::Gb18030);
    REQUIRE(gb18030.ok());
    REQUIRE(gb18030.records.size() == 2);
    CHECK(gb18030.records[1].fields == QStringList{QStringLiteral("1"), feff + QStringLiteral("x")});
}

TEST_CASE("CsvReader refuses broken input, naming the line", "[csv]")
{
    SECTION("a quoted field that never closes: the file is cut off")
    {
        const CsvReader::Result result = CsvReader::parse("uid,name\r\n1,ok\r\n2,\"cut");
        CHECK_FALSE(result.ok());
        CHECK(result.errorLine == 3);
        CHECK(result.records.isEmpty());
    }
    SECTION("a quote inside an unquoted field")
    {
        const CsvReader::Result result = CsvReader::parse("uid,name\r\n1,ok\r\n2,a\"b\r\n");
        CHECK_FALSE(result.ok());
        CHECK(result.errorLine == 3);
    }
    SECTION("bytes that are not UTF-8")
    {
        const CsvReader::Result result = CsvReader::parse("uid,name\n1,ok\n2,\xff\xfe\n");
        CHECK_FALSE(result.ok());
        CHECK(result.errorLine == 3);
    }
}

TEST_CASE("CsvReader reads back what CsvWriter writes", "[csv]")
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(&buffer, privacy::FormulaRule::CountySpec);
    const QStringList row{QStringLiteral("a,b"), QStringLiteral("\"q\""), QStringLiteral("x\ny"), QString(),
                          QStringLiteral("张三")};
    writer.writeRow(row);
    writer.writeRow(row);
    const CsvReader::Result result = CsvReader::parse(buffer.data());
    REQUIRE(result.ok());
    REQUIRE(result.records.size() == 2);
    CHECK(result.records[0].fields == row);
    CHECK(result.records[1].fields == row);
    CHECK(result.records[1].line == 3); // the first record's quoted line break takes two lines
}

TEST_CASE("CsvReader knows the manifest's encodings", "[csv]")
{
    CHECK(CsvReader::encodingNamed(QStringLiteral("UTF-8")) == CsvReader::Encoding::Utf8);
    CHECK(CsvReader::encodingNamed(QStringLiteral("gb18030")) == CsvReader::Encoding::Gb18030);
    CHECK_FALSE(CsvReader::encodingNamed(QStringLiteral("Big5")).has_value());
}
