// CsvReader (core/common) and the CSV half of SheetReader: any bytes, in both encodings the
// program reads. Beyond not crashing: records start on increasing lines, a refusal names a line,
// and what CsvWriter writes of the fields read back reads back the same.

#include "FuzzSupport.h"
#include "common/CsvReader.h"
#include "common/CsvWriter.h"
#include "common/Error.h"
#include "sheets/SheetReader.h"

using namespace jinglao::core;
using jinglao::fuzz::require;

namespace {

void checkResult(const CsvReader::Result& result)
{
    if (!result.ok()) {
        require(result.records.isEmpty(), "a refused file returns no records");
        require(result.errorLine >= 1, "a refusal names a line from 1");
        return;
    }
    qint64 previous = 0;
    for (const CsvRecord& record : result.records) {
        require(record.line > previous, "records start on increasing lines");
        require(!record.fields.isEmpty(), "a record has a field");
        previous = record.line;
    }
}

// The writer's quoting and the reader agree: the fields come back as the writer escaped them.
void checkRoundTrip(const CsvReader::Result& result)
{
    // CsvWriter writes a byte order mark before the first row, so that a first field beginning
    // with U+FEFF is not taken for one.
    QByteArray written("\xEF\xBB\xBF");
    QList<QStringList> expected;
    for (const CsvRecord& record : result.records) {
        if (record.fields.size() == 1 && record.fields.first().isEmpty())
            continue; // an empty line: the reader skips it
        written += CsvWriter::row(record.fields, privacy::FormulaRule::CountySpec).toUtf8() + "\r\n";
        QStringList escaped;
        for (const QString& field : record.fields)
            escaped.append(privacy::escapeFormula(field, privacy::FormulaRule::CountySpec));
        expected.append(escaped);
    }
    const CsvReader::Result again = CsvReader::parse(written);
    require(again.ok(), "what CsvWriter writes reads back");
    require(again.records.size() == expected.size(), "every written record reads back");
    for (qsizetype i = 0; i < expected.size(); ++i)
        require(again.records.at(i).fields == expected.at(i), "written fields read back unchanged");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    jinglao::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = jinglao::fuzz::bytesOf(data, size);
    const CsvReader::Result utf8 = CsvReader::parse(bytes, CsvReader::Encoding::Utf8);
    checkResult(utf8);
    if (utf8.ok())
        checkRoundTrip(utf8);
    checkResult(CsvReader::parse(bytes, CsvReader::Encoding::Gb18030));
    try {
        const Sheet sheet = SheetReader::readCsv(bytes, QStringLiteral("fuzz.csv"));
        require(!sheet.header.isEmpty(), "a sheet read has a header");
    } catch (const Error&) {
        // refused with a message: what the user is shown
    }
    return 0;
}
