#include "familybeds/VisitPlanXlsxExport.h"

#include "center/CenterService.h"
#include "common/XlsxWorkbook.h"
#include "familybeds/HomeVisitService.h"
#include "storage/OutputFile.h"

#include <xlsxwriter.h>

namespace jinglao::core {

QString VisitPlanXlsxExport::title(const QString& center, const QDate& month)
{
    //: %1 the center's name, %2 the month
    return tr("%1 home-visit plan %2").arg(center, month.toString(QStringLiteral("yyyy-MM")));
}

QStringList VisitPlanXlsxExport::columnLabels()
{
    return {tr("Staff"),   tr("Elder"),   tr("Special difficulty"), tr("Address"), tr("Phone"),
            tr("Planned"), tr("Visited"), tr("Last visit")};
}

QStringList VisitPlanXlsxExport::cells(const BedCoverage& bed)
{
    return {bed.name,
            bed.specialDifficulty ? tr("yes") : QString(),
            bed.address,
            bed.phone,
            QString::number(bed.plannedVisits),
            QString::number(bed.visits),
            bed.lastVisit.isValid() ? bed.lastVisit.toString(Qt::ISODate) : QString()};
}

AuditedExport::What VisitPlanXlsxExport::auditedAs(const QString& kind, const QDate& anyDayOfMonth)
{
    return {kind, QStringLiteral("family_beds"), anyDayOfMonth.toString(QStringLiteral("yyyy-MM"))};
}

qint64 VisitPlanXlsxExport::bedCount(const QList<StaffVisitPlan>& plan)
{
    qint64 beds = 0;
    for (const StaffVisitPlan& person : plan)
        beds += person.beds.size();
    return beds;
}

qint64 VisitPlanXlsxExport::write(Database& db, const Actor& actor, const QDate& anyDayOfMonth,
                                  const QString& path)
{
    const QList<StaffVisitPlan> plan = HomeVisitService(db).visitPlan(actor, anyDayOfMonth);
    const QString center = CenterService(db).displayName();
    return AuditedExport::run(db, actor, auditedAs(QStringLiteral("visit_plan_xlsx"), anyDayOfMonth), path,
                              [&](OutputFile& output) {
                                  writeFile(center, anyDayOfMonth, plan, output);
                                  return bedCount(plan);
                              });
}

void VisitPlanXlsxExport::writeFile(const QString& center, const QDate& month,
                                    const QList<StaffVisitPlan>& plan, OutputFile& output)
{
    XlsxWorkbook book(output);
    lxw_workbook* workbook = book.workbook();

    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EEF7);
    lxw_format* cell = workbook_add_format(workbook);
    format_set_border(cell, LXW_BORDER_THIN);
    format_set_text_wrap(cell);
    lxw_format* special = workbook_add_format(workbook);
    format_set_border(special, LXW_BORDER_THIN);
    format_set_text_wrap(special);
    format_set_bg_color(special, 0xFFF2CC);

    lxw_worksheet* sheet = book.addSheet(month.toString(QStringLiteral("yyyy-MM")));
    book.writeText(sheet, 0, 0, title(center, month), bold);
    const QStringList labels = columnLabels();
    const lxw_row_t headRow = 2;
    for (lxw_col_t column = 0; column < static_cast<lxw_col_t>(labels.size()); ++column)
        book.writeText(sheet, headRow, column, labels.at(column), header);
    worksheet_set_column(sheet, 0, 1, 12, nullptr);
    worksheet_set_column(sheet, 2, 2, 8, nullptr);
    worksheet_set_column(sheet, 3, 3, 40, nullptr);
    worksheet_set_column(sheet, 4, 4, 14, nullptr);
    worksheet_set_column(sheet, 5, 6, 8, nullptr);
    worksheet_set_column(sheet, 7, 7, 12, nullptr);
    worksheet_freeze_panes(sheet, headRow + 1, 0);

    lxw_row_t row = headRow + 1;
    for (const StaffVisitPlan& person : plan) {
        for (const BedCoverage& bed : person.beds) {
            lxw_format* format = bed.specialDifficulty ? special : cell;
            book.writeText(sheet, row, 0, person.staffName, format);
            const QStringList texts = cells(bed);
            for (int i = 0; i < texts.size(); ++i) {
                const auto column = static_cast<lxw_col_t>(i + 1);
                if (i == PlannedCell || i == VisitedCell) // numbers, so that the sheet can sum them
                    worksheet_write_number(sheet, row, column, texts.at(i).toInt(), format);
                else
                    book.writeText(sheet, row, column, texts.at(i), format);
            }
            ++row;
        }
    }

    book.close();
}

} // namespace jinglao::core
