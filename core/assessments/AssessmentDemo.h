#pragma once
// Plausible ability assessments for demonstration data: each resident gets a first assessment at
// admission, routine ones about every interval, now and then one on a change of condition, with
// item scores drawn from a slowly declining latent ability. Some current residents are left
// overdue. The same generator state gives the same assessments.

#include "auth/Actor.h"

#include <QDate>

#include <random>

namespace jinglao::core {

class Database;

class AssessmentDemo {
public:
    struct Summary {
        int assessments = 0;
        int residents = 0;
    };

    // Assesses every resident in the database (in admission order) up to lastDay (at the latest
    // Clock::today()), through AssessmentService, in one transaction. Needs
    // Permission::WriteAssessments. Only the generator's raw output is used, so the data is the
    // same on every platform.
    static Summary generate(Database& db, const Actor& actor, std::mt19937& random, const QDate& lastDay);
};

} // namespace jinglao::core
