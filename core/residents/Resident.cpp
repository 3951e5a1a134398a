#include "residents/Resident.h"

namespace jinglao::core {

const CodeTable<ResidentCategory>& residentCategoryCodes()
{
    static const CodeTable<ResidentCategory> table(
        "ResidentService",
        {{ResidentCategory::TK, "TK", QT_TRANSLATE_NOOP("ResidentService", "Extreme poverty support")},
         {ResidentCategory::DB, "DB", QT_TRANSLATE_NOOP("ResidentService", "Minimum living allowance")},
         {ResidentCategory::DBBY, "DBBY", QT_TRANSLATE_NOOP("ResidentService", "Near minimum living allowance")},
         {ResidentCategory::SH, "SH", QT_TRANSLATE_NOOP("ResidentService", "Self-paying elder")}});
    return table;
}

const CodeTable<DischargeReason>& dischargeReasonCodes()
{
    static const CodeTable<DischargeReason> table(
        "ResidentService",
        {{DischargeReason::Home, "HOME", QT_TRANSLATE_NOOP("ResidentService", "Returned home")},
         {DischargeReason::Transfer, "TRANSFER",
          QT_TRANSLATE_NOOP("ResidentService", "Transferred to another institution")},
         {DischargeReason::Death, "DEATH", QT_TRANSLATE_NOOP("ResidentService", "Died")},
         {DischargeReason::Other, "OTHER", QT_TRANSLATE_NOOP("ResidentService", "Other")}});
    return table;
}

} // namespace jinglao::core
