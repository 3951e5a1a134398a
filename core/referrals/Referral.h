#pragma once
// 医养结合双向转诊: partner institutions and referrals out to them and back. Codes as in
// county-csv-spec.md (referrals); labels in ReferralCodes.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace jinglao::core {

enum class InstitutionType { TownshipHealthCenter, CountyHospital, OtherHospital };
enum class ReferralStatus { Draft, Sent, Admitted, Returned, Closed };
enum class ReferralUrgency { Routine, Urgent, Emergency };
enum class Consent { Agreed, Refused };
enum class ReferralOutcome { Returned, Stayed, Transferred, Died, Cancelled, Other };

struct PartnerInstitution {
    QString uid;
    QString name;
    InstitutionType type = InstitutionType::TownshipHealthCenter;
    QStringList departments;
    QString phone;
    QString contactDoctor;
    QDate agreementFrom; // 签约: invalid when there is no agreement
    QDate agreementTo;   // invalid: open-ended
    QString agreementCovers;

    bool hasAgreement() const { return agreementFrom.isValid(); }
    bool agreementActiveOn(const QDate& day) const
    {
        return hasAgreement() && agreementFrom <= day && (!agreementTo.isValid() || day <= agreementTo);
    }
};

// What the referral form (双向转诊（转出）单) holds, and the return record (回转单).
struct Referral {
    QString uid;
    QString number; // ZZ2026-0007
    QString residentUid;
    QString residentName;
    QString institutionUid;
    QString institutionName;
    InstitutionType institutionType = InstitutionType::TownshipHealthCenter;
    QString department;
    QString receivingDoctor;
    QString reason;      // 转出原因 / 主要现病史
    QString impression;  // 初步印象
    QString pastHistory; // 主要既往史
    QString treatment;   // 治疗经过
    QString medication;  // 目前用药
    ReferralUrgency urgency = ReferralUrgency::Routine;
    QString referringStaffUid;
    QString referringStaffName;
    std::optional<Consent> consent; // 知情同意: not asked yet while a draft
    QString consentBy;              // who agreed or refused, and how related

    ReferralStatus status = ReferralStatus::Draft;
    QDateTime referredAt; // sent
    QString sentBy;
    QDateTime admittedAt;
    QString admittedBy;
    QDateTime returnedAt;
    QString returnedBy;
    QString returnDiagnosis;      // 诊断结果
    QString hospitalRecordNumber; // 住院病案号
    QString returnFindings;       // 主要检查结果
    QString returnAdvice;         // 治疗经过、下一步治疗方案及康复建议
    QDate nextReviewOn;
    QDateTime followUpAt;
    QString followUpNote;
    QDateTime closedAt;
    QString closedBy;
    std::optional<ReferralOutcome> outcome;
    QString outcomeNote;

    bool isOpen() const { return status != ReferralStatus::Closed; }
    // Away from the center (bed held) between being sent and coming back or the referral closing.
    bool isAway() const { return status == ReferralStatus::Sent || status == ReferralStatus::Admitted; }
    // Whole days from sent to returned (or closed, or asOf while still away); -1 before it was sent.
    int daysAway(const QDate& asOf) const;
};

// What a person enters when the resident comes back (回转).
struct ReferralReturn {
    QDateTime at;
    QString diagnosis;
    QString hospitalRecordNumber;
    QString findings;
    QString advice;
    QDate nextReviewOn;
};

// A month's referral figures (monthly report: referrals_out, referrals_returned).
struct ReferralMonth {
    QDate first;
    int out = 0;                  // sent in the month
    int returned = 0;             // came back in the month
    double averageDaysAway = 0.0; // of those that came back in the month; 0 when none
};

} // namespace jinglao::core
