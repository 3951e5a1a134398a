#include "staff/StaffMember.h"

#include <QCoreApplication>

namespace jinglao::core {

QString staffRoleCode(StaffRole role)
{
    switch (role) {
    case StaffRole::Caregiver:
        return QStringLiteral("CAREGIVER");
    case StaffRole::Nurse:
        return QStringLiteral("NURSE");
    case StaffRole::Doctor:
        return QStringLiteral("DOCTOR");
    case StaffRole::SocialWorker:
        return QStringLiteral("SOCIAL_WORKER");
    case StaffRole::Admin:
        return QStringLiteral("ADMIN");
    case StaffRole::Other:
        return QStringLiteral("OTHER");
    }
    return {};
}

QList<StaffRole> allStaffRoles()
{
    return {StaffRole::Caregiver,    StaffRole::Nurse, StaffRole::Doctor,
            StaffRole::SocialWorker, StaffRole::Admin, StaffRole::Other};
}

std::optional<StaffRole> staffRoleFromCode(const QString& code)
{
    for (StaffRole role : allStaffRoles()) {
        if (staffRoleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

QString staffRoleLabel(StaffRole role)
{
    switch (role) {
    case StaffRole::Caregiver:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Caregiver");
    case StaffRole::Nurse:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Nurse");
    case StaffRole::Doctor:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Doctor");
    case StaffRole::SocialWorker:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Social worker");
    case StaffRole::Admin:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Administration");
    case StaffRole::Other:
        return QCoreApplication::translate("jinglao::core::StaffRole", "Other");
    }
    return {};
}

} // namespace jinglao::core
