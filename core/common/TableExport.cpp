#include "common/TableExport.h"

#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/CsvWriter.h"
#include "common/Error.h"
#include "common/XlsxWorkbook.h"
#include "storage/OutputFile.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <xlsxwriter.h>

namespace jinglao::core {

namespace {

bool isNumericColumn(const ExportedTable& table, qsizetype column)
{
    return column < table.numeric.size() && table.numeric.at(column);
}

// A column's width in characters, from its longest text (a Chinese character counts twice).
double columnWidth(const ExportedTable& table, qsizetype column)
{
    const auto width = [](const QString& text) {
        int characters = 0;
        for (const QChar c : text)
            characters += c.unicode() >= 0x2E80 ? 2 : 1;
        return characters;
    };
    int widest = width(table.headers.at(column));
    for (const QStringList& row : table.rows) {
        if (column < row.size())
            widest = std::max(widest, width(row.at(column)));
    }
    return std::clamp(widest + 2, 6, 60);
}

} // namespace

std::optional<TableExport::Format> TableExport::formatFor(const QString& path)
{
    const std::optional<FileFormat> format = fileFormatOf(path);
    if (format == FileFormat::Csv || format == FileFormat::Xlsx)
        return format;
    return std::nullopt;
}

QString TableExport::title(const QString& center, const QString& list)
{
    return center.isEmpty() ? list : center + QLatin1Char(' ') + list;
}

QString TableExport::filterText(const QString& filter)
{
    return filter.trimmed().isEmpty() ? tr("All records, no filter.")
                                      : tr("Filter: %1").arg(filter.trimmed());
}

AuditedExport::What TableExport::auditedAs(const ExportedTable& table, Format format)
{
    return {table.list + QStringLiteral("_list_") + fileFormatCodes().code(format), table.table,
            table.filter.trimmed().isEmpty() ? QStringLiteral("all") : table.filter.trimmed()};
}

void TableExport::check(const ExportedTable& table)
{
    for (qsizetype row = 0; row < table.rows.size(); ++row) {
        if (table.rows.at(row).size() > table.headers.size())
            //: %1 a row number, %2 and %3 counts of cells
            throw Error::validation(tr("Row"), row + 1,
                                    tr("it has %1 cells, the list only %2 columns")
                                        .arg(table.rows.at(row).size())
                                        .arg(table.headers.size()));
    }
}

qint64 TableExport::write(Database& db, const Actor& actor, const ExportedTable& table, const QString& path)
{
    actor.require(Permission::ViewRecords);
    const std::optional<Format> format = formatFor(path);
    if (!format)
        throw Error::invalidPath(tr("Export file"), path,
                                 tr("name it .xlsx for a workbook or .csv for a CSV file"));
    check(table);
    const QString center = CenterService(db).displayName();
    const QString madeAt = Clock::displayTimestamp(Clock::nowTimestamp());
    return AuditedExport::run(db, actor, auditedAs(table, *format), path, [&](OutputFile& output) {
        if (*format == Format::Csv)
            writeCsv(table, output.device());
        else
            writeXlsx(table, center, madeAt, actor.name(), output);
        return static_cast<qint64>(table.rows.size());
    });
}

void TableExport::writeCsv(const ExportedTable& table, QIODevice& device)
{
    CsvWriter csv(&device, privacy::FormulaRule::Spreadsheet);
    csv.writeRow(table.headers);
    for (const QStringList& row : table.rows)
        csv.writeRow(row);
}

void TableExport::writeXlsx(const ExportedTable& table, const QString& center, const QString& madeAt,
                            const QString& madeBy, OutputFile& output)
{
    check(table);
    XlsxWorkbook book(output);
    lxw_format* titleFormat = book.addFormat();
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* header = book.addFormat();
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EEF7);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_text_wrap(header);
    lxw_format* textCell = book.addFormat();
    format_set_border(textCell, LXW_BORDER_THIN);
    format_set_align(textCell, LXW_ALIGN_VERTICAL_TOP);
    lxw_format* numberCell = book.addFormat();
    format_set_border(numberCell, LXW_BORDER_THIN);
    format_set_align(numberCell, LXW_ALIGN_VERTICAL_TOP);

    lxw_worksheet* sheet = book.addSheet(table.title);
    book.writeText(sheet, 0, 0, title(center, table.title), titleFormat);
    book.writeText(sheet, 1, 0, filterText(table.filter));
    const auto rowCount = static_cast<int>(table.rows.size());
    //: %1 a timestamp, %2 who made it, %n the number of rows
    book.writeText(sheet, 2, 0, tr("Made %1 by %2; %n row(s).", nullptr, rowCount).arg(madeAt, madeBy));

    const lxw_row_t headRow = 4;
    const auto columns = static_cast<lxw_col_t>(table.headers.size());
    for (lxw_col_t column = 0; column < columns; ++column) {
        book.writeText(sheet, headRow, column, table.headers.at(column), header);
        worksheet_set_column(sheet, column, column, columnWidth(table, column), nullptr);
    }

    const QLocale c = QLocale::c();
    lxw_row_t row = headRow + 1;
    for (const QStringList& cells : table.rows) {
        for (lxw_col_t column = 0; column < columns; ++column) {
            const QString text = column < cells.size() ? cells.at(column) : QString();
            bool number = false;
            const double value = isNumericColumn(table, column) ? c.toDouble(text.trimmed(), &number) : 0.0;
            if (number)
                worksheet_write_number(sheet, row, column, value, numberCell);
            else if (text.isEmpty())
                worksheet_write_blank(sheet, row, column, textCell);
            else
                book.writeText(sheet, row, column, text, textCell);
        }
        ++row;
    }

    if (columns > 0) {
        const lxw_row_t lastRow = headRow + static_cast<lxw_row_t>(std::max(rowCount, 1));
        worksheet_autofilter(sheet, headRow, 0, lastRow, columns - 1);
        worksheet_repeat_rows(sheet, headRow, headRow);
    }
    worksheet_freeze_panes(sheet, headRow + 1, 0);
    worksheet_set_paper(sheet, 9); // A4
    if (columns > 6)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    book.close();
}

} // namespace jinglao::core
