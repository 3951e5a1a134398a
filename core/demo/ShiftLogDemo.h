#pragma once
// The shift-log step of the demo data (jinglao-cli demo): for every worked shift slot of the
// period (one nurse's shift per date and shift code, a nurse preferred), a closed duty session
// with handover note whose nurse opened it and accepted the preceding shift's handover after
// that shift was closed (the rule ShiftLogService enforces), and entries about the residents present that day
// (blood pressure, meals, sleep, mood …), with occasional incidents (a few falls a month, rare
// choking and wandering) that the next shift follows up. The same seed gives the same log.

#include "auth/Actor.h"

#include <QDate>

#include <random>

namespace jinglao::core {

class Database;

struct ShiftLogDemoResult {
    int sessions = 0;
    int entries = 0;
    int incidents = 0;
};

class ShiftLogDemo {
public:
    // Logs the shifts dated from..to that have already ended (Clock::now()); needs staff,
    // shifts and residents written before. Writes a month per transaction.
    static ShiftLogDemoResult generate(Database& db, const Actor& actor, std::mt19937& rng, const QDate& from,
                                       const QDate& to);
};

} // namespace jinglao::core
