#pragma once
// Fills an empty database with a realistic township center (jinglao-cli demo): facility
// settings, buildings, rooms and beds, and years of admissions, transfers and discharges.
// Work is a list of steps that each module contributes (Module::demoSteps, run by phase). Each
// step gets its own generator seeded from the run's seed and its name, so a step added later does
// not change what earlier steps make.

#include "auth/Actor.h"
#include "modules/Module.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <random>

namespace jinglao::core {

class Database;

struct DemoOptions {
    quint32 seed = 1;
    int beds = 120;
    int years = 3;
    // The last day of the generated history; invalid: Clock::today().
    QDate endDate;
    QDate lastDay() const;
    // The moment the history ends, the last day's 23:59 in the clock's offset: run() holds the
    // clock there (Clock::Override), so that no step reads the wall clock, and a step that writes
    // through a service living by the clock moves it back to each record's own time.
    QDateTime endMoment() const;
    QDate firstDay() const { return lastDay().addYears(-years); }
};

class DemoGenerator {
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    // A step: its name seeds its generator; steps run by phase (see DemoStep).
    using Step = DemoStep;

    // The steps of every standard module, by phase. run() wraps them all in one transaction.
    static QList<Step> defaultSteps();

    explicit DemoGenerator(Database& db, QList<Step> steps = defaultSteps());

    // Refuses (Error::conflict) a database that already holds records, and bad options
    // (Error::validation); then runs every step with the clock held at options.endMoment(): the
    // same seed and last day give the same records, their stamps included (uids aside).
    void run(const Actor& actor, const DemoOptions& options);

    // True when no domain record was ever written to db.
    static bool isEmpty(Database& db);
    static void validate(const DemoOptions& options);

    // The built-in steps, public so that tests and other modules can run or reuse them.
    static void facilityStep(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options);
    static void bedsStep(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options);
    static void residentsStep(Database& db, const Actor& actor, std::mt19937& rng,
                              const DemoOptions& options);

private:
    Database& m_db;
    QList<Step> m_steps;
};

} // namespace jinglao::core
