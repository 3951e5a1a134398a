#include "staff/StaffMember.h"

namespace jinglao::core {

const CodeTable<StaffRole>& staffRoleCodes()
{
    static const CodeTable<StaffRole> table(
        "jinglao::core::StaffRole",
        {{StaffRole::Caregiver, "CAREGIVER", QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Caregiver")},
         {StaffRole::Nurse, "NURSE", QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Nurse")},
         {StaffRole::Doctor, "DOCTOR", QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Doctor")},
         {StaffRole::SocialWorker, "SOCIAL_WORKER",
          QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Social worker")},
         {StaffRole::Admin, "ADMIN", QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Administration")},
         {StaffRole::Other, "OTHER", QT_TRANSLATE_NOOP("jinglao::core::StaffRole", "Other")}});
    return table;
}

} // namespace jinglao::core
