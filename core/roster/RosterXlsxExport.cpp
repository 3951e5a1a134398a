#include "roster/RosterXlsxExport.h"

#include "center/CenterService.h"
#include "common/XlsxWorkbook.h"
#include "roster/RosterService.h"
#include "storage/OutputFile.h"

#include <QSet>

#include <xlsxwriter.h>

namespace jinglao::core {

QString RosterXlsxExport::title(const QString& center, const QDate& month)
{
    //: %1 the center's name, %2 the month
    return tr("%1 staff roster %2").arg(center, month.toString(QStringLiteral("yyyy-MM")));
}

QStringList RosterXlsxExport::weekdayShortNames()
{
    return {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
}

AuditedExport::What RosterXlsxExport::auditedAs(const QString& kind, const RosterMonth& month)
{
    return {kind, QStringLiteral("shifts"), month.first.toString(QStringLiteral("yyyy-MM"))};
}

qint64 RosterXlsxExport::write(Database& db, const Actor& actor, const QDate& anyDayOfMonth,
                               const QString& path)
{
    actor.require(Permission::ViewRecords);
    RosterService service(db);
    const RosterMonth month = service.month(actor, anyDayOfMonth);
    const QString center = CenterService(db).displayName();
    return AuditedExport::run(db, actor, auditedAs(QStringLiteral("roster_xlsx"), month), path,
                              [&](OutputFile& output) {
                                  writeFile(center, month, RosterRules::check(month), output);
                                  return qint64(month.shiftCount());
                              });
}

void RosterXlsxExport::writeFile(const QString& center, const RosterMonth& month,
                                 const QList<RosterWarning>& warnings, OutputFile& output)
{
    XlsxWorkbook book(output);
    lxw_workbook* workbook = book.workbook();

    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format* centered = workbook_add_format(workbook);
    format_set_align(centered, LXW_ALIGN_CENTER);
    format_set_border(centered, LXW_BORDER_THIN);
    lxw_format* header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_align(header, LXW_ALIGN_CENTER);
    format_set_border(header, LXW_BORDER_THIN);
    format_set_bg_color(header, 0xE8EEF7);
    format_set_text_wrap(header);
    lxw_format* warned = workbook_add_format(workbook);
    format_set_align(warned, LXW_ALIGN_CENTER);
    format_set_border(warned, LXW_BORDER_THIN);
    format_set_bg_color(warned, 0xFFD7D7);

    lxw_worksheet* sheet = book.addSheet(month.first.toString(QStringLiteral("yyyy-MM")));
    book.writeText(sheet, 0, 0, title(center, month.first), bold);

    const auto days = static_cast<lxw_col_t>(month.days());
    const QStringList weekdays = weekdayShortNames();
    const lxw_row_t headRow = 2;
    book.writeText(sheet, headRow, 0, tr("Name"), header);
    book.writeText(sheet, headRow, 1, tr("Role"), header);
    for (lxw_col_t i = 0; i < days; ++i) {
        const QDate day = month.first.addDays(i);
        const QString label = QStringLiteral("%1\n%2").arg(day.day()).arg(weekdays.at(day.dayOfWeek() - 1));
        book.writeText(sheet, headRow, static_cast<lxw_col_t>(2 + i), label, header);
    }
    const lxw_col_t totalsColumn = 2 + days;
    book.writeText(sheet, headRow, totalsColumn, tr("Hours"), header);
    book.writeText(sheet, headRow, totalsColumn + 1, tr("Shifts"), header);
    book.writeText(sheet, headRow, totalsColumn + 2, tr("Rest days"), header);
    worksheet_set_row(sheet, headRow, 30, nullptr);
    worksheet_set_column(sheet, 0, 0, 12, nullptr);
    worksheet_set_column(sheet, 1, 1, 10, nullptr);
    worksheet_set_column(sheet, 2, static_cast<lxw_col_t>(1 + days), 4.5, nullptr);

    QSet<QString> warnedCells;
    QSet<QString> warnedTotals; // monthly-hour warnings mark the person's hours
    for (const RosterWarning& warning : warnings) {
        const bool monthly =
            warning.kind == RosterWarning::Kind::WeeklyHours || warning.kind == RosterWarning::Kind::Overtime;
        if (monthly)
            warnedTotals.insert(warning.staffUid);
        else if (!warning.staffUid.isEmpty())
            warnedCells.insert(warning.staffUid + warning.date.toString(Qt::ISODate));
    }

    lxw_row_t row = headRow + 1;
    for (const StaffMember& person : month.staff) {
        book.writeText(sheet, row, 0, person.name);
        book.writeText(sheet, row, 1, staffRoleCodes().label(person.role));
        for (lxw_col_t i = 0; i < days; ++i) {
            const QDate day = month.first.addDays(i);
            const QString text = month.cellText(person.uid, day);
            lxw_format* format =
                warnedCells.contains(person.uid + day.toString(Qt::ISODate)) ? warned : centered;
            book.writeText(sheet, row, static_cast<lxw_col_t>(2 + i), text, format);
        }
        const RosterMonth::PersonTotals totals = month.totals(person.uid);
        worksheet_write_number(sheet, row, totalsColumn, totals.hours,
                               warnedTotals.contains(person.uid) ? warned : nullptr);
        worksheet_write_number(sheet, row, totalsColumn + 1, totals.shifts, nullptr);
        worksheet_write_number(sheet, row, totalsColumn + 2, totals.restDays, nullptr);
        ++row;
    }
    ++row;
    for (const ShiftTemplate& shiftTemplate : month.templates) {
        const QString label = tr("Caregivers %1 (%2, min. %3)")
                                  .arg(shiftTemplate.code, shiftTemplate.label())
                                  .arg(shiftTemplate.minCaregivers);
        book.writeText(sheet, row, 0, label, bold);
        for (lxw_col_t i = 0; i < days; ++i) {
            const int count = month.caregiversOn(month.first.addDays(i), shiftTemplate.code);
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(2 + i), count,
                                   count < shiftTemplate.minCaregivers ? warned : centered);
        }
        ++row;
    }

    lxw_worksheet* warningSheet = book.addSheet(tr("Warnings"));
    book.writeText(warningSheet, 0, 0, tr("Date"), bold);
    book.writeText(warningSheet, 0, 1, tr("Kind"), bold);
    book.writeText(warningSheet, 0, 2, tr("Name"), bold);
    book.writeText(warningSheet, 0, 3, tr("Warning"), bold);
    worksheet_set_column(warningSheet, 0, 0, 12, nullptr);
    worksheet_set_column(warningSheet, 1, 2, 16, nullptr);
    worksheet_set_column(warningSheet, 3, 3, 70, nullptr);
    lxw_row_t warningRow = 1;
    for (const RosterWarning& warning : warnings) {
        book.writeText(warningSheet, warningRow, 0, warning.date.toString(Qt::ISODate));
        book.writeText(warningSheet, warningRow, 1, rosterWarningCodes().label(warning.kind));
        book.writeText(warningSheet, warningRow, 2, warning.staffName);
        book.writeText(warningSheet, warningRow, 3, warning.message);
        ++warningRow;
    }

    book.close();
}

} // namespace jinglao::core
