#include "familybeds/AgreementSheet.h"

#include "auth/Actor.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "familybeds/FamilyBedCodes.h"
#include "familybeds/FamilyBedService.h"
#include "residents/ResidentService.h"

namespace jinglao::ui {

namespace {
QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

// Label and value pairs, two to a row, in a bordered table across the page.
QString table(const QList<std::pair<QString, QString>>& fields)
{
    QString html = QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\">");
    for (qsizetype i = 0; i < fields.size(); i += 2) {
        html += QStringLiteral("<tr>");
        for (qsizetype j = i; j < i + 2; ++j) {
            const bool present = j < fields.size();
            html += QStringLiteral("<td width=\"17%\" bgcolor=\"#f2f2f2\">%1</td><td width=\"33%\">%2</td>")
                        .arg(present ? esc(fields.at(j).first) : QString(),
                             present ? esc(fields.at(j).second) : QString());
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString date(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}
} // namespace

PrintedDocument AgreementSheet::make(core::Database& db, const core::Actor& actor,
                                     const QString& agreementUid)
{
    core::FamilyBedService beds(db);
    const core::Agreement agreement = beds.agreement(actor, agreementUid);
    const core::FamilyBed bed = beds.familyBed(actor, agreement.familyBedUid);
    const core::CenterProfile center = core::CenterService(db).profile();
    const QString centerName = core::CenterService(db).displayName();
    const QString title = tr("Family care bed service agreement");
    QString html = QStringLiteral("<html><body>");
    html += QStringLiteral("<h2 align=\"center\">%1</h2>").arg(esc(title));
    html +=
        QStringLiteral("<p align=\"center\">%1</p>")
            .arg(esc(tr("Agreement from %1 to %2")
                         .arg(date(agreement.startsOn),
                              agreement.endsOn.isValid() ? date(agreement.endsOn) : tr("no agreed end"))));

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Party A: the service provider")));
    html += table({{core::CenterService::nameLabel(), centerName},
                   {core::CenterService::facilityCodeLabel(), center.facilityCode},
                   {core::CenterService::addressLabel(), center.county + center.township + center.address},
                   {core::CenterService::contactLabel(), center.contact},
                   {core::CenterService::phoneLabel(), center.phone}});

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Party B: the elder")));
    QList<std::pair<QString, QString>> elder{
        {core::FamilyBedService::nameLabel(), bed.name},
        {core::IdNumber::fieldLabel(), bed.idNumber},
        {core::ResidentService::genderFieldLabel(), core::ResidentService::genderLabel(bed.gender)},
        {core::ResidentService::birthDateLabel(), date(bed.birthDate)},
        {tr("Category"), core::residentCategoryCodes().label(bed.category)},
        {core::ResidentService::phoneLabel(), bed.phone},
        {core::FamilyBedService::addressLabel(), bed.address()},
        {core::ResidentService::emergencyContactLabel(),
         QStringLiteral("%1 %2").arg(bed.emergencyContact, bed.emergencyPhone).trimmed()},
        {tr("Special difficulty"), bed.specialDifficulty
                                       ? tr("yes: %1").arg(core::familybeds::joinLabels(
                                             core::familybeds::specialReasons(), bed.specialReasons))
                                       : tr("no")}};
    // The level in force: the latest assessment's, else the one entered.
    if (bed.currentLevel >= 0)
        elder.append(
            {core::FamilyBedService::careLevelLabel(), core::FamilyBedService::currentCareLevelText(bed)});
    html += table(elder);

    html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("The services agreed")));
    QList<std::pair<QString, QString>> services{
        {core::FamilyBedService::startLabel(), date(agreement.startsOn)},
        {core::FamilyBedService::endLabel(),
         agreement.endsOn.isValid() ? date(agreement.endsOn) : tr("no agreed end")},
        {core::FamilyBedService::servicesLabel(),
         core::familybeds::joinLabels(core::familybeds::visitServices(), agreement.services)},
        {core::FamilyBedService::plannedVisitsLabel(),
         tr("%n home visit(s) a month", nullptr, agreement.plannedVisits)},
        {core::FamilyBedService::staffLabel(),
         agreement.staffName.isEmpty() ? tr("assigned by the center") : agreement.staffName},
        {tr("Home adaptations"), agreement.homeAdaptation ? tr("made") : tr("not made")}};
    if (agreement.endedOn.isValid())
        services.append({tr("Ended"), tr("on %1: %2").arg(date(agreement.endedOn), agreement.endReason)});
    html += table(services);
    html +=
        QStringLiteral("<p>%1</p>")
            .arg(esc(tr("Party A visits Party B and provides the services above during the period of this "
                        "agreement; each visit is recorded. Either party may end the agreement early, "
                        "stating the reason.")));

    html += QStringLiteral("<p>&nbsp;</p><table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\">");
    html += QStringLiteral("<tr><td width=\"50%\">%1</td><td>%2</td></tr>")
                .arg(esc(tr("Party A (seal): ______________")),
                     esc(tr("Party B (signature or fingerprint): ______________")));
    html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                .arg(esc(tr("Representative: ______________")),
                     esc(tr("Guardian or family member: ______________")));
    html += QStringLiteral("<tr><td>%1</td><td>%1</td></tr>").arg(esc(tr("Date: ________ (yyyy-MM-dd)")));
    html += QStringLiteral("</table>");
    html += QStringLiteral("<p align=\"right\"><small>%1</small></p>")
                .arg(esc(tr("Printed on %1 by %2").arg(date(core::Clock::today()), centerName)));
    html += QStringLiteral("</body></html>");

    return PrintedDocument(
        tr("%1 (%2)").arg(title, bed.name), html,
        {QStringLiteral("agreement"), QStringLiteral("family_bed_agreements"), agreement.uid}, 1);
}

} // namespace jinglao::ui
