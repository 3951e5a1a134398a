#pragma once
// The staff-and-roster step of the demo data (jinglao-cli demo): caregivers (about one per four
// current residents, at least enough for the three-shift minimums), nurses, a doctor, a social
// worker and a few former staff, with certificates, one leave period, and rosters following the
// three-shift rotation over the demo period; shifts before today are marked WORKED. The same seed
// gives the same people and rosters.

#include "auth/Actor.h"

#include <QDate>

#include <random>

namespace jinglao::core {

class Database;
struct DemoOptions;

struct StaffRosterDemoResult {
    int staff = 0;
    int shifts = 0;
};

class StaffRosterDemo {
public:
    // The DemoGenerator step "staff": rosters over the whole demo period, from the first day of its
    // first month to the end of the month after its last day.
    static void step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options);
    // Rosters from..to (inclusive); the residents present today decide how many caregivers.
    static StaffRosterDemoResult generate(Database& db, const Actor& actor, std::mt19937& rng,
                                          const QDate& from, const QDate& to);
};

} // namespace jinglao::core
