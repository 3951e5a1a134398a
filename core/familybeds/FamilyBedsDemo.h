#pragma once
// The demo's family care beds: about one for every three beds of the center, a third of them
// special-difficulty elders, with yearly agreements (renewed, some ended early) and home visits
// over the whole demo period — a few special-difficulty elders are left unvisited in the last
// month, as happens, so that the coverage and its alert have something to show.

#include "auth/Actor.h"

#include <random>

namespace jinglao::core {

class Database;
struct DemoOptions;

class FamilyBedsDemo {
public:
    static void step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options);

    // Special-difficulty elders left unvisited in the demo's last month.
    static constexpr int UnvisitedInLastMonth = 3;
};

} // namespace jinglao::core
