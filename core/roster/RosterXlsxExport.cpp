#include "roster/RosterXlsxExport.h"

#include "auth/Privacy.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "roster/RosterService.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace jinglao::core {

namespace {
QByteArray cellText(const QString& text)
{
    return privacy::escapeFormula(text).toUtf8();
}
} // namespace

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
    const QString shownPath = QDir::toNativeSeparators(output.targetPath());
    const QByteArray nativePath = QFile::encodeName(QDir::toNativeSeparators(output.temporaryPath()));
    lxw_workbook* workbook = workbook_new(nativePath.constData());
    if (!workbook)
        throw Error::storage(tr("Cannot write %1.").arg(shownPath));

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

    const QByteArray sheetName = month.first.toString(QStringLiteral("yyyy-MM")).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.constData());
    worksheet_write_string(sheet, 0, 0, cellText(title(center, month.first)).constData(), bold);

    const auto days = static_cast<lxw_col_t>(month.days());
    const QStringList weekdays = weekdayShortNames();
    const lxw_row_t headRow = 2;
    worksheet_write_string(sheet, headRow, 0, cellText(tr("Name")).constData(), header);
    worksheet_write_string(sheet, headRow, 1, cellText(tr("Role")).constData(), header);
    for (lxw_col_t i = 0; i < days; ++i) {
        const QDate day = month.first.addDays(i);
        const QString label = QStringLiteral("%1\n%2").arg(day.day()).arg(weekdays.at(day.dayOfWeek() - 1));
        worksheet_write_string(sheet, headRow, static_cast<lxw_col_t>(2 + i), cellText(label).constData(),
                               header);
    }
    const lxw_col_t totalsColumn = 2 + days;
    worksheet_write_string(sheet, headRow, totalsColumn, cellText(tr("Hours")).constData(), header);
    worksheet_write_string(sheet, headRow, totalsColumn + 1, cellText(tr("Shifts")).constData(), header);
    worksheet_write_string(sheet, headRow, totalsColumn + 2, cellText(tr("Rest days")).constData(), header);
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
        worksheet_write_string(sheet, row, 0, cellText(person.name).constData(), nullptr);
        worksheet_write_string(sheet, row, 1, cellText(staffRoleCodes().label(person.role)).constData(),
                               nullptr);
        for (lxw_col_t i = 0; i < days; ++i) {
            const QDate day = month.first.addDays(i);
            const QString text = month.cellText(person.uid, day);
            lxw_format* format =
                warnedCells.contains(person.uid + day.toString(Qt::ISODate)) ? warned : centered;
            worksheet_write_string(sheet, row, static_cast<lxw_col_t>(2 + i), cellText(text).constData(),
                                   format);
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
        worksheet_write_string(sheet, row, 0, cellText(label).constData(), bold);
        for (lxw_col_t i = 0; i < days; ++i) {
            const int count = month.caregiversOn(month.first.addDays(i), shiftTemplate.code);
            worksheet_write_number(sheet, row, static_cast<lxw_col_t>(2 + i), count,
                                   count < shiftTemplate.minCaregivers ? warned : centered);
        }
        ++row;
    }

    lxw_worksheet* warningSheet = workbook_add_worksheet(workbook, cellText(tr("Warnings")).constData());
    worksheet_write_string(warningSheet, 0, 0, cellText(tr("Date")).constData(), bold);
    worksheet_write_string(warningSheet, 0, 1, cellText(tr("Kind")).constData(), bold);
    worksheet_write_string(warningSheet, 0, 2, cellText(tr("Name")).constData(), bold);
    worksheet_write_string(warningSheet, 0, 3, cellText(tr("Warning")).constData(), bold);
    worksheet_set_column(warningSheet, 0, 0, 12, nullptr);
    worksheet_set_column(warningSheet, 1, 2, 16, nullptr);
    worksheet_set_column(warningSheet, 3, 3, 70, nullptr);
    lxw_row_t warningRow = 1;
    for (const RosterWarning& warning : warnings) {
        worksheet_write_string(warningSheet, warningRow, 0,
                               cellText(warning.date.toString(Qt::ISODate)).constData(), nullptr);
        worksheet_write_string(warningSheet, warningRow, 1,
                               cellText(rosterWarningCodes().label(warning.kind)).constData(), nullptr);
        worksheet_write_string(warningSheet, warningRow, 2, cellText(warning.staffName).constData(), nullptr);
        worksheet_write_string(warningSheet, warningRow, 3, cellText(warning.message).constData(), nullptr);
        ++warningRow;
    }

    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Error::storage(tr("Cannot write %1: the workbook could not be saved (disk full, or no "
                                "permission to write there).")
                                 .arg(shownPath));
}

} // namespace jinglao::core
