#include "reports/MonthlyReportExport.h"

#include "center/CenterService.h"
#include "common/CsvWriter.h"
#include "common/Error.h"
#include "common/XlsxWorkbook.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <xlsxwriter.h>

namespace jinglao::core {

namespace {

QJsonValue jsonValue(const MonthFigure& figure)
{
    if (!figure.value)
        return QJsonValue(QJsonValue::Null);
    if (figure.kind == MonthFigure::Kind::Count)
        return QJsonValue(static_cast<qint64>(*figure.value));
    return QJsonValue(static_cast<double>(*figure.value) / 10.0);
}

// The figures of every report, each key once, in the order the modules gave them.
QList<MonthFigure> figureRows(const QList<MonthlyReport>& reports)
{
    QList<MonthFigure> rows;
    QStringList keys;
    for (const MonthlyReport& report : reports) {
        for (const MonthFigure& figure : report.figures.all()) {
            if (!keys.contains(figure.key)) {
                keys.append(figure.key);
                rows.append(figure);
            }
        }
    }
    return rows;
}

// Text cells are written as strings as they are: a string cell is never read as a formula, so a
// name beginning with = needs no apostrophe here (the apostrophe is the CSV's rule).
QByteArray cellText(const QString& text)
{
    return text.toUtf8();
}

} // namespace

QString MonthlyReportExport::formatCode(Format format)
{
    switch (format) {
    case Format::Csv:
        return QStringLiteral("csv");
    case Format::Xlsx:
        return QStringLiteral("xlsx");
    case Format::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<MonthlyReportExport::Format> MonthlyReportExport::formatFromCode(const QString& code)
{
    for (const Format format : {Format::Csv, Format::Xlsx, Format::Json}) {
        if (formatCode(format) == code)
            return format;
    }
    return std::nullopt;
}

QStringList MonthlyReportExport::formatCodes()
{
    return {formatCode(Format::Csv), formatCode(Format::Xlsx), formatCode(Format::Json)};
}

QString MonthlyReportExport::title(const QString& center, const QString& period)
{
    //: %1 the center's name, %2 the month or range of months
    return tr("%1 monthly report %2").arg(center, period);
}

AuditedExport::What MonthlyReportExport::auditedAs(Format format, const QList<MonthlyReport>& reports)
{
    return {QStringLiteral("monthly_report_") + formatCode(format), QStringLiteral("monthly_indicators"),
            ReportService::periodText(reports)};
}

qint64 MonthlyReportExport::write(Database& db, const Actor& actor, const QList<MonthlyReport>& reports,
                                  Format format, const QString& path)
{
    actor.require(Permission::ViewRecords);
    const CenterProfile center = CenterService(db).profile();
    return AuditedExport::run(db, actor, auditedAs(format, reports), path, [&](OutputFile& output) {
        switch (format) {
        case Format::Csv:
            writeCsv(reports, output.device());
            break;
        case Format::Json: {
            const QByteArray bytes = json(reports, center);
            if (output.device().write(bytes) != bytes.size())
                throw Error::storage(
                    tr("Cannot write %1.").arg(QDir::toNativeSeparators(output.targetPath())));
            break;
        }
        case Format::Xlsx:
            writeXlsx(reports, center, output);
            break;
        }
        return static_cast<qint64>(reports.size());
    });
}

void MonthlyReportExport::writeCsv(const QList<MonthlyReport>& reports, QIODevice& device)
{
    CsvWriter csv(&device, privacy::FormulaRule::CountySpec);
    csv.writeRow(ReportService::countyColumns());
    for (const MonthlyReport& report : reports)
        csv.writeRow(ReportService::countyRow(report));
}

QByteArray MonthlyReportExport::json(const QList<MonthlyReport>& reports, const CenterProfile& center)
{
    const QStringList county = ReportService::figureColumns();
    QJsonArray months;
    for (const MonthlyReport& report : reports) {
        QJsonObject month{{QStringLiteral("uid"), report.uid},
                          {QStringLiteral("month"), report.month.text()},
                          {QStringLiteral("as_of"), report.month.asOf.toString(Qt::ISODate)},
                          {QStringLiteral("complete"), report.month.isComplete()}};
        QJsonObject details;
        for (const MonthFigure& figure : report.figures.all()) {
            if (county.contains(figure.key))
                month.insert(figure.key, jsonValue(figure));
            else
                details.insert(figure.key, jsonValue(figure));
        }
        for (const QString& column : county) {
            if (!month.contains(column))
                month.insert(column, QJsonValue(QJsonValue::Null));
        }
        month.insert(QStringLiteral("details"), details);
        months.append(month);
    }
    const QJsonObject document{
        {QStringLiteral("facility_code"), center.facilityCode},
        {QStringLiteral("facility_name"), center.name},
        {QStringLiteral("period"), ReportService::periodText(reports)},
        {QStringLiteral("generated_at"), reports.isEmpty() ? QString() : reports.first().madeAt},
        {QStringLiteral("generated_by"), reports.isEmpty() ? QString() : reports.first().madeBy},
        {QStringLiteral("months"), months},
    };
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

void MonthlyReportExport::writeXlsx(const QList<MonthlyReport>& reports, const CenterProfile& center,
                                    OutputFile& output)
{
    XlsxWorkbook book(output);
    lxw_workbook* workbook = book.workbook();

    lxw_format* titleFormat = workbook_add_format(workbook);
    format_set_bold(titleFormat);
    format_set_font_size(titleFormat, 14);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EEF7);
    format_set_align(header, LXW_ALIGN_CENTER);
    lxw_format* textCell = workbook_add_format(workbook);
    format_set_border(textCell, LXW_BORDER_THIN);
    lxw_format* sectionCell = workbook_add_format(workbook);
    format_set_border(sectionCell, LXW_BORDER_THIN);
    format_set_bold(sectionCell);
    lxw_format* countCell = workbook_add_format(workbook);
    format_set_border(countCell, LXW_BORDER_THIN);
    format_set_num_format(countCell, "0");
    lxw_format* percentCell = workbook_add_format(workbook);
    format_set_border(percentCell, LXW_BORDER_THIN);
    format_set_num_format(percentCell, "0.0%");
    lxw_format* tenthsCell = workbook_add_format(workbook);
    format_set_border(tenthsCell, LXW_BORDER_THIN);
    format_set_num_format(tenthsCell, "0.0");

    const QString period = ReportService::periodText(reports);
    const QByteArray sheetName = cellText(tr("Monthly report"));
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    worksheet_write_string(sheet, 0, 0, cellText(title(center.name, period)).constData(), titleFormat);
    //: %1 the center's name, %2 its county code
    worksheet_write_string(
        sheet, 1, 0, cellText(tr("Center: %1 (code %2)").arg(center.name, center.facilityCode)).constData(),
        nullptr);
    const QString madeAt = reports.isEmpty() ? QString() : reports.first().madeAt;
    const QString madeBy = reports.isEmpty() ? QString() : reports.first().madeBy;
    //: %1 the month or range, %2 a timestamp, %3 who made it
    worksheet_write_string(sheet, 2, 0,
                           cellText(tr("Period: %1. Made %2 by %3.").arg(period, madeAt, madeBy)).constData(),
                           nullptr);
    bool running = false;
    for (const MonthlyReport& report : reports)
        running = running || !report.month.isComplete();
    if (running)
        worksheet_write_string(sheet, 3, 0,
                               cellText(tr("The running month is reported as of %1.")
                                            .arg(reports.last().month.asOf.toString(Qt::ISODate)))
                                   .constData(),
                               nullptr);

    const lxw_row_t headRow = 4;
    worksheet_write_string(sheet, headRow, 0, cellText(tr("Section")).constData(), header);
    worksheet_write_string(sheet, headRow, 1, cellText(tr("Figure")).constData(), header);
    worksheet_write_string(sheet, headRow, 2, cellText(tr("County column")).constData(), header);
    for (int i = 0; i < reports.size(); ++i)
        worksheet_write_string(sheet, headRow, static_cast<lxw_col_t>(3 + i),
                               cellText(reports.at(i).month.text()).constData(), header);

    const QStringList county = ReportService::figureColumns();
    lxw_row_t row = headRow + 1;
    for (const MonthFigure& figure : figureRows(reports)) {
        worksheet_write_string(sheet, row, 0, cellText(figure.section).constData(), sectionCell);
        worksheet_write_string(sheet, row, 1, cellText(figure.label).constData(), textCell);
        worksheet_write_string(sheet, row, 2,
                               county.contains(figure.key) ? cellText(figure.key).constData() : "", textCell);
        for (int i = 0; i < reports.size(); ++i) {
            const auto column = static_cast<lxw_col_t>(3 + i);
            const MonthFigure* value = reports.at(i).figures.find(figure.key);
            if (!value || !value->value) {
                worksheet_write_blank(sheet, row, column, textCell);
                continue;
            }
            switch (value->kind) {
            case MonthFigure::Kind::Count:
                worksheet_write_number(sheet, row, column, static_cast<double>(*value->value), countCell);
                break;
            case MonthFigure::Kind::Percent:
                worksheet_write_number(sheet, row, column, static_cast<double>(*value->value) / 1000.0,
                                       percentCell);
                break;
            case MonthFigure::Kind::Tenths:
                worksheet_write_number(sheet, row, column, static_cast<double>(*value->value) / 10.0,
                                       tenthsCell);
                break;
            }
        }
        ++row;
    }

    worksheet_set_column(sheet, 0, 0, 14, nullptr);
    worksheet_set_column(sheet, 1, 1, 30, nullptr);
    worksheet_set_column(sheet, 2, 2, 26, nullptr);
    worksheet_set_column(sheet, 3, static_cast<lxw_col_t>(3 + std::max<qsizetype>(reports.size(), 1) - 1), 11,
                         nullptr);
    worksheet_freeze_panes(sheet, headRow + 1, 3);
    worksheet_set_paper(sheet, 9); // A4
    if (reports.size() > 6)
        worksheet_set_landscape(sheet);
    worksheet_fit_to_pages(sheet, 1, 0);
    worksheet_repeat_rows(sheet, headRow, headRow);
    worksheet_repeat_columns(sheet, 0, 2);

    book.close();
}

} // namespace jinglao::core
