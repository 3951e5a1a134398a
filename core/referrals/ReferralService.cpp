#include "referrals/ReferralService.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "common/Pinyin.h"
#include "common/TextRules.h"
#include "referrals/ReferralCodes.h"
#include "residents/Resident.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>

namespace jinglao::core {

namespace {

const QString institutionsTable = QStringLiteral("partner_institutions");
const QString referralsTable = QStringLiteral("referrals");

QVariant textValue(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dateValue(const QDate& day)
{
    return day.isValid() ? QVariant(day.toString(Qt::ISODate)) : QVariant();
}

// One per line; the column is never NULL.
QString departmentsValue(const QStringList& departments)
{
    return departments.isEmpty() ? QStringLiteral("") : departments.join(QLatin1Char('\n'));
}

QString text(const QVariantMap& row, const char* column)
{
    return row.value(QString::fromLatin1(column)).toString();
}

QDate date(const QVariantMap& row, const char* column)
{
    return QDate::fromString(text(row, column), Qt::ISODate);
}

QDateTime time(const QVariantMap& row, const char* column)
{
    const QString stored = text(row, column);
    return stored.isEmpty() ? QDateTime() : Clock::parseTimestamp(stored);
}

QString isoDate(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

QString shownTime(const QDateTime& at)
{
    return Clock::displayTimestamp(Clock::timestamp(at));
}

QVariantMap institutionValues(const PartnerInstitution& partner)
{
    return {{QStringLiteral("name"), partner.name},
            {QStringLiteral("institution_type"), referrals::institutionTypes().code(partner.type)},
            {QStringLiteral("departments"), departmentsValue(partner.departments)},
            {QStringLiteral("phone"), textValue(partner.phone)},
            {QStringLiteral("contact_doctor"), textValue(partner.contactDoctor)},
            {QStringLiteral("agreement_from"), dateValue(partner.agreementFrom)},
            {QStringLiteral("agreement_to"), dateValue(partner.agreementTo)},
            {QStringLiteral("agreement_covers"), textValue(partner.agreementCovers)}};
}

PartnerInstitution institutionFromRow(const QVariantMap& row)
{
    PartnerInstitution partner;
    partner.uid = text(row, "uid");
    partner.name = text(row, "name");
    partner.type = referrals::institutionTypes()
                       .fromCode(text(row, "institution_type"))
                       .value_or(InstitutionType::OtherHospital);
    partner.departments = text(row, "departments").split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    partner.phone = text(row, "phone");
    partner.contactDoctor = text(row, "contact_doctor");
    partner.agreementFrom = date(row, "agreement_from");
    partner.agreementTo = date(row, "agreement_to");
    partner.agreementCovers = text(row, "agreement_covers");
    return partner;
}

const QString referralSelect = QStringLiteral(
    "SELECT x.*, r.name AS resident_name, p.name AS institution_name, p.institution_type AS "
    "institution_type, "
    "s.name AS referring_staff_name FROM referrals x JOIN residents r ON r.uid = x.resident_uid "
    "JOIN partner_institutions p ON p.uid = x.institution_uid LEFT JOIN staff s ON s.uid = "
    "x.referring_staff_uid ");

Referral referralFromRow(const QVariantMap& row)
{
    Referral referral;
    referral.uid = text(row, "uid");
    referral.number = text(row, "number");
    referral.residentUid = text(row, "resident_uid");
    referral.residentName = text(row, "resident_name");
    referral.institutionUid = text(row, "institution_uid");
    referral.institutionName = text(row, "institution_name");
    referral.institutionType = referrals::institutionTypes()
                                   .fromCode(text(row, "institution_type"))
                                   .value_or(InstitutionType::OtherHospital);
    referral.department = text(row, "department");
    referral.receivingDoctor = text(row, "receiving_doctor");
    referral.reason = text(row, "reason");
    referral.impression = text(row, "impression");
    referral.pastHistory = text(row, "past_history");
    referral.treatment = text(row, "treatment");
    referral.medication = text(row, "medication");
    referral.urgency =
        referrals::urgencies().fromCode(text(row, "urgency")).value_or(ReferralUrgency::Routine);
    referral.referringStaffUid = text(row, "referring_staff_uid");
    referral.referringStaffName = text(row, "referring_staff_name");
    referral.consent = referrals::consents().fromCode(text(row, "consent"));
    referral.consentBy = text(row, "consent_by");
    referral.status = referrals::statuses().fromCode(text(row, "status")).value_or(ReferralStatus::Draft);
    referral.referredAt = time(row, "referred_at");
    referral.sentBy = text(row, "sent_by");
    referral.admittedAt = time(row, "admitted_at");
    referral.admittedBy = text(row, "admitted_by");
    referral.returnedAt = time(row, "returned_at");
    referral.returnedBy = text(row, "returned_by");
    referral.returnDiagnosis = text(row, "return_diagnosis");
    referral.hospitalRecordNumber = text(row, "hospital_record_number");
    referral.returnFindings = text(row, "return_findings");
    referral.returnAdvice = text(row, "return_advice");
    referral.nextReviewOn = date(row, "next_review_on");
    referral.followUpAt = time(row, "follow_up_at");
    referral.followUpNote = text(row, "follow_up_note");
    referral.closedAt = time(row, "closed_at");
    referral.closedBy = text(row, "closed_by");
    referral.outcome = referrals::outcomes().fromCode(text(row, "outcome"));
    referral.outcomeNote = text(row, "outcome_note");
    return referral;
}

// The time of the last step a referral has taken (a later step may not come before it).
QDateTime lastStepAt(const Referral& referral)
{
    QDateTime last;
    for (const QDateTime& at : {referral.referredAt, referral.admittedAt, referral.returnedAt})
        if (at.isValid() && (!last.isValid() || at > last))
            last = at;
    return last;
}

bool presentOn(const QVariantMap& resident, const QDate& day)
{
    const QDate discharged = date(resident, "discharge_date");
    return date(resident, "admission_date") <= day && (!discharged.isValid() || discharged > day);
}

} // namespace

ReferralService::ReferralService(Database& db)
    : m_db(db)
{}

// ---- labels ----------------------------------------------------------------------------------

QString ReferralService::institutionLabel()
{
    return tr("Receiving institution");
}
QString ReferralService::institutionNameLabel()
{
    return tr("Institution name");
}
QString ReferralService::institutionTypeLabel()
{
    return tr("Institution type");
}
QString ReferralService::departmentsLabel()
{
    return tr("Departments");
}
QString ReferralService::phoneLabel()
{
    return tr("Phone");
}
QString ReferralService::contactDoctorLabel()
{
    return tr("Contact doctor");
}
QString ReferralService::agreementFromLabel()
{
    return tr("Agreement from");
}
QString ReferralService::agreementToLabel()
{
    return tr("Agreement to");
}
QString ReferralService::agreementCoversLabel()
{
    return tr("The agreement covers");
}
QString ReferralService::residentLabel()
{
    return tr("Resident");
}
QString ReferralService::departmentLabel()
{
    return tr("Department");
}
QString ReferralService::receivingDoctorLabel()
{
    return tr("Receiving doctor");
}
QString ReferralService::reasonLabel()
{
    return tr("Reason for referral (present illness)");
}
QString ReferralService::impressionLabel()
{
    return tr("Preliminary impression");
}
QString ReferralService::pastHistoryLabel()
{
    return tr("Main past history");
}
QString ReferralService::treatmentLabel()
{
    return tr("Treatment so far");
}
QString ReferralService::medicationLabel()
{
    return tr("Current medication");
}
QString ReferralService::urgencyLabel()
{
    return tr("Urgency");
}
QString ReferralService::referringStaffLabel()
{
    return tr("Referring staff member");
}
QString ReferralService::consentLabel()
{
    return tr("Informed consent");
}
QString ReferralService::consentByLabel()
{
    return tr("Consent given by");
}
QString ReferralService::sentAtLabel()
{
    return tr("Time sent");
}
QString ReferralService::admittedAtLabel()
{
    return tr("Time admitted");
}
QString ReferralService::returnedAtLabel()
{
    return tr("Time returned");
}
QString ReferralService::diagnosisLabel()
{
    return tr("Diagnosis");
}
QString ReferralService::hospitalRecordNumberLabel()
{
    return tr("Hospital record number");
}
QString ReferralService::findingsLabel()
{
    return tr("Main findings");
}
QString ReferralService::adviceLabel()
{
    return tr("Treatment given, next steps and rehabilitation advice");
}
QString ReferralService::nextReviewLabel()
{
    return tr("Next review");
}
QString ReferralService::followUpAtLabel()
{
    return tr("Time of the follow-up");
}
QString ReferralService::followUpNoteLabel()
{
    return tr("Follow-up note");
}
QString ReferralService::closedAtLabel()
{
    return tr("Time closed");
}
QString ReferralService::outcomeLabel()
{
    return tr("Outcome");
}
QString ReferralService::outcomeNoteLabel()
{
    return tr("Note on the outcome");
}
QString ReferralService::cancelReasonLabel()
{
    return tr("Reason for cancelling");
}
QString ReferralService::admittedAlertDaysLabel()
{
    return tr("Days in hospital before an alert");
}

// ---- partner institutions --------------------------------------------------------------------

PartnerInstitution ReferralService::checkedInstitution(const PartnerInstitution& input) const
{
    PartnerInstitution partner = input;
    partner.name = textrules::line(partner.name, institutionNameLabel(), 64, true);
    QStringList departments;
    for (const QString& department : partner.departments) {
        const QString name = textrules::line(department, departmentsLabel(), 32);
        if (!name.isEmpty() && !departments.contains(name))
            departments.append(name);
    }
    partner.departments = departments;
    partner.phone = textrules::phone(partner.phone, phoneLabel());
    partner.contactDoctor = textrules::line(partner.contactDoctor, contactDoctorLabel(), 32);
    partner.agreementCovers = textrules::paragraphs(partner.agreementCovers, agreementCoversLabel(), 500);
    if (!partner.agreementFrom.isValid() && partner.agreementTo.isValid())
        throw Error::validation(
            agreementFromLabel(), QString(),
            tr("is required when the agreement has an end (%1).").arg(isoDate(partner.agreementTo)));
    if (partner.agreementTo.isValid() && partner.agreementTo < partner.agreementFrom)
        throw Error::validation(
            agreementToLabel(), isoDate(partner.agreementTo),
            tr("lies before the agreement's start, %1.").arg(isoDate(partner.agreementFrom)));
    const QVariant same = sql::scalar(
        m_db,
        QStringLiteral("SELECT uid FROM partner_institutions WHERE name = ? AND deleted = 0 AND uid <> "
                       "coalesce(?, '')"),
        {partner.name, textValue(partner.uid)});
    if (same.isValid())
        throw Error::validation(institutionNameLabel(), partner.name,
                                tr("is already a partner institution."));
    return partner;
}

QString ReferralService::addInstitution(const Actor& actor, const PartnerInstitution& input)
{
    actor.require(Permission::ManageSettings);
    PartnerInstitution partner = input;
    partner.uid.clear();
    partner = checkedInstitution(partner);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QString uid = writer.insert(institutionsTable, institutionValues(partner));
    transaction.commit();
    return uid;
}

void ReferralService::updateInstitution(const Actor& actor, const PartnerInstitution& input)
{
    actor.require(Permission::ManageSettings);
    institution(actor, input.uid); // exists
    const PartnerInstitution partner = checkedInstitution(input);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    writer.update(institutionsTable, partner.uid, institutionValues(partner));
    transaction.commit();
}

void ReferralService::withdrawInstitution(const Actor& actor, const QString& uid)
{
    actor.require(Permission::ManageSettings);
    const PartnerInstitution partner = institution(actor, uid);
    const QVariant open = sql::scalar(
        m_db,
        QStringLiteral("SELECT number FROM referrals WHERE institution_uid = ? AND deleted = 0 AND status <> "
                       "'CLOSED' ORDER BY number"),
        {uid});
    if (open.isValid())
        throw Error::conflict(tr("%1 cannot be withdrawn: referral %2 to it is still open.")
                                  .arg(partner.name, open.toString()));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).markDeleted(institutionsTable, uid);
    transaction.commit();
}

QList<PartnerInstitution> ReferralService::institutions(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    QList<PartnerInstitution> result;
    for (const QVariantMap& row :
         sql::rows(m_db, QStringLiteral("SELECT * FROM partner_institutions WHERE deleted = 0 ORDER BY "
                                        "institution_type, name")))
        result.append(institutionFromRow(row));
    return result;
}

PartnerInstitution ReferralService::institution(const Actor& actor, const QString& uid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(
        m_db, QStringLiteral("SELECT * FROM partner_institutions WHERE uid = ? AND deleted = 0"), {uid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no partner institution %1.").arg(uid));
    return institutionFromRow(row);
}

// ---- the referral form -----------------------------------------------------------------------

QString ReferralService::nextNumber(const Database& db, int year)
{
    const QString prefix = QStringLiteral("ZZ%1-").arg(year);
    const int last =
        sql::scalar(db,
                    // Numbers of the year sort between "ZZ2026-" and "ZZ2026." ('.' follows '-').
                    QStringLiteral("SELECT max(CAST(substr(number, ?) AS INTEGER)) FROM referrals "
                                   "WHERE number >= ? AND number < ?"),
                    {prefix.size() + 1, prefix, prefix.chopped(1) + QLatin1Char('.')})
            .toInt();
    return prefix + QStringLiteral("%1").arg(last + 1, 4, 10, QLatin1Char('0'));
}

Referral ReferralService::checkedForm(const Referral& input) const
{
    Referral form = input;
    const QVariantMap resident = sql::row(
        m_db,
        QStringLiteral(
            "SELECT name, admission_date, discharge_date FROM residents WHERE uid = ? AND deleted = 0"),
        {form.residentUid});
    if (resident.isEmpty())
        throw Error::validation(residentLabel(), form.residentUid, tr("is not a resident of the center."));
    if (!presentOn(resident, Clock::today()) && form.status == ReferralStatus::Draft)
        throw Error::validation(residentLabel(), text(resident, "name"),
                                tr("is not living in the center now."));
    const QVariantMap partner =
        sql::row(m_db, QStringLiteral("SELECT name FROM partner_institutions WHERE uid = ? AND deleted = 0"),
                 {form.institutionUid});
    if (partner.isEmpty())
        throw Error::validation(institutionLabel(), form.institutionUid, tr("is not a partner institution."));
    form.department = textrules::line(form.department, departmentLabel(), 32);
    form.receivingDoctor = textrules::line(form.receivingDoctor, receivingDoctorLabel(), 32);
    form.reason = textrules::paragraphs(form.reason, reasonLabel(), 1000, true);
    form.impression = textrules::paragraphs(form.impression, impressionLabel(), 500);
    form.pastHistory = textrules::paragraphs(form.pastHistory, pastHistoryLabel(), 1000);
    form.treatment = textrules::paragraphs(form.treatment, treatmentLabel(), 1000);
    form.medication = textrules::paragraphs(form.medication, medicationLabel(), 1000);
    form.consentBy = textrules::line(form.consentBy, consentByLabel(), 64);
    if (form.consent && form.consentBy.isEmpty())
        throw Error::validation(consentByLabel(), QString(),
                                tr("is required once consent is recorded: the resident, or the family member "
                                   "and how related."));
    if (!form.referringStaffUid.isEmpty()) {
        const QVariant staff = sql::scalar(
            m_db,
            QStringLiteral("SELECT name FROM staff WHERE uid = ? AND deleted = 0 AND hire_date <= ? AND "
                           "(leave_date IS NULL OR leave_date > ?)"),
            {form.referringStaffUid, isoDate(Clock::today()), isoDate(Clock::today())});
        if (!staff.isValid())
            throw Error::validation(referringStaffLabel(), form.referringStaffUid,
                                    tr("is not employed now."));
    }
    return form;
}

QVariantMap ReferralService::formValues(const Referral& form) const
{
    return {{QStringLiteral("institution_uid"), form.institutionUid},
            {QStringLiteral("department"), form.department},
            {QStringLiteral("receiving_doctor"), textValue(form.receivingDoctor)},
            {QStringLiteral("reason"), form.reason},
            {QStringLiteral("impression"), textValue(form.impression)},
            {QStringLiteral("past_history"), textValue(form.pastHistory)},
            {QStringLiteral("treatment"), textValue(form.treatment)},
            {QStringLiteral("medication"), textValue(form.medication)},
            {QStringLiteral("urgency"), referrals::urgencies().code(form.urgency)},
            {QStringLiteral("referring_staff_uid"), textValue(form.referringStaffUid)},
            {QStringLiteral("consent"),
             form.consent ? QVariant(referrals::consents().code(*form.consent)) : QVariant()},
            {QStringLiteral("consent_by"), textValue(form.consentBy)}};
}

QString ReferralService::createDraft(const Actor& actor, const Referral& input)
{
    actor.require(Permission::WriteReferrals);
    Referral form = input;
    form.status = ReferralStatus::Draft;
    form = checkedForm(form);
    if (const std::optional<Referral> open = openFor(actor, form.residentUid))
        throw Error::conflict(
            tr("%1 already has an open referral, %2 (%3); close it before starting another.")
                .arg(open->residentName, open->number, referrals::statuses().label(open->status)));
    Transaction transaction(m_db);
    QVariantMap values = formValues(form);
    values.insert(QStringLiteral("number"), nextNumber(m_db, Clock::today().year()));
    values.insert(QStringLiteral("resident_uid"), form.residentUid);
    values.insert(QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Draft));
    const QString uid = RecordWriter(m_db, actor).insert(referralsTable, values);
    transaction.commit();
    return uid;
}

void ReferralService::updateDraft(const Actor& actor, const Referral& input)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored = inState(actor, input.uid, {ReferralStatus::Draft}, tr("Changing the form"));
    Referral form = input;
    form.residentUid = stored.residentUid;
    form.status = ReferralStatus::Draft;
    form = checkedForm(form);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).update(referralsTable, form.uid, formValues(form));
    transaction.commit();
}

// ---- the steps -------------------------------------------------------------------------------

Referral ReferralService::inState(const Actor& actor, const QString& uid,
                                  std::initializer_list<ReferralStatus> allowed, const QString& step) const
{
    const Referral stored = referral(actor, uid);
    if (std::find(allowed.begin(), allowed.end(), stored.status) == allowed.end()) {
        QStringList names;
        for (ReferralStatus status : allowed)
            names.append(referrals::statuses().label(status));
        //: %1 the referral's number, %2 its state now, %3 the step asked for, %4 the states that allow it.
        throw Error::conflict(tr("Referral %1 is %2. %3 is possible only when it is %4.")
                                  .arg(stored.number, referrals::statuses().label(stored.status), step,
                                       names.join(tr(" or "))));
    }
    return stored;
}

QDateTime ReferralService::checkedTime(const QDateTime& at, const QString& fieldLabel, const QDateTime& after,
                                       const QString& afterLabel) const
{
    if (!at.isValid())
        throw Error::validation(fieldLabel, QString(), tr("is required."));
    // Stored to the second; compare what is stored.
    const QDateTime stored = Clock::parseTimestamp(Clock::timestamp(at));
    if (stored > Clock::now())
        throw Error::validation(fieldLabel, shownTime(stored), tr("lies in the future."));
    if (after.isValid() && stored < after)
        throw Error::validation(fieldLabel, shownTime(stored),
                                tr("lies before %1 (%2).").arg(afterLabel, shownTime(after)));
    return stored;
}

void ReferralService::send(const Actor& actor, const QString& uid, const QDateTime& at)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored = inState(actor, uid, {ReferralStatus::Draft}, tr("Sending"));
    if (!stored.consent)
        throw Error::validation(consentLabel(), QString(),
                                tr("is required before sending: record whether the resident or the family "
                                   "agreed."));
    if (*stored.consent == Consent::Refused)
        throw Error::validation(consentLabel(), referrals::consents().label(Consent::Refused),
                                tr("%1 refused the referral; it cannot be sent. Cancel it, or record a new "
                                   "consent if they change their mind.")
                                    .arg(stored.consentBy));
    if (stored.referringStaffUid.isEmpty())
        throw Error::validation(referringStaffLabel(), QString(), tr("is required before sending."));
    const QDateTime sent = checkedTime(at, sentAtLabel(), {}, {});
    const QVariantMap resident =
        sql::row(m_db, QStringLiteral("SELECT admission_date, discharge_date FROM residents WHERE uid = ?"),
                 {stored.residentUid});
    if (!presentOn(resident, sent.date()))
        throw Error::validation(sentAtLabel(), shownTime(sent),
                                tr("%1 was not living in the center that day.").arg(stored.residentName));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(referralsTable, uid,
                {{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Sent)},
                 {QStringLiteral("referred_at"), Clock::timestamp(sent)},
                 {QStringLiteral("sent_by"), actor.name()}});
    transaction.commit();
}

void ReferralService::admit(const Actor& actor, const QString& uid, const QDateTime& at,
                            const QString& receivingDoctor, const QString& department)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored = inState(actor, uid, {ReferralStatus::Sent}, tr("Recording the admission"));
    const QDateTime admitted = checkedTime(at, admittedAtLabel(), stored.referredAt, sentAtLabel());
    QVariantMap changes{{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Admitted)},
                        {QStringLiteral("admitted_at"), Clock::timestamp(admitted)},
                        {QStringLiteral("admitted_by"), actor.name()}};
    const QString doctor = textrules::line(receivingDoctor, receivingDoctorLabel(), 32);
    if (!doctor.isEmpty())
        changes.insert(QStringLiteral("receiving_doctor"), doctor);
    const QString ward = textrules::line(department, departmentLabel(), 32);
    if (!ward.isEmpty())
        changes.insert(QStringLiteral("department"), ward);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).update(referralsTable, uid, changes);
    transaction.commit();
}

void ReferralService::recordReturn(const Actor& actor, const QString& uid, const ReferralReturn& back)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored = inState(actor, uid, {ReferralStatus::Admitted}, tr("Recording the return"));
    const QDateTime returned = checkedTime(back.at, returnedAtLabel(), stored.admittedAt, admittedAtLabel());
    const QString diagnosis = textrules::paragraphs(back.diagnosis, diagnosisLabel(), 500, true);
    const QString recordNumber = textrules::line(back.hospitalRecordNumber, hospitalRecordNumberLabel(), 32);
    const QString findings = textrules::paragraphs(back.findings, findingsLabel(), 1000);
    const QString advice = textrules::paragraphs(back.advice, adviceLabel(), 2000);
    if (back.nextReviewOn.isValid() && back.nextReviewOn < returned.date())
        throw Error::validation(nextReviewLabel(), isoDate(back.nextReviewOn),
                                tr("lies before the return, %1.").arg(isoDate(returned.date())));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(referralsTable, uid,
                {{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Returned)},
                 {QStringLiteral("returned_at"), Clock::timestamp(returned)},
                 {QStringLiteral("returned_by"), actor.name()},
                 {QStringLiteral("return_diagnosis"), diagnosis},
                 {QStringLiteral("hospital_record_number"), textValue(recordNumber)},
                 {QStringLiteral("return_findings"), textValue(findings)},
                 {QStringLiteral("return_advice"), textValue(advice)},
                 {QStringLiteral("next_review_on"), dateValue(back.nextReviewOn)}});
    transaction.commit();
}

void ReferralService::recordFollowUp(const Actor& actor, const QString& uid, const QDateTime& at,
                                     const QString& note)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored = referral(actor, uid);
    if (!stored.returnedAt.isValid())
        //: %1 the referral's number, %2 its state.
        throw Error::conflict(tr("Referral %1 is %2: a follow-up comes after the resident's return.")
                                  .arg(stored.number, referrals::statuses().label(stored.status)));
    const QDateTime when = checkedTime(at, followUpAtLabel(), stored.returnedAt, returnedAtLabel());
    const QString text = textrules::paragraphs(note, followUpNoteLabel(), 1000, true);
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(referralsTable, uid,
                {{QStringLiteral("follow_up_at"), Clock::timestamp(when)},
                 {QStringLiteral("follow_up_note"), text}});
    transaction.commit();
}

void ReferralService::close(const Actor& actor, const QString& uid, const QDateTime& at,
                            ReferralOutcome outcome, const QString& note)
{
    actor.require(Permission::WriteReferrals);
    if (outcome == ReferralOutcome::Cancelled)
        throw Error::validation(outcomeLabel(), referrals::outcomes().label(outcome),
                                tr("is given by cancelling the referral, with its reason."));
    const Referral stored =
        inState(actor, uid, {ReferralStatus::Sent, ReferralStatus::Admitted, ReferralStatus::Returned},
                tr("Closing"));
    const bool back = stored.status == ReferralStatus::Returned;
    if (back && outcome != ReferralOutcome::Returned && outcome != ReferralOutcome::Other)
        throw Error::validation(outcomeLabel(), referrals::outcomes().label(outcome),
                                tr("does not fit a resident who has come back: choose \"%1\" or \"%2\".")
                                    .arg(referrals::outcomes().label(ReferralOutcome::Returned),
                                         referrals::outcomes().label(ReferralOutcome::Other)));
    if (!back && outcome == ReferralOutcome::Returned)
        throw Error::validation(outcomeLabel(), referrals::outcomes().label(outcome),
                                tr("needs the return recorded first (the return form)."));
    const QString text =
        textrules::paragraphs(note, outcomeNoteLabel(), 500, outcome == ReferralOutcome::Other);
    const QDateTime closed =
        checkedTime(at, closedAtLabel(), lastStepAt(stored), tr("the referral's last step"));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(referralsTable, uid,
                {{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Closed)},
                 {QStringLiteral("closed_at"), Clock::timestamp(closed)},
                 {QStringLiteral("closed_by"), actor.name()},
                 {QStringLiteral("outcome"), referrals::outcomes().code(outcome)},
                 {QStringLiteral("outcome_note"), textValue(text)}});
    transaction.commit();
}

void ReferralService::cancel(const Actor& actor, const QString& uid, const QDateTime& at,
                             const QString& reason)
{
    actor.require(Permission::WriteReferrals);
    const Referral stored =
        inState(actor, uid, {ReferralStatus::Draft, ReferralStatus::Sent}, tr("Cancelling"));
    const QString text = textrules::paragraphs(reason, cancelReasonLabel(), 500, true);
    const QDateTime closed = checkedTime(at, closedAtLabel(), stored.referredAt, sentAtLabel());
    Transaction transaction(m_db);
    RecordWriter(m_db, actor)
        .update(referralsTable, uid,
                {{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Closed)},
                 {QStringLiteral("closed_at"), Clock::timestamp(closed)},
                 {QStringLiteral("closed_by"), actor.name()},
                 {QStringLiteral("outcome"), referrals::outcomes().code(ReferralOutcome::Cancelled)},
                 {QStringLiteral("outcome_note"), text}});
    transaction.commit();
}

void ReferralService::closeOnDischarge(Database& db, RecordWriter& writer, const QString& residentUid,
                                       const QDate& day, DischargeReason reason)
{
    const QVariantMap row =
        sql::row(db,
                 referralSelect +
                     QStringLiteral("WHERE x.resident_uid = ? AND x.deleted = 0 AND x.status <> 'CLOSED'"),
                 {residentUid});
    if (row.isEmpty())
        return;
    const Referral open = referralFromRow(row);
    if (open.referredAt.isValid() && day < open.referredAt.date())
        throw Error::validation(
            tr("Discharge date"), isoDate(day),
            tr("lies before %1 was sent to %2 (%3, referral %4).")
                .arg(open.residentName, open.institutionName, shownTime(open.referredAt), open.number));
    ReferralOutcome outcome = ReferralOutcome::Other;
    if (open.status == ReferralStatus::Draft)
        outcome = ReferralOutcome::Cancelled;
    else if (open.status == ReferralStatus::Returned)
        outcome = ReferralOutcome::Returned;
    else if (reason == DischargeReason::Death)
        outcome = ReferralOutcome::Died;
    else if (reason == DischargeReason::Transfer)
        outcome = ReferralOutcome::Transferred;
    // Closed at the discharge day's start, or at the last step when that came later the same day.
    QDateTime closed =
        Clock::parseTimestamp(Clock::timestamp(QDateTime(day, QTime(0, 0), Clock::now().timeZone())));
    const QDateTime last = lastStepAt(open);
    if (last.isValid() && last > closed)
        closed = last;
    if (closed > Clock::now())
        closed = Clock::now();
    writer.update(referralsTable, open.uid,
                  {{QStringLiteral("status"), referrals::statuses().code(ReferralStatus::Closed)},
                   {QStringLiteral("closed_at"), Clock::timestamp(closed)},
                   {QStringLiteral("closed_by"), writer.actor().name()},
                   {QStringLiteral("outcome"), referrals::outcomes().code(outcome)},
                   {QStringLiteral("outcome_note"),
                    tr("Closed by the resident's discharge on %1.").arg(isoDate(day))}});
}

// ---- reads -----------------------------------------------------------------------------------

Referral ReferralService::referral(const Actor& actor, const QString& uid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db, referralSelect + QStringLiteral("WHERE x.uid = ? AND x.deleted = 0"), {uid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no referral %1.").arg(uid));
    return referralFromRow(row);
}

std::optional<Referral> ReferralService::openFor(const Actor& actor, const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db,
                 referralSelect +
                     QStringLiteral("WHERE x.resident_uid = ? AND x.deleted = 0 AND x.status <> 'CLOSED'"),
                 {residentUid});
    if (row.isEmpty())
        return std::nullopt;
    return referralFromRow(row);
}

QList<Referral> ReferralService::list(const Actor& actor, const ReferralFilter& filter) const
{
    actor.require(Permission::ViewRecords);
    QStringList where{QStringLiteral("x.deleted = 0")};
    QVariantList values;
    if (filter.openOnly)
        where.append(QStringLiteral("x.status <> 'CLOSED'"));
    if (filter.month.isValid()) {
        const QString month = filter.month.toString(QStringLiteral("yyyy-MM"));
        where.append(QStringLiteral("(substr(x.referred_at, 1, 7) = ? OR substr(x.returned_at, 1, 7) = ? OR "
                                    "(x.referred_at IS NULL AND substr(x.created_at, 1, 7) = ?))"));
        values << month << month << month;
    }
    if (!filter.residentUid.isEmpty()) {
        where.append(QStringLiteral("x.resident_uid = ?"));
        values << filter.residentUid;
    }
    const QString search = filter.search.trimmed();
    if (!search.isEmpty()) {
        QStringList any{QStringLiteral("r.name LIKE ? ESCAPE '\\'")};
        values << (QLatin1Char('%') + sql::likeEscaped(search) + QLatin1Char('%'));
        const QString latin = pinyin::normalizedQuery(search);
        if (!latin.isEmpty()) {
            const pinyin::SearchSql spelling = pinyin::searchSql(QStringLiteral("r.name_search"), latin);
            any.append(spelling.condition);
            values += spelling.conditionValues;
        }
        where.append(QLatin1Char('(') + any.join(QStringLiteral(" OR ")) + QLatin1Char(')'));
    }
    QList<Referral> result;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   referralSelect + QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")) +
                       QStringLiteral(" ORDER BY x.status = 'CLOSED', x.status NOT IN ('SENT', 'ADMITTED'), "
                                      "coalesce(x.referred_at, x.created_at) DESC, x.number DESC"),
                   values))
        result.append(referralFromRow(row));
    return result;
}

ReferralMonth ReferralService::month(const Actor& actor, const QDate& anyDay) const
{
    actor.require(Permission::ViewRecords);
    ReferralMonth figures;
    figures.first = QDate(anyDay.year(), anyDay.month(), 1);
    const QString month = anyDay.toString(QStringLiteral("yyyy-MM"));
    figures.out =
        sql::scalar(m_db,
                    QStringLiteral("SELECT count(*) FROM referrals WHERE deleted = 0 AND status <> 'DRAFT' "
                                   "AND substr(referred_at, 1, 7) = ?"),
                    {month})
            .toInt();
    qint64 days = 0;
    for (const QVariantMap& row :
         sql::rows(m_db,
                   QStringLiteral("SELECT referred_at, returned_at FROM referrals WHERE deleted = 0 AND "
                                  "substr(returned_at, 1, 7) = ?"),
                   {month})) {
        ++figures.returned;
        days += date(row, "referred_at").daysTo(date(row, "returned_at"));
    }
    figures.averageDaysAway = figures.returned == 0 ? 0.0 : static_cast<double>(days) / figures.returned;
    return figures;
}

namespace {

// The referrals away on some day from `from` to `to`: sent on or before the day, and neither back
// nor closed by it. Stamps begin with their date, so "on or before D" is "before the date of
// D + 1": plain comparisons an index serves (referrals_away).
QList<QVariantMap> awayBetween(const Database& db, const QDate& from, const QDate& to)
{
    const QString afterFrom = isoDate(from.addDays(1));
    return sql::rows(
        db,
        QStringLiteral("SELECT resident_uid, substr(referred_at, 1, 10) AS sent_on, substr(returned_at, 1, "
                       "10) AS back_on, substr(closed_at, 1, 10) AS closed_on FROM referrals WHERE deleted = "
                       "0 AND referred_at IS NOT NULL AND referred_at < ? AND (returned_at IS NULL OR "
                       "returned_at >= ?) AND (closed_at IS NULL OR closed_at >= ?)"),
        {isoDate(to.addDays(1)), afterFrom, afterFrom});
}

} // namespace

QSet<QString> ReferralService::residentsAwayOn(const Database& db, const QDate& day)
{
    QSet<QString> away;
    for (const QVariantMap& row : awayBetween(db, day, day))
        away.insert(text(row, "resident_uid"));
    return away;
}

qint64 ReferralService::residentDaysAway(const Database& db, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    // Each referral counts the days from its sending (or from) to the day before its return or
    // close (or to).
    qint64 days = 0;
    for (const QVariantMap& row : awayBetween(db, from, to)) {
        const QDate sent = QDate::fromString(text(row, "sent_on"), Qt::ISODate);
        QDate lastAway = to;
        for (const char* end : {"back_on", "closed_on"}) {
            const QDate ended = QDate::fromString(text(row, end), Qt::ISODate);
            if (ended.isValid())
                lastAway = std::min(lastAway, ended.addDays(-1));
        }
        const QDate firstAway = std::max(from, sent);
        if (lastAway >= firstAway)
            days += firstAway.daysTo(lastAway) + 1;
    }
    return days;
}

// ---- settings --------------------------------------------------------------------------------

int ReferralService::admittedAlertDays() const
{
    bool ok = false;
    const int days = Settings(m_db).value(AdmittedAlertDaysKey).toInt(&ok);
    return ok && days > 0 ? days : DefaultAdmittedAlertDays;
}

void ReferralService::setAdmittedAlertDays(const Actor& actor, int days)
{
    actor.require(Permission::ManageSettings);
    if (days < 1 || days > 365)
        throw Error::validation(admittedAlertDaysLabel(), days, tr("must be 1 to 365."));
    Settings(m_db).setValue(actor, AdmittedAlertDaysKey, QString::number(days));
}

} // namespace jinglao::core
