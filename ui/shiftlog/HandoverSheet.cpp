#include "shiftlog/HandoverSheet.h"

#include "common/Error.h"
#include "common/PdfFile.h"
#include "shiftlog/ShiftLogService.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "storage/OutputFile.h"
#include "storage/Settings.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace jinglao::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}
QString multiline(const QString& text)
{
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}
} // namespace

HandoverSheet::HandoverSheet(core::Database& db, const core::Actor& actor, const QDate& day)
    : m_db(db)
    , m_actor(actor)
    , m_day(day)
{
    core::ShiftLogService service(db);
    const QList<core::ShiftLogService::Session> sessions = service.sessionsOn(actor, day);
    m_sessions = static_cast<int>(sessions.size());
    m_records = m_sessions;
    const QString facility = core::Settings(db).value(core::Settings::FacilityName);

    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>")
                .arg(esc(facility.isEmpty()
                             ? tr("Handover sheet %1").arg(day.toString(Qt::ISODate))
                             : tr("%1 handover sheet %2").arg(facility, day.toString(Qt::ISODate))));
    if (sessions.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No shift was logged on this day.")));
    for (const core::ShiftLogService::Session& session : sessions) {
        html +=
            QStringLiteral("<h3>%1</h3>")
                .arg(esc(tr("Shift %1 (%2 – %3), nurse on duty: %4")
                             .arg(session.shiftCode, ShiftLogTableModel::shownTime(session.startAt).mid(11),
                                  ShiftLogTableModel::shownTime(session.endAt).mid(11), session.staffName)));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Opened %1 · handover accepted %2 · closed %3")
                                 .arg(ShiftLogTableModel::shownTime(session.openedAt),
                                      session.handoverAcceptedAt.isEmpty()
                                          ? tr("not recorded")
                                          : ShiftLogTableModel::shownTime(session.handoverAcceptedAt),
                                      session.closedAt.isEmpty()
                                          ? tr("still open")
                                          : ShiftLogTableModel::shownTime(session.closedAt))));
        QStringList onBehalf;
        for (const QString& account :
             {session.openedOnBehalfBy, session.acceptedOnBehalfBy, session.closedOnBehalfBy}) {
            if (!account.isEmpty() && !onBehalf.contains(account))
                onBehalf.append(account);
        }
        if (!onBehalf.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Opened, accepted or closed on the nurse's behalf by: %1")
                                     .arg(onBehalf.join(QStringLiteral(", ")))));
        const QList<core::ShiftLogService::Entry> entries = service.entriesOfShift(actor, session.shiftUid);
        m_records += static_cast<int>(entries.size());
        if (!entries.isEmpty()) {
            html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
            html += QStringLiteral("<tr><th width=\"10%\">%1</th><th width=\"12%\">%2</th><th "
                                   "width=\"9%\">%3</th><th width=\"11%\">%4</th><th>%5</th></tr>")
                        .arg(esc(tr("Time")), esc(tr("Resident")), esc(tr("Incident")), esc(tr("Happened")),
                             esc(tr("Entry")));
            for (const core::ShiftLogService::Entry& entry : entries) {
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>")
                            .arg(esc(ShiftLogTableModel::shownTime(entry.writtenAt).mid(11)),
                                 esc(entry.residentName),
                                 entry.incident == core::Incident::None
                                     ? QString()
                                     : QStringLiteral("<b>%1</b>")
                                           .arg(esc(core::incidentCodes().label(entry.incident))),
                                 esc(ShiftLogTableModel::shownOccurrenceInShift(entry)),
                                 multiline(entry.writtenOnBehalfBy.isEmpty()
                                               ? ShiftLogTableModel::shownSummary(entry)
                                               : tr("%1 (entered by %2)")
                                                     .arg(ShiftLogTableModel::shownSummary(entry),
                                                          entry.writtenOnBehalfBy)));
            }
            html += QStringLiteral("</table>");
        }
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Handover note:")), session.handoverNote.isEmpty()
                                                        ? esc(tr("(none yet)"))
                                                        : multiline(session.handoverNote));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Handed over by: ____________    Received by: ____________")));
    }
    html += QStringLiteral("</body></html>");
    m_html = html;
}

void HandoverSheet::fill(QTextDocument& document) const
{
    document.setDefaultFont(A4Pdf::documentFont(10.5));
    document.setHtml(m_html);
}

void HandoverSheet::render(QPagedPaintDevice* device) const
{
    QTextDocument document;
    fill(document);
    document.print(device);
}

core::AuditedExport::What HandoverSheet::auditedAs(const QString& kind) const
{
    return {kind, QStringLiteral("shift_logs"), m_day.toString(Qt::ISODate)};
}

void HandoverSheet::print(QPagedPaintDevice* printer) const
{
    core::AuditedExport::printed(m_db, m_actor, auditedAs(QStringLiteral("handover_sheet_print")),
                                 tr("printer"), [&] {
                                     render(printer);
                                     return qint64(m_records);
                                 });
}

void HandoverSheet::writePdf(const QString& path) const
{
    core::AuditedExport::run(m_db, m_actor, auditedAs(QStringLiteral("handover_sheet_pdf")), path,
                             [&](core::OutputFile& output) {
                                 writePdfFile(output);
                                 return qint64(m_records);
                             });
}

void HandoverSheet::writePdfFile(core::OutputFile& output) const
{
    A4Pdf pdf(output.device(), tr("Handover sheet %1").arg(m_day.toString(Qt::ISODate)),
              QPageLayout::Portrait, 15);
    render(&pdf.writer());
    pdf.finish(QDir::toNativeSeparators(output.targetPath()));
}

} // namespace jinglao::ui
