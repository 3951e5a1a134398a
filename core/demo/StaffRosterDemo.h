#pragma once
// The staff-and-roster step of the demo data (jinglao-cli demo): caregivers (about one per four
// current residents, at least enough for the three-shift minimums), nurses, a doctor, a social
// worker and a few former staff, with certificates, one leave period, and rosters following the
// three-shift rotation over the demo period; shifts before today are marked WORKED. The same seed
// gives the same people and rosters.

#include "auth/Actor.h"

#include <QDate>
#include <QRandomGenerator>

namespace jinglao::core {

class Database;

struct StaffRosterDemoResult {
    int staff = 0;
    int shifts = 0;
};

class StaffRosterDemo {
public:
    // Rosters from..to (inclusive); the residents present today decide how many caregivers.
    static StaffRosterDemoResult generate(Database& db, const Actor& actor, QRandomGenerator& random,
                                          const QDate& from, const QDate& to);
};

} // namespace jinglao::core
