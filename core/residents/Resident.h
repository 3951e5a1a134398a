#pragma once
// A resident (入住老人) as stored, with the codes of the county format, and their history.

#include "common/CodeTable.h"

#include <QDate>
#include <QString>

#include <optional>

namespace jinglao::core {

// 特困供养 TK, 低保 DB, 低保边缘 DBBY, 社会老人 SH.
enum class ResidentCategory { TK, DB, DBBY, SH };
// 回家 HOME, 转院 TRANSFER, 死亡 DEATH, 其他 OTHER.
enum class DischargeReason { Home, Transfer, Death, Other };

// The codes above (stored, residents.csv) ↔ the translated labels, in the order choices are offered.
const CodeTable<ResidentCategory>& residentCategoryCodes();
const CodeTable<DischargeReason>& dischargeReasonCodes();

// What the admission and edit dialogs enter.
struct ResidentInput {
    QString name;
    QString idNumber; // 18 characters, or a 15-digit legacy number
    int gender = 0;   // 1 male, 2 female
    QDate birthDate;
    // 人员类别 has no default: a subsidy category left by mistake costs money, so it is chosen.
    std::optional<ResidentCategory> category;
    QDate admissionDate; // admission only
    QString bedUid;      // admission only; empty: admitted without a bed
    QString phone;
    QString emergencyContact;
    QString emergencyPhone;
};

struct Resident {
    QString uid;
    QString name;
    QString namePinyin;
    QString nameInitials;
    QString idNumber;
    int gender = 0;
    QDate birthDate;
    ResidentCategory category = ResidentCategory::SH;
    QDate admissionDate; // of the latest stay
    QDate dischargeDate; // invalid while present
    DischargeReason dischargeReason = DischargeReason::Other;
    QString bedUid;
    QString bedCode;
    QString phone;
    QString emergencyContact;
    QString emergencyPhone;
    int careLevel = -1; // latest assessment, -1 when never assessed
    bool away = false;  // away today on a referral, keeping the bed (Module::residentsAwayOn)

    bool isCurrent() const { return !dischargeDate.isValid(); }
    int ageOn(const QDate& day) const;
};

// One admission … discharge.
struct ResidentStay {
    QString uid;
    QDate admissionDate;
    QDate dischargeDate;
    DischargeReason dischargeReason = DischargeReason::Other;
    bool hasDischarge() const { return dischargeDate.isValid(); }
};

// One bed held from fromDate until toDate (exclusive; invalid while still held).
struct BedAssignment {
    QString uid;
    QString bedUid;
    QString bedCode;
    QDate fromDate;
    QDate toDate;
    QString reason;
};

// Whole years from birthDate to day; -1 when either is unknown. For residents and family beds.
inline int ageOn(const QDate& birthDate, const QDate& day)
{
    if (!birthDate.isValid() || !day.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

inline int Resident::ageOn(const QDate& day) const
{
    return core::ageOn(birthDate, day);
}

} // namespace jinglao::core
