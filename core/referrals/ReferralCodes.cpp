#include "referrals/ReferralCodes.h"

namespace jinglao::core::referrals {

const CodeTable<InstitutionType>& institutionTypes()
{
    static const CodeTable<InstitutionType> table(
        "jinglao::core::InstitutionType",
        {{InstitutionType::TownshipHealthCenter, "TOWNSHIP_HC",
          QT_TRANSLATE_NOOP("jinglao::core::InstitutionType", "Township health center")},
         {InstitutionType::CountyHospital, "COUNTY_HOSPITAL",
          QT_TRANSLATE_NOOP("jinglao::core::InstitutionType", "County hospital")},
         {InstitutionType::OtherHospital, "OTHER_HOSPITAL",
          QT_TRANSLATE_NOOP("jinglao::core::InstitutionType", "Other hospital")}});
    return table;
}

const CodeTable<ReferralStatus>& statuses()
{
    static const CodeTable<ReferralStatus> table(
        "jinglao::core::ReferralStatus",
        {{ReferralStatus::Draft, "DRAFT", QT_TRANSLATE_NOOP("jinglao::core::ReferralStatus", "Draft")},
         {ReferralStatus::Sent, "SENT", QT_TRANSLATE_NOOP("jinglao::core::ReferralStatus", "Sent")},
         {ReferralStatus::Admitted, "ADMITTED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralStatus", "Admitted")},
         {ReferralStatus::Returned, "RETURNED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralStatus", "Returned")},
         {ReferralStatus::Closed, "CLOSED", QT_TRANSLATE_NOOP("jinglao::core::ReferralStatus", "Closed")}});
    return table;
}

const CodeTable<ReferralUrgency>& urgencies()
{
    static const CodeTable<ReferralUrgency> table(
        "jinglao::core::ReferralUrgency",
        {{ReferralUrgency::Routine, "ROUTINE",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralUrgency", "Routine")},
         {ReferralUrgency::Urgent, "URGENT", QT_TRANSLATE_NOOP("jinglao::core::ReferralUrgency", "Urgent")},
         {ReferralUrgency::Emergency, "EMERGENCY",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralUrgency", "Emergency")}});
    return table;
}

const CodeTable<Consent>& consents()
{
    static const CodeTable<Consent> table(
        "jinglao::core::Consent",
        {{Consent::Agreed, "AGREED", QT_TRANSLATE_NOOP("jinglao::core::Consent", "Agreed")},
         {Consent::Refused, "REFUSED", QT_TRANSLATE_NOOP("jinglao::core::Consent", "Refused")}});
    return table;
}

const CodeTable<ReferralOutcome>& outcomes()
{
    static const CodeTable<ReferralOutcome> table(
        "jinglao::core::ReferralOutcome",
        {{ReferralOutcome::Returned, "RETURNED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Returned")},
         {ReferralOutcome::Stayed, "STAYED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Stayed in hospital")},
         {ReferralOutcome::Transferred, "TRANSFERRED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Transferred elsewhere")},
         {ReferralOutcome::Died, "DIED", QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Died")},
         {ReferralOutcome::Cancelled, "CANCELLED",
          QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Cancelled")},
         {ReferralOutcome::Other, "OTHER", QT_TRANSLATE_NOOP("jinglao::core::ReferralOutcome", "Other")}});
    return table;
}

} // namespace jinglao::core::referrals
