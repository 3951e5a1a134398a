#include "residents/ResidentDocuments.h"

#include "assessments/AssessmentService.h"
#include "auth/Actor.h"
#include "auth/Privacy.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/IdNumber.h"
#include "residents/ResidentService.h"

#include <QDate>
#include <QMenu>
#include <QPushButton>

namespace jinglao::ui {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

const QString tableStart =
    QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">");

// A row of label/value pairs: <th>label</th><td>value</td> …
QString pairRow(const QList<std::pair<QString, QString>>& pairs)
{
    QString row = QStringLiteral("<tr>");
    for (const auto& [label, value] : pairs)
        row += QStringLiteral("<th align=\"left\" bgcolor=\"#eef2f7\">%1</th><td>%2</td>")
                   .arg(esc(label), esc(value));
    return row + QStringLiteral("</tr>");
}

QString heading(const QString& center, const QString& title)
{
    return QStringLiteral("<html><body><h2 align=\"center\">%1<br>%2</h2>").arg(esc(center), esc(title));
}

QString signatures(const QStringList& whose)
{
    QString html = QStringLiteral("<br><table width=\"100%\" cellpadding=\"8\"><tr>");
    for (const QString& who : whose)
        html += QStringLiteral("<td>%1：__________________<br><br>%2：________________</td>")
                    .arg(esc(who), esc(ResidentDocuments::tr("Date")));
    return html + QStringLiteral("</tr></table>");
}

} // namespace

void ResidentDocuments::attachMenu(QPushButton* button, AppContext& context, const QString& name,
                                   std::function<PrintedDocument()> make, std::function<QString()> fileName)
{
    auto* menu = new QMenu(button);
    QAction* print = menu->addAction(tr("Print…"));
    print->setObjectName(QStringLiteral("print%1Action").arg(name));
    QAction* pdf = menu->addAction(tr("Save as PDF…"));
    pdf->setObjectName(QStringLiteral("save%1PdfAction").arg(name));
    button->setMenu(menu);
    QObject::connect(print, &QAction::triggered, button, [button, &context, make] {
        runGuarded(button, [&] {
            if (make().printWithDialog(button->window(), context.database(), context.actor()))
                context.notifyDataChanged(); // the print is in the audit log
        });
    });
    QObject::connect(pdf, &QAction::triggered, button, [button, &context, make, fileName] {
        runGuarded(button, [&] {
            if (make().savePdfWithDialog(button->window(), context.database(), context.actor(), fileName()))
                context.notifyDataChanged();
        });
    });
}

QString ResidentDocuments::bedCardFileName(const QString& residentName)
{
    return tr("bed-card-%1.pdf").arg(residentName);
}

QString ResidentDocuments::admissionRecordFileName(const QString& residentName)
{
    return tr("admission-record-%1.pdf").arg(residentName);
}

QString ResidentDocuments::assessmentReportFileName(const QString& residentName, const QDate& assessedOn)
{
    return tr("assessment-%1-%2.pdf").arg(residentName, dateText(assessedOn));
}

PrintedDocument ResidentDocuments::bedCard(core::Database& db, const core::Actor& actor,
                                           const QString& residentUid)
{
    const core::Resident r = core::ResidentService(db).resident(actor, residentUid);
    const std::optional<core::AssessmentService::Assessment> latest =
        core::AssessmentService(db).latest(actor, residentUid);
    const QString center = core::CenterService(db).displayName();
    const QString title = tr("Bed-head card");

    QString html = heading(center, title);
    // The name and the bed large enough to read from the door.
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 30pt; font-weight: bold\">%1</p>")
                .arg(esc(r.name));
    html += QStringLiteral("<p align=\"center\" style=\"font-size: 18pt\">%1</p>")
                .arg(esc(r.bedCode.isEmpty() ? tr("No bed") : tr("Bed %1").arg(r.bedCode)));
    html += tableStart;
    html += pairRow(
        {{core::ResidentService::genderFieldLabel(), core::ResidentService::genderLabel(r.gender)},
         {tr("Age"), r.birthDate.isValid() ? QString::number(r.ageOn(core::Clock::today())) : QString()}});
    html += pairRow({{tr("Care level"), core::ResidentService::careLevelLabel(r.careLevel)},
                     {tr("Assessed on"), latest ? dateText(latest->assessedOn) : tr("not yet")}});
    html += pairRow({{core::ResidentService::admissionDateLabel(), dateText(r.admissionDate)},
                     {tr("Category"), core::residentCategoryCodes().label(r.category)}});
    html += pairRow(
        {{core::ResidentService::emergencyContactLabel(), r.emergencyContact},
         {core::ResidentService::emergencyPhoneLabel(), core::privacy::shownPhone(actor, r.emergencyPhone)}});
    html += QStringLiteral("</table>");

    // What the latest assessment says the staff must watch for.
    QStringList notes;
    if (latest) {
        const core::AssessmentLevel::Outcome outcome = latest->outcome();
        if (latest->dementia)
            notes.append(tr("Dementia: watch for wandering."));
        if (latest->psychiatric)
            notes.append(tr("Mental disorder diagnosed."));
        if (latest->riskEvents > 0)
            notes.append(tr("%n care-risk event(s) (falls, choking, wandering …) in the 30 days before the "
                            "assessment.",
                            nullptr, latest->riskEvents));
        const QString reasons = core::AssessmentLevel::reasons(outcome);
        if (!reasons.isEmpty())
            notes.append(tr("Care level: %1.").arg(reasons));
        if (!latest->note.trimmed().isEmpty())
            notes.append(latest->note.trimmed());
    }
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Notes")));
    if (notes.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None recorded.")));
    } else {
        html += QStringLiteral("<ul>");
        for (const QString& note : std::as_const(notes))
            html += QStringLiteral("<li>%1</li>").arg(esc(note));
        html += QStringLiteral("</ul>");
    }
    // Allergies and diet are not recorded in the program: the staff write them on the card.
    html +=
        QStringLiteral("<h3>%1</h3>").arg(esc(tr("Allergies, diet and care notes (written by the staff)")));
    html +=
        tableStart + QStringLiteral("<tr><td height=\"40\">&nbsp;</td></tr><tr><td height=\"40\">&nbsp;</td>"
                                    "</tr><tr><td height=\"40\">&nbsp;</td></tr></table>");
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("Printed %1 from %2's records.").arg(dateText(core::Clock::today()), center)));
    html += QStringLiteral("</body></html>");
    return PrintedDocument(QStringLiteral("%1 %2").arg(title, r.name), html,
                           {QStringLiteral("bed_card"), QStringLiteral("residents"), r.uid}, 1);
}

PrintedDocument ResidentDocuments::admissionRecord(core::Database& db, const core::Actor& actor,
                                                   const QString& residentUid)
{
    core::ResidentService residents(db);
    const core::Resident r = residents.resident(actor, residentUid);
    const QString center = core::CenterService(db).displayName();
    const QString title = tr("Admission record");

    QString html = heading(center, title);
    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The resident")));
    html += tableStart;
    html +=
        pairRow({{core::ResidentService::nameLabel(), r.name},
                 {core::ResidentService::genderFieldLabel(), core::ResidentService::genderLabel(r.gender)}});
    html += pairRow({{core::IdNumber::fieldLabel(), core::privacy::shownIdNumber(actor, r.idNumber)},
                     {core::ResidentService::birthDateLabel(), dateText(r.birthDate)}});
    html += pairRow({{tr("Category"), core::residentCategoryCodes().label(r.category)},
                     {core::ResidentService::phoneLabel(), core::privacy::shownPhone(actor, r.phone)}});
    html += pairRow({{core::ResidentService::admissionDateLabel(), dateText(r.admissionDate)},
                     {core::ResidentService::bedLabel(), r.bedCode.isEmpty() ? tr("No bed") : r.bedCode}});
    html +=
        pairRow({{tr("Care level"), core::ResidentService::careLevelLabel(r.careLevel)},
                 {tr("Status"),
                  r.isCurrent() ? tr("Living in the center")
                                : tr("Discharged %1 (%2)")
                                      .arg(dateText(r.dischargeDate),
                                           core::dischargeReasonCodes().label(r.dischargeReason))}});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Emergency contact")));
    html += tableStart;
    html += pairRow(
        {{core::ResidentService::emergencyContactLabel(), r.emergencyContact},
         {core::ResidentService::emergencyPhoneLabel(), core::privacy::shownPhone(actor, r.emergencyPhone)}});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Stays")));
    html += tableStart + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                             .arg(esc(tr("Admitted")), esc(tr("Discharged")), esc(tr("Reason")));
    for (const core::ResidentStay& stay : residents.stays(actor, residentUid))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(esc(dateText(stay.admissionDate)), esc(dateText(stay.dischargeDate)),
                         esc(stay.hasDischarge()
                                 ? core::dischargeReasonCodes().label(stay.dischargeReason)
                                 : QString()));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Beds")));
    html += tableStart + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                             .arg(esc(tr("Bed")), esc(tr("From")), esc(tr("Until")), esc(tr("Reason")));
    for (const core::BedAssignment& bed : residents.bedHistory(actor, residentUid))
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(esc(bed.bedCode), esc(dateText(bed.fromDate)), esc(dateText(bed.toDate)),
                         esc(bed.reason));
    html += QStringLiteral("</table>");

    html += signatures({tr("Resident or guardian"), tr("Admitted by")});
    html += QStringLiteral("</body></html>");
    return PrintedDocument(QStringLiteral("%1 %2").arg(title, r.name), html,
                           {QStringLiteral("admission_record"), QStringLiteral("residents"), r.uid}, 1);
}

PrintedDocument ResidentDocuments::assessmentReport(core::Database& db, const core::Actor& actor,
                                                    const QString& assessmentUid)
{
    using core::AssessmentItems;
    const core::AssessmentService::Assessment a =
        core::AssessmentService(db).assessment(actor, assessmentUid);
    const QString center = core::CenterService(db).displayName();
    const QString title = tr("Elderly ability assessment report");
    QString bed;
    QString gender;
    QString born;
    if (a.subject == core::AssessmentService::Subject::Resident && !a.residentUid.isEmpty()) {
        const core::Resident r = core::ResidentService(db).resident(actor, a.residentUid);
        bed = r.bedCode;
        gender = core::ResidentService::genderLabel(r.gender);
        born = dateText(r.birthDate);
    }

    QString html = heading(center, title);
    html += tableStart;
    html += pairRow({{tr("Name"), a.residentName}, {core::ResidentService::genderFieldLabel(), gender}});
    html += pairRow(
        {{core::ResidentService::birthDateLabel(), born},
         {a.subject == core::AssessmentService::Subject::Resident ? tr("Bed") : tr("Served at"),
          a.subject == core::AssessmentService::Subject::Resident ? bed : tr("home (family care bed)")}});
    html += pairRow(
        {{tr("Assessed on"), dateText(a.assessedOn)}, {tr("Reason"), core::assessmentReasonCodes().label(a.reason)}});
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Items (GB/T 42195-2022)")));
    if (a.scores.isEmpty()) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The item scores were not recorded (imported assessment).")));
    } else {
        html += tableStart + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                                 .arg(esc(tr("Item")), esc(tr("Score")), esc(tr("Maximum")));
        for (const AssessmentItems::Dimension dimension : AssessmentItems::dimensions()) {
            html += QStringLiteral("<tr><td colspan=\"3\" bgcolor=\"#eef2f7\"><b>%1</b></td></tr>")
                        .arg(esc(AssessmentItems::dimensionLabel(dimension)));
            for (const AssessmentItems::Item& item : AssessmentItems::itemsOf(dimension)) {
                const int score = a.scores.value(item.code, -1);
                html += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=\"right\">%3</td></tr>")
                            .arg(esc(AssessmentItems::label(item)),
                                 esc(score >= 0 ? AssessmentItems::scoreText(item, score) : QString()))
                            .arg(item.maxScore);
            }
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Scores and level")));
    html += tableStart + QStringLiteral("<tr><th>%1</th><th>%2</th><th>%3</th></tr>")
                             .arg(esc(tr("Dimension")), esc(tr("Score")), esc(tr("Maximum")));
    for (const AssessmentItems::Dimension dimension : AssessmentItems::dimensions()) {
        const auto sum = a.dimensionScores.constFind(dimension);
        html += QStringLiteral("<tr><td>%1</td><td align=\"right\">%2</td><td align=\"right\">%3</td></tr>")
                    .arg(esc(AssessmentItems::dimensionLabel(dimension)),
                         sum == a.dimensionScores.cend() ? QString() : QString::number(*sum))
                    .arg(AssessmentItems::dimensionMax(dimension));
    }
    html += QStringLiteral(
                "<tr><td><b>%1</b></td><td align=\"right\"><b>%2</b></td><td align=\"right\">%3</td></tr>")
                .arg(esc(tr("Total")))
                .arg(a.total)
                .arg(AssessmentItems::totalMax());
    html += QStringLiteral("</table><br>");
    const core::AssessmentLevel::Outcome outcome = a.outcome();
    html += tableStart;
    html += pairRow({{tr("Preliminary level"), core::AssessmentLevel::label(outcome.preliminary)},
                     {tr("Final level"), core::AssessmentLevel::label(outcome.level)}});
    const QString reasons = core::AssessmentLevel::reasons(outcome);
    html += QStringLiteral("<tr><th align=\"left\" bgcolor=\"#eef2f7\">%1</th><td colspan=\"3\">%2</td></tr>")
                .arg(esc(tr("Why")),
                     esc(reasons.isEmpty() ? tr("The level follows from the total score.") : reasons));
    QStringList conditions;
    if (a.dementia)
        conditions.append(tr("dementia diagnosed"));
    if (a.psychiatric)
        conditions.append(tr("mental disorder diagnosed"));
    if (a.coma)
        conditions.append(tr("in a coma"));
    conditions.append(tr("%n care-risk event(s) in the 30 days before", nullptr, a.riskEvents));
    html += QStringLiteral("<tr><th align=\"left\" bgcolor=\"#eef2f7\">%1</th><td colspan=\"3\">%2</td></tr>")
                .arg(esc(tr("Conditions")), esc(conditions.join(tr("; "))));
    if (!a.note.trimmed().isEmpty())
        html +=
            QStringLiteral("<tr><th align=\"left\" bgcolor=\"#eef2f7\">%1</th><td colspan=\"3\">%2</td></tr>")
                .arg(esc(tr("Note")), esc(a.note.trimmed()));
    html += pairRow({{tr("Assessor"), a.assessor}, {tr("Center"), center}});
    html += QStringLiteral("</table>");

    html += signatures({tr("Assessor"), tr("Second assessor"), tr("Elder or family")});
    html += QStringLiteral("</body></html>");
    return PrintedDocument(QStringLiteral("%1 %2 %3").arg(title, a.residentName, dateText(a.assessedOn)),
                           html, {QStringLiteral("assessment_report"), QStringLiteral("assessments"), a.uid},
                           1);
}

} // namespace jinglao::ui
