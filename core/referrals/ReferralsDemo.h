#pragma once
// The demo's two-way referrals (jinglao-cli demo): three partner institutions with their
// cooperation agreements — the township health center, the county hospital, the county hospital
// of traditional medicine — and about ReferralsPerResidentYear referrals for every year a resident
// lives in the center over the whole demo period. Each is written through ReferralService step by
// step at its own time, the clock moved there (Clock::Override), so every rule of the service
// holds: the form with consent, sent, admitted, the return record, the follow-up within a week
// and the close. Now and then consent is refused and the draft cancelled, a referral is cancelled
// before admission, or a resident who later died or was transferred does not come back (closed
// with that outcome on the discharge day). In the last month a few stay open: OpenSent sent,
// OpenAdmitted admitted (their beds held). The same seed gives the same referrals.

#include "auth/Actor.h"

#include <random>

namespace jinglao::core {

class Database;
struct DemoOptions;

class ReferralsDemo {
public:
    // The DemoGenerator step "referrals": needs the residents and the staff written before.
    static void step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options);

    static constexpr double ReferralsPerResidentYear = 2.6;
    static constexpr int OpenSent = 1;
    static constexpr int OpenAdmitted = 2;
};

} // namespace jinglao::core
