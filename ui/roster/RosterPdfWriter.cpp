#include "roster/RosterPdfWriter.h"

#include "auth/Actor.h"
#include "auth/AuditedExport.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "common/PdfFile.h"
#include "roster/RosterXlsxExport.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace jinglao::ui {

namespace {
QFont documentFont(qreal points, bool bold = false)
{
    return A4Pdf::documentFont(points, bold);
}
} // namespace

void RosterPdfWriter::write(core::Database& db, const core::Actor& actor, const core::RosterMonth& month,
                            const QList<core::RosterWarning>& warnings, const QString& path)
{
    actor.require(core::Permission::ViewRecords);
    const QString title = core::RosterXlsxExport::title(core::CenterService(db).displayName(), month.first);
    core::AuditedExport::run(db, actor,
                             core::RosterXlsxExport::auditedAs(QStringLiteral("roster_pdf"), month), path,
                             [&](core::OutputFile& output) {
                                 writeFile(title, month, warnings, output);
                                 return qint64(month.shiftCount());
                             });
}

void RosterPdfWriter::writeFile(const QString& title, const core::RosterMonth& month,
                                const QList<core::RosterWarning>& warnings, core::OutputFile& output)
{
    A4Pdf pdf(output.device(), title, QPageLayout::Landscape, 10);
    QPdfWriter& writer = pdf.writer();
    const QString shownPath = QDir::toNativeSeparators(output.targetPath());
    QPainter painter;
    if (!painter.begin(&writer))
        throw core::Error::storage(tr("Cannot write %1.").arg(shownPath));
    paint(
        painter, QRectF(0, 0, writer.width(), writer.height()), [&writer] { writer.newPage(); }, title, month,
        warnings);
    if (!painter.end())
        throw core::Error::storage(tr("Cannot write %1.").arg(shownPath));
    pdf.finish(shownPath);
}

void RosterPdfWriter::paint(QPainter& painter, const QRectF& page, const std::function<void()>& newPage,
                            const QString& title, const core::RosterMonth& month,
                            const QList<core::RosterWarning>& warnings)
{
    QPaintDevice* device = painter.device();
    const QFont titleFont = documentFont(14, true);
    const QFont headFont = documentFont(6.5, true);
    const QFont cellFont = documentFont(6.5);
    const QStringList weekdays = core::RosterXlsxExport::weekdayShortNames();
    const int days = month.days();
    const qreal nameWidth = page.width() * 0.11;
    const qreal totalWidth = page.width() * 0.04;
    const qreal dayWidth = (page.width() - nameWidth - 3 * totalWidth) / days;
    const qreal rowHeight = QFontMetricsF(cellFont, device).height() * 1.6;
    const qreal headHeight = rowHeight * 2;

    auto drawCell = [&](const QRectF& rect, const QString& text, const QFont& font,
                        const QColor& fill = QColor()) {
        if (fill.isValid())
            painter.fillRect(rect, fill);
        painter.setPen(QPen(Qt::gray, 0));
        painter.drawRect(rect);
        painter.setPen(Qt::black);
        painter.setFont(font);
        painter.drawText(rect.adjusted(2, 0, -2, 0), Qt::AlignCenter | Qt::TextWordWrap, text);
    };

    qreal y = 0;
    auto drawHeader = [&] {
        painter.setFont(titleFont);
        const qreal titleHeight = QFontMetricsF(titleFont, device).height() * 1.5;
        painter.drawText(QRectF(0, 0, page.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
        y = titleHeight;
        const QColor headFill(0xE8, 0xEE, 0xF7);
        drawCell(QRectF(0, y, nameWidth, headHeight), tr("Name"), headFont, headFill);
        for (int i = 0; i < days; ++i) {
            const QDate day = month.first.addDays(i);
            drawCell(QRectF(nameWidth + i * dayWidth, y, dayWidth, headHeight),
                     QStringLiteral("%1\n%2").arg(day.day()).arg(weekdays.at(day.dayOfWeek() - 1)), headFont,
                     day.dayOfWeek() >= 6 ? QColor(0xD8, 0xE2, 0xF0) : headFill);
        }
        const qreal x = nameWidth + days * dayWidth;
        drawCell(QRectF(x, y, totalWidth, headHeight), tr("Hours"), headFont, headFill);
        drawCell(QRectF(x + totalWidth, y, totalWidth, headHeight), tr("Shifts"), headFont, headFill);
        drawCell(QRectF(x + 2 * totalWidth, y, totalWidth, headHeight), tr("Rest days"), headFont, headFill);
        y += headHeight;
    };
    auto ensureRoom = [&](qreal height, bool withHeader) {
        if (y + height <= page.height())
            return;
        newPage();
        y = 0;
        if (withHeader)
            drawHeader();
    };

    QSet<QString> warnedCells;
    for (const core::RosterWarning& warning : warnings) {
        const bool monthly = warning.kind == core::RosterWarning::Kind::WeeklyHours ||
                             warning.kind == core::RosterWarning::Kind::Overtime;
        if (!warning.staffUid.isEmpty() && !monthly)
            warnedCells.insert(warning.staffUid + warning.date.toString(Qt::ISODate));
    }

    drawHeader();
    for (const core::StaffMember& person : month.staff) {
        ensureRoom(rowHeight, true);
        const QString label =
            person.role == core::StaffRole::Caregiver
                ? person.name
                : QStringLiteral("%1（%2）").arg(person.name, core::staffRoleCodes().label(person.role));
        drawCell(QRectF(0, y, nameWidth, rowHeight), label, cellFont);
        for (int i = 0; i < days; ++i) {
            const QDate day = month.first.addDays(i);
            QColor fill;
            if (warnedCells.contains(person.uid + day.toString(Qt::ISODate)))
                fill = QColor(0xFF, 0xC8, 0xC8);
            else if (!person.employedOn(day))
                fill = QColor(0xD0, 0xD0, 0xD0);
            drawCell(QRectF(nameWidth + i * dayWidth, y, dayWidth, rowHeight),
                     month.cellText(person.uid, day), cellFont, fill);
        }
        const core::RosterMonth::PersonTotals totals = month.totals(person.uid);
        const qreal x = nameWidth + days * dayWidth;
        drawCell(QRectF(x, y, totalWidth, rowHeight), QString::number(totals.hours, 'f', 1), cellFont);
        drawCell(QRectF(x + totalWidth, y, totalWidth, rowHeight), QString::number(totals.shifts), cellFont);
        drawCell(QRectF(x + 2 * totalWidth, y, totalWidth, rowHeight), QString::number(totals.restDays),
                 cellFont);
        y += rowHeight;
    }
    for (const core::ShiftTemplate& shiftTemplate : month.templates) {
        ensureRoom(rowHeight, true);
        drawCell(QRectF(0, y, nameWidth, rowHeight),
                 tr("Caregivers %1 (min. %2)").arg(shiftTemplate.code).arg(shiftTemplate.minCaregivers),
                 headFont, QColor(0xEE, 0xF6, 0xEE));
        for (int i = 0; i < days; ++i) {
            const int count = month.caregiversOn(month.first.addDays(i), shiftTemplate.code);
            drawCell(
                QRectF(nameWidth + i * dayWidth, y, dayWidth, rowHeight), QString::number(count), cellFont,
                count < shiftTemplate.minCaregivers ? QColor(0xFF, 0xC8, 0xC8) : QColor(0xEE, 0xF6, 0xEE));
        }
        y += rowHeight;
    }

    const QStringList legend = [&] {
        QStringList parts;
        for (const core::ShiftTemplate& t : month.templates)
            parts.append(QStringLiteral("%1 %2 %3–%4")
                             .arg(t.code, t.label(), t.start.toString(QStringLiteral("HH:mm")),
                                  t.end.toString(QStringLiteral("HH:mm"))));
        return parts;
    }();
    y += rowHeight * 0.5;
    ensureRoom(rowHeight, false);
    painter.setFont(cellFont);
    painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("Shifts: %1").arg(legend.join(QStringLiteral("；"))));
    y += rowHeight;

    if (!warnings.isEmpty()) {
        ensureRoom(rowHeight * 2, false);
        painter.setFont(headFont);
        painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         tr("Warnings (%1)").arg(warnings.size()));
        y += rowHeight;
        painter.setFont(cellFont);
        for (const core::RosterWarning& warning : warnings) {
            ensureRoom(rowHeight, false);
            painter.drawText(QRectF(0, y, page.width(), rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             QStringLiteral("%1  %2").arg(core::rosterWarningCodes().label(warning.kind),
                                                          warning.message));
            y += rowHeight;
        }
    }
}

} // namespace jinglao::ui
