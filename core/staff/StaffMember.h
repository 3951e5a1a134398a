#pragma once
// One person employed (or formerly employed) by the center, with the role codes of the county
// format (staff.csv). Former staff keep their record: leaveDate is set, nothing is deleted.

#include "common/CodeTable.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jinglao::core {

enum class StaffRole { Caregiver, Nurse, Doctor, SocialWorker, Admin, Other };

// CAREGIVER, NURSE, DOCTOR, SOCIAL_WORKER, ADMIN, OTHER (stored, staff.csv) ↔ 养老护理员 …
const CodeTable<StaffRole>& staffRoleCodes();

struct StaffMember {
    QString uid;
    QString name;
    QString idNumber; // empty when not recorded; masked for roles without ViewPersonalData
    StaffRole role = StaffRole::Caregiver;
    int skillLevel = 0; // 1–5 for caregivers (职业技能等级), 0 = none
    QDate hireDate;
    QDate leaveDate; // first day no longer employed; invalid while employed
    QString phone;   // masked for roles without ViewPersonalData

    // Employed on day: hired on or before it and not yet left (county spec definition).
    bool employedOn(const QDate& day) const
    {
        return hireDate.isValid() && hireDate <= day && (!leaveDate.isValid() || leaveDate > day);
    }
};

struct StaffCertificate {
    QString uid;
    QString staffUid;
    QString name; // 养老护理员职业技能等级证书, 护士执业证书 …
    QString number;
    QDate expiresOn; // invalid: does not expire
};

// A certificate that expires within the warning period or has expired.
struct CertificateWarning {
    StaffCertificate certificate;
    QString staffName;
    bool expired = false;
    int daysLeft = 0; // negative once expired
    QString message;  // translated
};

struct StaffLeave {
    QString uid;
    QString staffUid;
    QDate startsOn;
    QDate endsOn; // included
    QString reason;
};

} // namespace jinglao::core
