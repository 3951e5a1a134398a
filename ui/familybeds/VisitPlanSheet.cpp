#include "familybeds/VisitPlanSheet.h"

#include "center/CenterService.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/VisitPlanXlsxExport.h"

namespace jinglao::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

PrintedDocument VisitPlanSheet::make(core::Database& db, const core::Actor& actor, const QDate& anyDayOfMonth)
{
    const QList<core::StaffVisitPlan> plan = core::HomeVisitService(db).visitPlan(actor, anyDayOfMonth);
    const QString title =
        core::VisitPlanXlsxExport::title(core::CenterService(db).displayName(), anyDayOfMonth);
    const QStringList labels = core::VisitPlanXlsxExport::columnLabels().mid(1); // the staff heads each table

    QString html = QStringLiteral("<html><body><h2 align=\"center\">%1</h2>").arg(esc(title));
    if (plan.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("No family bed has an agreement in this month.")));
    for (const core::StaffVisitPlan& person : plan) {
        const int beds = static_cast<int>(person.beds.size());
        const int planned = person.plannedVisits();
        html += QStringLiteral("<h3>%1</h3>")
                    .arg(esc(tr("%1: %n family bed(s)", nullptr, beds).arg(person.staffName) +
                             tr(", %n visit(s) planned", nullptr, planned)));
        html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><tr>");
        // Elder, special, address, phone, planned, visited, last visit.
        static const QList<int> widths{10, 7, 34, 18, 7, 7, 17};
        for (qsizetype i = 0; i < labels.size(); ++i)
            html += QStringLiteral("<th width=\"%1%\">%2</th>").arg(widths.value(i)).arg(esc(labels.at(i)));
        html += QStringLiteral("</tr>");
        for (const core::BedCoverage& bed : person.beds) {
            html += QStringLiteral("<tr>");
            const QStringList cells = core::VisitPlanXlsxExport::cells(bed);
            for (qsizetype i = 0; i < cells.size(); ++i) {
                // The elder's name in bold when special; numbers, phone and dates on one line.
                const QString text = i == 0 && bed.specialDifficulty
                                         ? QStringLiteral("<b>%1</b>").arg(esc(cells.at(i)))
                                         : esc(cells.at(i));
                html += i >= 3 ? QStringLiteral("<td style=\"white-space: nowrap\">%1</td>").arg(text)
                               : QStringLiteral("<td>%1</td>").arg(text);
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html +=
        QStringLiteral("<p><small>%1</small></p>")
            .arg(esc(tr("Special-difficulty elders (names in bold) are visited at least once every month.")));
    html += QStringLiteral("</body></html>");
    return PrintedDocument(title, html,
                           core::VisitPlanXlsxExport::auditedAs(QStringLiteral("visit_plan"), anyDayOfMonth),
                           core::VisitPlanXlsxExport::bedCount(plan));
}

} // namespace jinglao::ui
