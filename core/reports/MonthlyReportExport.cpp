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

QString MonthlyReportExport::detailsNote(const QList<MonthlyReport>& reports)
{
    if (reports.isEmpty())
        return {};
    const ReportMonth& last = reports.last().month;
    //: %1 a month, %2 a date
    return reports.size() == 1
               ? tr("Details of %1 as of %2.").arg(last.text(), last.asOf.toString(Qt::ISODate))
               : tr("Details of the period's last month, %1, as of %2.")
                     .arg(last.text(), last.asOf.toString(Qt::ISODate));
}

QString MonthlyReportExport::title(const QString& center, const QString& period)
{
    //: %1 the center's name, %2 the month or range of months
    return tr("%1 monthly report %2").arg(center, period);
}

AuditedExport::What MonthlyReportExport::auditedAs(Format format, const QList<MonthlyReport>& reports)
{
    return {QStringLiteral("monthly_report_") + fileFormatCodes().code(format),
            QStringLiteral("monthly_indicators"), ReportService::periodText(reports)};
}

qint64 MonthlyReportExport::write(Database& db, const Actor& actor, const QList<MonthlyReport>& reports,
                                  Format format, const QString& path)
{
    actor.require(Permission::ViewRecords);
    if (format == Format::Pdf)
        throw Error::validation(tr("Format"), fileFormatCodes().code(format),
                                tr("is painted by the program, not written here."));
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
        case Format::Pdf:
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
        // The records behind the figures, as the XLSX's second sheet has them.
        QJsonArray lists;
        for (const MonthList& list : report.lists) {
            QJsonArray rows;
            for (const QStringList& row : list.rows)
                rows.append(QJsonArray::fromStringList(row));
            lists.append(QJsonObject{{QStringLiteral("key"), list.key},
                                     {QStringLiteral("title"), list.title},
                                     {QStringLiteral("columns"), QJsonArray::fromStringList(list.columns)},
                                     {QStringLiteral("rows"), rows}});
        }
        month.insert(QStringLiteral("lists"), lists);
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

QString MonthlyReportExport::html(const QList<MonthlyReport>& reports, const CenterProfile& center,
                                  const QStringList& chartSources)
{
    const auto esc = [](const QString& text) {
        return text.toHtmlEscaped();
    };
    const QString period = ReportService::periodText(reports);
    const QString madeAt = reports.isEmpty() ? QString() : reports.first().madeAt;
    const QString madeBy = reports.isEmpty() ? QString() : reports.first().madeBy;
    const QString table =
        QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");

    QString html =
        QStringLiteral("<html><body><h2 align=\"center\">%1</h2>").arg(esc(title(center.name, period)));
    html += QStringLiteral("<p>%1<br>%2</p>")
                .arg(esc(tr("Center: %1 (code %2)").arg(center.name, center.facilityCode)),
                     esc(tr("Period: %1. Made %2 by %3.").arg(period, madeAt, madeBy)));
    if (!reports.isEmpty() && !reports.last().month.isComplete())
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("The running month is reported as of %1.")
                                 .arg(reports.last().month.asOf.toString(Qt::ISODate))));

    html += table +
            QStringLiteral("<thead><tr><th>%1</th><th>%2</th>").arg(esc(tr("Section")), esc(tr("Figure")));
    for (const MonthlyReport& report : reports)
        html += QStringLiteral("<th>%1</th>").arg(esc(report.month.text()));
    html += QStringLiteral("</tr></thead>");
    QString section;
    for (const MonthFigure& figure : figureRows(reports)) {
        // The section named once, on its first row.
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td>")
                    .arg(figure.section == section ? QString() : esc(figure.section), esc(figure.label));
        section = figure.section;
        for (const MonthlyReport& report : reports) {
            const MonthFigure* value = report.figures.find(figure.key);
            html += QStringLiteral("<td align=\"right\">%1</td>")
                        .arg(esc(value ? value->shownText() : QStringLiteral("—")));
        }
        html += QStringLiteral("</tr>");
    }
    html += QStringLiteral("</table>");

    for (const QString& source : chartSources)
        html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"620\"></p>").arg(esc(source));

    if (!reports.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(esc(tr("Details")), esc(detailsNote(reports)));
        for (const MonthList& list : reports.last().lists) {
            html += QStringLiteral("<h4>%1</h4>").arg(esc(list.title));
            if (list.rows.isEmpty()) {
                html += QStringLiteral("<p>%1</p>").arg(esc(tr("None.")));
                continue;
            }
            html += table + QStringLiteral("<thead><tr>");
            for (const QString& column : list.columns)
                html += QStringLiteral("<th>%1</th>").arg(esc(column));
            html += QStringLiteral("</tr></thead>");
            for (const QStringList& cells : list.rows) {
                html += QStringLiteral("<tr>");
                for (const QString& cell : cells)
                    html += QStringLiteral("<td>%1</td>").arg(esc(cell));
                html += QStringLiteral("</tr>");
            }
            html += QStringLiteral("</table>");
        }
    }
    html += QStringLiteral("</body></html>");
    return html;
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

    // The second sheet: the detail lists of the period's last month, as of its last day (or today).
    lxw_worksheet* details = book.addSheet(tr("Details"));
    worksheet_write_string(details, 0, 0, cellText(title(center.name, period)).constData(), titleFormat);
    if (!reports.isEmpty())
        worksheet_write_string(details, 1, 0, cellText(detailsNote(reports)).constData(), nullptr);
    lxw_row_t at = 3;
    int widest = 1;
    for (const MonthList& list : reports.isEmpty() ? QList<MonthList>() : reports.last().lists) {
        worksheet_write_string(details, at++, 0, cellText(list.title).constData(), sectionCell);
        for (qsizetype c = 0; c < list.columns.size(); ++c)
            worksheet_write_string(details, at, static_cast<lxw_col_t>(c),
                                   cellText(list.columns.at(c)).constData(), header);
        widest = std::max(widest, static_cast<int>(list.columns.size()));
        ++at;
        if (list.rows.isEmpty())
            worksheet_write_string(details, at++, 0, cellText(tr("None.")).constData(), nullptr);
        for (const QStringList& cells : list.rows) {
            for (qsizetype c = 0; c < cells.size(); ++c)
                worksheet_write_string(details, at, static_cast<lxw_col_t>(c),
                                       cellText(cells.at(c)).constData(), textCell);
            ++at;
        }
        ++at;
    }
    worksheet_set_column(details, 0, 0, 18, nullptr);
    worksheet_set_column(details, 1, static_cast<lxw_col_t>(widest - 1), 16, nullptr);
    worksheet_set_paper(details, 9); // A4
    worksheet_fit_to_pages(details, 1, 0);

    book.close();
}

} // namespace jinglao::core
