// demo: fills an empty database with a realistic township center, for trying the program out.

#include "CliContext.h"
#include "ExitCode.h"
#include "beds/BedService.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentService.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

int demo(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::DemoOptions options;
    options.seed = static_cast<quint32>(arguments.integer(QStringLiteral("seed"),
                                                          QCoreApplication::translate("jinglao::cli", "Seed"),
                                                          0, 4294967295LL, options.seed));
    options.beds = static_cast<int>(arguments.integer(
        QStringLiteral("beds"), QCoreApplication::translate("jinglao::cli", "Number of beds"), 10, 2000,
        options.beds));
    options.years = static_cast<int>(arguments.integer(
        QStringLiteral("years"), QCoreApplication::translate("jinglao::cli", "Years of history"), 1, 20,
        options.years));
    options.endDate = arguments.date(QStringLiteral("until"),
                                     QCoreApplication::translate("jinglao::cli", "Last day of the history"),
                                     core::Clock::today());
    core::Database& db = context.database(core::Database::OpenMode::CreateIfMissing);
    core::DemoGenerator(db).run(context.actor(), options);

    const core::BedSummary summary = core::BedService(db).summary(context.actor());
    core::ResidentFilter all;
    all.presence = core::ResidentFilter::Presence::All;
    const int everyone = core::ResidentService(db).count(context.actor(), all);
    CliContext::out(
        QCoreApplication::translate("jinglao::cli",
                                    "Demo data written to %1: %2 beds in service (%3 nursing beds, %4%), "
                                    "%5 occupied (%6%), %7 residents over %n year(s).",
                                    nullptr, options.years)
            .arg(QDir::toNativeSeparators(db.path()))
            .arg(summary.inService)
            .arg(summary.nursing)
            .arg(summary.nursingRatio() * 100.0, 0, 'f', 1)
            .arg(summary.occupied)
            .arg(summary.occupancyRate() * 100.0, 0, 'f', 1)
            .arg(everyone));
    return Success;
}

} // namespace

QList<Command> demoCommands()
{
    const auto option = [](const char* name, const char* value) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QString::fromLatin1(value));
    };
    return {
        {QStringLiteral("demo"),
         QStringLiteral("[--seed N] [--beds N] [--years N] [--until yyyy-MM-dd]"),
         QCoreApplication::translate(
             "jinglao::cli", "Fill an empty database with a realistic demo center (120 beds, 3 years up "
                             "to today by default); the same seed and --until give the same records."),
         {option("seed", "N"), option("beds", "N"), option("years", "N"), option("until", "DATE")},
         demo},
    };
}

} // namespace jinglao::cli
