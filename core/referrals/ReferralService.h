#pragma once
// Two-way medical referrals (医养结合双向转诊): the partner institutions with their cooperation
// agreements, and each referral's way out and back, DRAFT → SENT → ADMITTED → RETURNED → CLOSED.
// Every step keeps its time (entered afterwards when need be: never in the future, never before
// the step before it) and who recorded it; a step out of order is refused naming the current
// state. A resident has at most one open referral; while it is SENT or ADMITTED the resident is
// away and the bed held (ReferralsModule::residentsAwayOn).
//
// Partners need ManageSettings; referrals need WriteReferrals; reading needs ViewRecords.

#include "auth/Actor.h"
#include "referrals/Referral.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>

namespace jinglao::core {

class Database;
class RecordWriter;
enum class DischargeReason;

struct ReferralFilter {
    bool openOnly = false;
    QDate month;         // valid: referrals sent or returned in that day's month (or opened then, drafts)
    QString residentUid; // empty: everyone
    QString search;      // the resident's name as written or any spelling of it (pinyin, initials)
};

class ReferralService {
    Q_DECLARE_TR_FUNCTIONS(ReferralService)

public:
    explicit ReferralService(Database& db);

    // ---- partner institutions ----
    QString addInstitution(const Actor& actor, const PartnerInstitution& input);
    void updateInstitution(const Actor& actor, const PartnerInstitution& input);
    // Withdraws a partner no open referral goes to (its closed referrals keep its name).
    void withdrawInstitution(const Actor& actor, const QString& uid);
    // By name.
    QList<PartnerInstitution> institutions(const Actor& actor) const;
    PartnerInstitution institution(const Actor& actor, const QString& uid) const;

    // ---- referrals ----
    // A new draft (status DRAFT) with the next number of the year (ZZ2026-0007). Refused when the
    // resident is not present or already has an open referral. Returns the uid.
    QString createDraft(const Actor& actor, const Referral& input);
    // Changes the form while it is a draft (consent included).
    void updateDraft(const Actor& actor, const Referral& input);
    // DRAFT → SENT at `at`: needs the resident's or family's consent (refused consent stops it),
    // the referring staff member, and the resident present that day.
    void send(const Actor& actor, const QString& uid, const QDateTime& at);
    // SENT → ADMITTED; the receiving doctor and department when they became known (empty: keep).
    void admit(const Actor& actor, const QString& uid, const QDateTime& at,
               const QString& receivingDoctor = {}, const QString& department = {});
    // ADMITTED → RETURNED with the return record (回转单).
    void recordReturn(const Actor& actor, const QString& uid, const ReferralReturn& back);
    // The follow-up after a return (expected within FollowUpDays), on a RETURNED referral or one
    // closed after its return.
    void recordFollowUp(const Actor& actor, const QString& uid, const QDateTime& at, const QString& note);
    // → CLOSED with an outcome: RETURNED or OTHER after a return; STAYED, TRANSFERRED, DIED or OTHER
    // from SENT or ADMITTED. OTHER needs a note. Cancelling is cancel().
    void close(const Actor& actor, const QString& uid, const QDateTime& at, ReferralOutcome outcome,
               const QString& note);
    // DRAFT or SENT → CLOSED with outcome CANCELLED and the reason.
    void cancel(const Actor& actor, const QString& uid, const QDateTime& at, const QString& reason);

    Referral referral(const Actor& actor, const QString& uid) const;
    // Open ones first (those away first), then the newest.
    QList<Referral> list(const Actor& actor, const ReferralFilter& filter = {}) const;
    // The resident's open referral, if any.
    std::optional<Referral> openFor(const Actor& actor, const QString& residentUid) const;

    // The month of anyDay: sent (not drafts), returned, and the average days away of those returned.
    ReferralMonth month(const Actor& actor, const QDate& anyDay) const;

    // Residents away on day: sent on or before it, not yet back or closed by its start.
    static QSet<QString> residentsAwayOn(const Database& db, const QDate& day);
    // Resident-days away on referral from `from` to `to`: the sum over those days of
    // residentsAwayOn(day).size(), from one reading of the referrals that overlap them.
    static qint64 residentDaysAway(const Database& db, const QDate& from, const QDate& to);
    // Called inside the discharge's transaction: closes the resident's open referral with the
    // outcome the discharge reason gives (death → died, transfer → transferred, otherwise other;
    // a draft is cancelled). Refused when the discharge day lies before the referral was sent.
    static void closeOnDischarge(Database& db, RecordWriter& writer, const QString& residentUid,
                                 const QDate& day, DischargeReason reason);

    // Days in hospital after which an ADMITTED referral raises an alert (setting, default 14).
    int admittedAlertDays() const;
    void setAdmittedAlertDays(const Actor& actor, int days);

    static QString nextNumber(const Database& db, int year);

    static constexpr int FollowUpDays = 7;
    static constexpr int DefaultAdmittedAlertDays = 14;
    static inline const QString AdmittedAlertDaysKey = QStringLiteral("referrals.admitted_alert_days");

    // Field labels, for forms and messages.
    static QString institutionLabel();
    static QString institutionNameLabel();
    static QString institutionTypeLabel();
    static QString departmentsLabel();
    static QString phoneLabel();
    static QString contactDoctorLabel();
    static QString agreementFromLabel();
    static QString agreementToLabel();
    static QString agreementCoversLabel();
    static QString residentLabel();
    static QString departmentLabel();
    static QString receivingDoctorLabel();
    static QString reasonLabel();
    static QString impressionLabel();
    static QString pastHistoryLabel();
    static QString treatmentLabel();
    static QString medicationLabel();
    static QString urgencyLabel();
    static QString referringStaffLabel();
    static QString consentLabel();
    static QString consentByLabel();
    static QString sentAtLabel();
    static QString admittedAtLabel();
    static QString returnedAtLabel();
    static QString diagnosisLabel();
    static QString hospitalRecordNumberLabel();
    static QString findingsLabel();
    static QString adviceLabel();
    static QString nextReviewLabel();
    static QString followUpAtLabel();
    static QString followUpNoteLabel();
    static QString closedAtLabel();
    static QString outcomeLabel();
    static QString outcomeNoteLabel();
    static QString cancelReasonLabel();
    static QString admittedAlertDaysLabel();

private:
    PartnerInstitution checkedInstitution(const PartnerInstitution& input) const;
    Referral checkedForm(const Referral& input) const;
    QVariantMap formValues(const Referral& form) const;
    // The referral, its status required to be one of allowed (Error::conflict naming the state).
    Referral inState(const Actor& actor, const QString& uid, std::initializer_list<ReferralStatus> allowed,
                     const QString& step) const;
    // at: required, not in the future, not before `after` (the step before; invalid: no bound).
    QDateTime checkedTime(const QDateTime& at, const QString& fieldLabel, const QDateTime& after,
                          const QString& afterLabel) const;

    Database& m_db;
};

} // namespace jinglao::core
