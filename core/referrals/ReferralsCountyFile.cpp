#include "referrals/ReferralsCountyFile.h"

#include "common/Clock.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"

namespace jinglao::core {

namespace {

QString institutionUid(Database& db, RecordWriter& writer, const CountyRow& row)
{
    const QString name = row.bounded(QStringLiteral("institution"), 64, true).simplified();
    const InstitutionType type =
        *row.code(QStringLiteral("institution_type"), referrals::institutionTypes(), true);
    const QString typeCode = referrals::institutionTypes().code(type);
    const QVariantMap known =
        sql::row(db,
                 QStringLiteral(
                     "SELECT uid, institution_type FROM partner_institutions WHERE name = ? AND deleted = 0"),
                 {name});
    if (known.isEmpty())
        return writer.insert(
            QStringLiteral("partner_institutions"),
            {{QStringLiteral("name"), name}, {QStringLiteral("institution_type"), typeCode}});
    if (known.value(QStringLiteral("institution_type")).toString() != typeCode)
        throw row.invalid(QStringLiteral("institution_type"),
                          ReferralsCountyFile::tr("differs from %1, the type this database records for %2.")
                              .arg(known.value(QStringLiteral("institution_type")).toString(), name));
    return known.value(QStringLiteral("uid")).toString();
}

void applyReferral(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)
{
    const QString resident =
        row.reference(db, QStringLiteral("resident_uid"), QStringLiteral("residents"), true);
    const QString reason = row.bounded(QStringLiteral("reason"), 500, true);
    const QString referredAt = row.timestamp(QStringLiteral("referred_at"), true);
    const ReferralStatus status = *row.code(QStringLiteral("status"), referrals::statuses(), true);
    const QString returnedAt = row.timestamp(QStringLiteral("returned_at"));
    if (!returnedAt.isEmpty() && Clock::parseTimestamp(returnedAt) < Clock::parseTimestamp(referredAt))
        throw row.invalid(QStringLiteral("returned_at"), ReferralsCountyFile::tr("lies before referred_at."));
    const QString outcomeText = row.bounded(QStringLiteral("outcome"), 500);
    QVariant outcome;
    QVariant outcomeNote;
    if (status == ReferralStatus::Closed) {
        if (outcomeText.isEmpty())
            throw row.invalid(QStringLiteral("outcome"),
                              ReferralsCountyFile::tr("is required for a closed referral."));
        if (const auto code = referrals::outcomes().fromCode(outcomeText)) {
            outcome = referrals::outcomes().code(*code);
        } else {
            outcome = referrals::outcomes().code(ReferralOutcome::Other);
            outcomeNote = outcomeText;
        }
    } else if (!outcomeText.isEmpty()) {
        throw row.invalid(QStringLiteral("outcome"),
                          ReferralsCountyFile::tr("is given only for a closed referral."));
    }
    if (status != ReferralStatus::Closed) {
        const QVariant open =
            sql::scalar(db,
                        QStringLiteral("SELECT number FROM referrals WHERE resident_uid = ? AND deleted = 0 "
                                       "AND status <> 'CLOSED' AND uid <> ?"),
                        {resident, row.uid()});
        if (open.isValid() && !row.deleted())
            throw row.invalid(
                QStringLiteral("status"),
                ReferralsCountyFile::tr("leaves a second referral open for the resident, beside %1.")
                    .arg(open.toString()));
    }
    const bool draft = status == ReferralStatus::Draft;
    QVariantMap values{{QStringLiteral("resident_uid"), resident},
                       {QStringLiteral("institution_uid"), institutionUid(db, writer, row)},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("status"), referrals::statuses().code(status)},
                       {QStringLiteral("referred_at"), draft ? QVariant() : QVariant(referredAt)},
                       {QStringLiteral("returned_at"), county::textOrNull(returnedAt)},
                       {QStringLiteral("outcome"), outcome},
                       {QStringLiteral("outcome_note"), outcomeNote}};
    const bool needsConsent = status == ReferralStatus::Sent || status == ReferralStatus::Admitted ||
                              status == ReferralStatus::Returned;
    if (needsConsent)
        values.insert(QStringLiteral("consent"), referrals::consents().code(Consent::Agreed));
    if (!exists) {
        values.insert(QStringLiteral("number"),
                      ReferralService::nextNumber(db, Clock::parseTimestamp(referredAt).date().year()));
        // A draft's referred_at is when it was drafted.
        if (draft)
            values.insert(QStringLiteral("created_at"), referredAt);
    }
    county::write(writer, QStringLiteral("referrals"), row, exists, values);
}

} // namespace

CountyFile ReferralsCountyFile::file()
{
    CountyFile file = county::file("referrals.csv", "referrals", 45,
                                   {{"uid", true},
                                    {"resident_uid", true},
                                    {"institution", true},
                                    {"institution_type", true},
                                    {"reason", true},
                                    {"referred_at", true},
                                    {"status", true},
                                    {"returned_at", false},
                                    {"outcome", false}});
    file.exportRows = county::selectExport(
        file.columnNames(),
        QStringLiteral(
            "SELECT r.uid AS uid, r.resident_uid AS resident_uid, i.name AS institution, i.institution_type "
            "AS "
            "institution_type, r.reason AS reason, coalesce(r.referred_at, r.created_at) AS referred_at, "
            "r.status AS status, r.returned_at AS returned_at, "
            "CASE WHEN r.outcome = 'OTHER' AND coalesce(r.outcome_note, '') <> '' THEN r.outcome_note "
            "ELSE r.outcome END AS outcome, r.updated_at AS updated_at, r.deleted AS deleted "
            "FROM referrals r JOIN partner_institutions i ON i.uid = r.institution_uid "
            "WHERE {changed:r.change_seq} OR {changed:i.change_seq} ORDER BY r.uid"));
    file.apply = applyReferral;
    return file;
}

} // namespace jinglao::core
