#include "referrals/ReferralsModule.h"

#include "common/Clock.h"
#include "common/Percent.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralsCountyFile.h"
#include "referrals/ReferralsDemo.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

const QString referralsTable = QStringLiteral("referrals");

} // namespace

QString ReferralsModule::title() const
{
    return tr("Referrals");
}

QList<DemoStep> ReferralsModule::demoSteps() const
{
    // Partners, and referrals over the whole period with a few still open at its end; before the
    // daily records, which leave out residents away on referral.
    return {{QStringLiteral("referrals"), DemoPhase, &ReferralsDemo::step}};
}

QList<CountyFile> ReferralsModule::countyFiles() const
{
    return {ReferralsCountyFile::file()};
}

QSet<QString> ReferralsModule::residentsAwayOn(const Database& db, const QDate& day) const
{
    return ReferralService::residentsAwayOn(db, day);
}

void ReferralsModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                   MonthFigures& figures) const
{
    Q_UNUSED(actor);
    // A timestamp falls in a month by its own date part, in its own offset: from the first day's
    // date up to (not including) the date of the day after asOf.
    const QString first = month.first.toString(Qt::ISODate);
    const QString after = month.asOf.addDays(1).toString(Qt::ISODate);
    const qint64 out =
        sql::scalar(
            db,
            QStringLiteral("SELECT count(*) FROM referrals WHERE deleted = 0 AND status <> 'DRAFT' AND "
                           "referred_at >= ? AND referred_at < ?"),
            {first, after})
            .toLongLong();
    qint64 returned = 0;
    qint64 daysOfReturned = 0;
    for (const QVariantMap& row :
         sql::rows(db,
                   QStringLiteral(
                       "SELECT substr(referred_at, 1, 10) AS sent_on, substr(returned_at, 1, 10) AS "
                       "back_on FROM referrals WHERE deleted = 0 AND returned_at >= ? AND returned_at < ?"),
                   {first, after})) {
        ++returned;
        daysOfReturned += QDate::fromString(text(row, "sent_on"), Qt::ISODate)
                              .daysTo(QDate::fromString(text(row, "back_on"), Qt::ISODate));
    }
    // Resident-days away: each day of the month (up to asOf) that someone was away on referral.
    const qint64 daysAway = ReferralService::residentDaysAway(db, month.first, month.asOf);

    const QString section = tr("Referrals");
    figures.addCount(QStringLiteral("referrals_out"), section, tr("Referrals sent out"), out);
    figures.addCount(QStringLiteral("referrals_returned"), section, tr("Residents back from referral"),
                     returned);
    figures.addTenths(QStringLiteral("referral_average_days_away"), section,
                      tr("Average days away of those back"), MonthFigure::Kind::Tenths,
                      returned > 0 ? std::optional(percent::ratioTenthsHalfUp(daysOfReturned, returned))
                                   : std::nullopt);
    figures.addCount(QStringLiteral("referral_days_away"), section, tr("Resident-days away on referral"),
                     daysAway);
}

void ReferralsModule::residentDischarged(Database& db, RecordWriter& writer, const QString& residentUid,
                                         const QDate& day, DischargeReason reason) const
{
    ReferralService::closeOnDischarge(db, writer, residentUid, day, reason);
}

QList<Alert> ReferralsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    ReferralService service(db);
    // Hours count from now when today is today; from the end of an earlier day asked about.
    const QDateTime now = today == Clock::today() ? Clock::now() : QDateTime(today.addDays(1), QTime(0, 0));
    const int admittedDays = service.admittedAlertDays();
    QList<Alert> alerts;
    ReferralFilter open;
    open.openOnly = true;
    for (const Referral& referral : service.list(actor, open)) {
        const RecordRef record{referralsTable, referral.uid};
        if (referral.status == ReferralStatus::Sent) {
            const int hours = static_cast<int>(referral.referredAt.secsTo(now) / 3600);
            if (referral.referredAt.secsTo(now) > qint64(SentAlertHours) * 3600)
                alerts.append(
                    {Alert::Severity::Warning, id(),
                     tr("%1 was sent to %2 %n hour(s) ago and is not recorded as admitted.", nullptr, hours)
                         .arg(referral.residentName, referral.institutionName),
                     record});
        } else if (referral.status == ReferralStatus::Admitted) {
            const int days = static_cast<int>(referral.admittedAt.date().daysTo(today));
            if (days > admittedDays)
                alerts.append(
                    {Alert::Severity::Warning, id(),
                     tr("%1 has been in %2 for %n day(s), longer than the %3 days set.", nullptr, days)
                         .arg(referral.residentName, referral.institutionName)
                         .arg(admittedDays),
                     record});
        }
    }
    // Follow-ups: expected within FollowUpDays of the return.
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT x.uid, r.name, p.name AS institution, substr(x.returned_at, 1, 10) AS returned_on "
                 "FROM referrals x JOIN residents r ON r.uid = x.resident_uid JOIN partner_institutions p "
                 "ON p.uid = x.institution_uid WHERE x.deleted = 0 AND x.returned_at IS NOT NULL AND "
                 "x.follow_up_at IS NULL AND substr(x.returned_at, 1, 10) < ? ORDER BY x.returned_at"),
             {today.addDays(-ReferralService::FollowUpDays).toString(Qt::ISODate)}))
        alerts.append({Alert::Severity::Warning,
                       id(),
                       tr("No follow-up is recorded for %1 since coming back from %2 on %3.")
                           .arg(text(row, "name"), text(row, "institution"), text(row, "returned_on")),
                       {referralsTable, text(row, "uid")}});
    for (const PartnerInstitution& partner : service.institutions(actor)) {
        if (!partner.agreementTo.isValid() || partner.agreementTo < today)
            continue;
        const int left = static_cast<int>(today.daysTo(partner.agreementTo));
        if (left <= AgreementAlertDays)
            alerts.append({Alert::Severity::Info,
                           id(),
                           tr("The cooperation agreement with %1 ends on %2 (%n day(s) left).", nullptr, left)
                               .arg(partner.name, partner.agreementTo.toString(Qt::ISODate)),
                           {QStringLiteral("partner_institutions"), partner.uid}});
    }
    return alerts;
}

void ReferralsModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    // The program refuses these when the steps are entered; a referral that came in another way (a
    // county package, a hand edit) is listed.
    const QString check = QStringLiteral("referrals");
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral(
                     "SELECT x.number, r.name FROM referrals x JOIN residents r ON r.uid = x.resident_uid "
                     "WHERE x.deleted = 0 AND x.referred_at IS NOT NULL AND (substr(x.referred_at, 1, 10) < "
                     "r.admission_date OR (r.discharge_date IS NOT NULL AND substr(x.referred_at, 1, 10) >= "
                     "r.discharge_date AND NOT EXISTS (SELECT 1 FROM resident_stays s WHERE s.resident_uid = "
                     "r.uid AND s.deleted = 0 AND s.admission_date <= substr(x.referred_at, 1, 10) AND "
                     "(s.discharge_date IS NULL OR s.discharge_date > substr(x.referred_at, 1, 10))))) "
                     "ORDER BY x.number")))
        findings.append({check, tr("Referral %1 of %2 was sent on a day %2 was not living in the center.")
                                    .arg(text(row, "number"), text(row, "name"))});
    for (const QVariantMap& row : sql::rows(
             db,
             QStringLiteral(
                 "SELECT x.number, r.name, x.status FROM referrals x JOIN residents r ON r.uid = "
                 "x.resident_uid "
                 "WHERE x.deleted = 0 AND x.status IN ('SENT', 'ADMITTED') AND r.discharge_date IS NOT NULL "
                 "ORDER BY x.number")))
        findings.append(
            {check,
             tr("Referral %1 is still %2 although %3 has been discharged.")
                 .arg(text(row, "number"),
                      referrals::statuses().label(
                          referrals::statuses().fromCode(text(row, "status")).value_or(ReferralStatus::Sent)),
                      text(row, "name"))});
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral(
                     "SELECT number FROM referrals WHERE deleted = 0 AND ("
                     "(admitted_at IS NOT NULL AND admitted_at < referred_at) OR "
                     "(returned_at IS NOT NULL AND returned_at < coalesce(admitted_at, referred_at)) OR "
                     "(follow_up_at IS NOT NULL AND follow_up_at < returned_at) OR "
                     "(closed_at IS NOT NULL AND closed_at < coalesce(returned_at, admitted_at, "
                     "referred_at, closed_at)) OR "
                     "(status = 'ADMITTED' AND admitted_at IS NULL) OR "
                     "(status = 'RETURNED' AND returned_at IS NULL)) ORDER BY number")))
        findings.append({check, tr("The steps of referral %1 are out of order or missing their times.")
                                    .arg(text(row, "number"))});
}

QList<AuditSubject> ReferralsModule::auditSubjects() const
{
    return {
        {QStringLiteral("partner_institutions"), [] { return ReferralsModule::tr("Partner institutions"); },
         QStringLiteral("SELECT p.uid, p.name FROM partner_institutions p"), QStringLiteral("p"),
         [](const QVariantMap& row) {
             return text(row, "name");
         }},
        {referralsTable, [] { return ReferralsModule::tr("Referrals"); },
         QStringLiteral(
             "SELECT x.uid, x.number, r.name, p.name AS institution FROM referrals x JOIN residents r ON "
             "r.uid = x.resident_uid JOIN partner_institutions p ON p.uid = x.institution_uid"),
         QStringLiteral("x"),
         [](const QVariantMap& row) {
             //: An audit entry's record: the referral's number, the resident, the institution.
             return ReferralsModule::tr("Referral %1: %2 to %3")
                 .arg(text(row, "number"), text(row, "name"), text(row, "institution"));
         }},
    };
}

QString ReferralsModule::settingLabel(const QString& key) const
{
    return key == ReferralService::AdmittedAlertDaysKey ? ReferralService::admittedAlertDaysLabel()
                                                        : QString();
}

} // namespace jinglao::core
