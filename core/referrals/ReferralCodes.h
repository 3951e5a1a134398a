#pragma once
// The codes and labels of the referral module (county-csv-spec.md referrals).

#include "common/CodeTable.h"
#include "referrals/Referral.h"

namespace jinglao::core::referrals {

const CodeTable<InstitutionType>& institutionTypes();
const CodeTable<ReferralStatus>& statuses();
const CodeTable<ReferralUrgency>& urgencies();
const CodeTable<Consent>& consents();
const CodeTable<ReferralOutcome>& outcomes();

} // namespace jinglao::core::referrals
