// SheetReader (core/sheets) on an XLSX workbook: minizip unpacking with its size caps, the
// workbook's relationships, shared and inline strings, cell references, then the header and rows
// the roster import sees, each cell also read as a date the way the import reads date columns.
// The input is the .xlsx file's bytes.

#include "FuzzSupport.h"
#include "common/Error.h"
#include "sheets/SheetReader.h"

#include <QFile>

using namespace jinglao::core;
using jinglao::fuzz::require;

namespace {

QString workbookPath()
{
    return jinglao::fuzz::scratch().filePath(QStringLiteral("roster.xlsx"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    jinglao::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // One file, written over for every input.
    {
        QFile file(workbookPath());
        require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "the workbook can be written");
        require(file.write(jinglao::fuzz::bytesOf(data, size)) == qint64(size),
                "the workbook is written whole");
    }
    try {
        const Sheet sheet = SheetReader::read(workbookPath());
        require(!sheet.header.isEmpty() && sheet.headerLine >= 1, "a sheet read has a header row");
        require(sheet.header.size() <= SheetReader::MaxColumns, "a header has at most MaxColumns columns");
        require(sheet.rows.size() <= SheetReader::MaxRows + 1, "a sheet has at most MaxRows rows");
        qint64 previous = sheet.headerLine;
        for (const SheetRow& row : sheet.rows) {
            require(row.line > previous, "rows come in the order of their numbers");
            require(row.cells.size() <= SheetReader::MaxColumns, "a row has at most MaxColumns cells");
            previous = row.line;
            for (const QString& cell : row.cells) {
                const QDate day = SheetReader::parseDate(cell, sheet.date1904);
                require(day.isNull() || day.isValid(), "a cell read as a date is valid or none");
            }
        }
    } catch (const Error&) {
        // refused with a message naming the file
    }
    return 0;
}
