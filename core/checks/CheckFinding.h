#pragma once
// One thing `jinglao-cli check` found (HealthCheck::Finding): which check, what, how many.

#include <QString>

namespace jinglao::core {

struct CheckFinding {
    QString check;    // which check found it
    QString message;  // translated, for the user
    int problems = 1; // how many problems it stands for ("… and 268 more like these")
    // Damage is a broken file (restore a backup); anything else is a record breaking a rule.
    bool damage = false;
};

} // namespace jinglao::core
