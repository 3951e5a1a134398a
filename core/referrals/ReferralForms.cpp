#include "referrals/ReferralForms.h"

#include "auth/Privacy.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"
#include "residents/ResidentService.h"

namespace jinglao::core {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// A filled-in blank: the value between spaces, or a line to write on when there is none. (No
// underline: pdftotext loses the digits of underlined runs, and the PDF's text must be searchable.)
QString blank(const QString& value, int width = 10)
{
    if (value.trimmed().isEmpty())
        return QString(width, QLatin1Char('_'));
    return QStringLiteral(" %1 ").arg(esc(value));
}

// Text of the form in a one-cell table: Qt's PDF keeps the digits of table cells as text, while
// pdftotext lost those of a paragraph mixing CJK and digits.
QString block(const QString& html)
{
    return QStringLiteral(
               "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"2\"><tr><td>%1</td></tr></table>")
        .arg(html);
}

// Multi-line text as paragraphs of the form.
QString paragraphs(const QString& text)
{
    if (text.trimmed().isEmpty())
        return QStringLiteral("&nbsp;");
    return esc(text).replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
}

QString heading(const QString& title, const QString& subtitle)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"font-size:15pt; font-weight:bold; "
                                  "margin-top:0; margin-bottom:2px;\">%1</p>")
                       .arg(esc(title));
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"font-size:12pt; margin-top:0; "
                               "margin-bottom:6px;\">%1</p>")
                    .arg(esc(subtitle));
    return html;
}

// A labelled section of the form: "初步印象：" then the text.
QString section(const QString& label, const QString& text)
{
    return block(
        QStringLiteral("<b>%1</b><br/>%2").arg(esc(ReferralForms::tr("%1:").arg(label)), paragraphs(text)));
}

// The signature block on the right: one line each.
QString signatures(const QStringList& lines)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">");
    for (const QString& line : lines)
        html += QStringLiteral("<tr><td width=\"50%\"></td><td>%1</td></tr>").arg(line);
    return html + QStringLiteral("</table>");
}

QString cutLine()
{
    return QStringLiteral("<p align=\"center\" style=\"margin-top:8px; margin-bottom:8px; color:#555;\">"
                          "- - - - - - - - - - - - - - - - - - - - - - %1 - - - - - - - - - - - - - - - - "
                          "- - - - - -</p>")
        .arg(esc(ReferralForms::tr("cut here")));
}

QString ageText(const Resident& resident, const QDate& day)
{
    const int age = resident.ageOn(day);
    return age < 0 ? QString() : QString::number(age);
}

} // namespace

QString ReferralForms::formName(Kind kind)
{
    return kind == Kind::Out ? tr("Two-way referral form (referral out)")
                             : tr("Two-way referral form (return)");
}

QString ReferralForms::exportKind(Kind kind)
{
    return kind == Kind::Out ? QStringLiteral("referral_out") : QStringLiteral("referral_return");
}

QString ReferralForms::formDate(const QDate& day)
{
    if (!day.isValid())
        return tr("____ (yyyy-MM-dd)");
    //: How the printed forms write a date (Qt date format): Chinese "yyyy年M月d日".
    return day.toString(tr("yyyy-MM-dd"));
}

ReferralFormText ReferralForms::make(Database& db, const Actor& actor, const QString& referralUid, Kind kind)
{
    ReferralService service(db);
    const Referral referral = service.referral(actor, referralUid);
    if (kind == Kind::Return && referral.returnedAt.isNull())
        throw Error::conflict(
            tr("Referral %1 is %2: the return form is filled from the return record, recorded when the "
               "resident comes back.")
                .arg(referral.number, referrals::statuses().label(referral.status)));
    const Resident resident = ResidentService(db).resident(actor, referral.residentUid);
    const PartnerInstitution partner = service.institution(actor, referral.institutionUid);
    const CenterProfile center = CenterService(db).profile();
    const QString centerName = CenterService(db).displayName();

    const QDate sentOn = referral.referredAt.isValid() ? referral.referredAt.date() : QDate();
    const QDate returnedOn = referral.returnedAt.isValid() ? referral.returnedAt.date() : QDate();
    const QDate formDay = kind == Kind::Out ? sentOn : returnedOn;
    const QString age = ageText(resident, formDay.isValid() ? formDay : Clock::today());
    const QString gender = ResidentService::genderLabel(resident.gender);
    const QString idNumber = privacy::shownIdNumber(actor, resident.idNumber);
    const QString phone =
        privacy::shownPhone(actor, resident.phone.isEmpty() ? resident.emergencyPhone : resident.phone);
    // The resident lives in the center: its address, and the bed.
    QString address = (center.county + center.township + center.address).trimmed();
    if (!resident.bedCode.isEmpty())
        address = tr("%1, bed %2").arg(address, resident.bedCode);

    const QString name = formName(kind);
    QString html = QStringLiteral("<html><body>");

    // ---- the stub (存根), kept by the sender ----
    html += heading(name, tr("Stub"));
    // The resident's details as label and value cells: pdftotext keeps a cell's digits (the ID
    // number, the age) as text, while it lost them inside a sentence mixing scripts.
    const auto cell = [](const QString& label, const QString& value) {
        return QStringLiteral("<td bgcolor=\"#f2f2f2\">%1</td><td>%2</td>").arg(esc(label), esc(value));
    };
    html += QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">");
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(ResidentService::nameLabel(), resident.name),
                     cell(ResidentService::genderFieldLabel(), gender), cell(tr("Age"), age));
    html += QStringLiteral("<tr>%1%2%3</tr>")
                .arg(cell(IdNumber::fieldLabel(), idNumber),
                     cell(kind == Kind::Out ? tr("referral number")
                                            : ReferralService::hospitalRecordNumberLabel(),
                          kind == Kind::Out ? referral.number : referral.hospitalRecordNumber),
                     cell(ResidentService::phoneLabel(), phone));
    html += QStringLiteral("<tr><td bgcolor=\"#f2f2f2\">%1</td><td colspan=\"5\">%2</td></tr></table>")
                .arg(esc(tr("Home address")), esc(address));
    QString stub;
    if (kind == Kind::Out)
        stub += tr("On %1, because of the illness, referred to %2, department %3, receiving doctor %4.")
                    .arg(blank(formDate(sentOn)), blank(partner.name), blank(referral.department, 4),
                         blank(referral.receivingDoctor, 4));
    else
        html +=
            tr("On %1, because of the illness, returned to %2, receiving doctor %3.")
                .arg(blank(formDate(returnedOn)), blank(centerName), blank(referral.referringStaffName, 4));
    html += block(stub);
    const QString signer = kind == Kind::Out ? referral.referringStaffName : referral.receivingDoctor;
    html +=
        signatures({tr("Referring doctor (signature): %1").arg(blank(signer, 6)), esc(formDate(formDay))});

    html += cutLine();

    // ---- the form itself, with the resident ----
    html += heading(name, QString());
    const QString addressee = kind == Kind::Out ? partner.name : centerName;
    html += QStringLiteral("<table><tr><td>%1</td></tr></table>")
                .arg(tr("%1 (institution):").arg(blank(addressee)));
    QString letter = QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;");
    if (kind == Kind::Out)
        html +=
            tr("The patient %1 (%2, age %3, ID number %4) needs, because of the illness, to be admitted to "
               "your institution, department %5. Please receive them.")
                .arg(blank(resident.name), blank(gender, 2), blank(age, 2), blank(idNumber, 18),
                     blank(referral.department, 4));
    else
        letter += tr("The patient %1 (%2, age %3, ID number %4) is, because of the illness, returned to your "
                     "institution. Please receive them.")
                      .arg(blank(resident.name), blank(gender, 2), blank(age, 2), blank(idNumber, 18));
    html += block(letter);

    QStringList signing;
    if (kind == Kind::Out) {
        html += section(ReferralService::impressionLabel(), referral.impression);
        html += section(ReferralService::reasonLabel(), referral.reason);
        html += section(ReferralService::pastHistoryLabel(), referral.pastHistory);
        html += section(ReferralService::treatmentLabel(), referral.treatment);
        html += section(ReferralService::medicationLabel(), referral.medication);
        QStringList facts{tr("%1: %2").arg(esc(ReferralService::urgencyLabel()),
                                           esc(referrals::urgencies().label(referral.urgency)))};
        if (referral.consent)
            facts.append(tr("%1: %2").arg(
                esc(ReferralService::consentLabel()),
                esc(tr("%1 (%2)").arg(referrals::consents().label(*referral.consent), referral.consentBy))));
        html += block(facts.join(QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;")));
        signing = {tr("Referring doctor (signature): %1").arg(blank(referral.referringStaffName, 6)),
                   tr("Phone: %1").arg(blank(center.phone, 8)), tr("%1 (institution)").arg(blank(centerName)),
                   esc(formDate(sentOn))};
    } else {
        html += QStringLiteral("<table><tr><td>%1&nbsp;&nbsp;&nbsp;&nbsp;%2</td></tr></table>")
                    .arg(tr("%1: %2").arg(esc(ReferralService::diagnosisLabel()),
                                          blank(referral.returnDiagnosis)),
                         tr("%1: %2").arg(esc(ReferralService::hospitalRecordNumberLabel()),
                                          blank(referral.hospitalRecordNumber, 6)));
        html += section(ReferralService::findingsLabel(), referral.returnFindings);
        html += section(ReferralService::adviceLabel(), referral.returnAdvice);
        html +=
            QStringLiteral("<table><tr><td>%1</td></tr></table>")
                .arg(tr("%1: %2").arg(
                    esc(ReferralService::nextReviewLabel()),
                    blank(referral.nextReviewOn.isValid() ? formDate(referral.nextReviewOn) : QString(), 6)));
        signing = {tr("Referring doctor (signature): %1").arg(blank(referral.receivingDoctor, 6)),
                   tr("Phone: %1").arg(blank(partner.phone, 8)),
                   tr("%1 (institution)").arg(blank(partner.name)), esc(formDate(returnedOn))};
    }
    html += signatures(signing);
    html +=
        QStringLiteral("<p align=\"right\" style=\"margin-top:6px; color:#777;\"><small>%1</small></p>")
            .arg(esc(
                tr("%1 · printed on %2 by %3").arg(referral.number, formDate(Clock::today()), centerName)));
    html += QStringLiteral("</body></html>");

    return {tr("%1 %2 %3").arg(name, referral.number, resident.name), html};
}

} // namespace jinglao::core
