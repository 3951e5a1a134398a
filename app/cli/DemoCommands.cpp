// demo: fills an empty database with a realistic township center, for trying the program out.

#include "CliContext.h"
#include "ExitCode.h"
#include "beds/BedService.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentService.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

bool parseNumber(const QString& text, qint64 low, qint64 high, qint64* value)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok || number < low || number > high)
        return false;
    *value = number;
    return true;
}

int demo(CliContext& context, const QStringList& arguments)
{
    core::DemoOptions options;
    for (int i = 0; i < arguments.size(); i += 2) {
        if (i + 1 >= arguments.size())
            return UsageError;
        const QString& option = arguments.at(i);
        qint64 value = 0;
        if (option == QStringLiteral("--seed")) {
            if (!parseNumber(arguments.at(i + 1), 0, 4294967295LL, &value)) {
                CliContext::err(QCoreApplication::translate(
                                    "jinglao::cli", "--seed needs a number from 0 to 4294967295, not %1.")
                                    .arg(arguments.at(i + 1)));
                return UsageError;
            }
            options.seed = static_cast<quint32>(value);
        } else if (option == QStringLiteral("--beds") || option == QStringLiteral("--years")) {
            if (!parseNumber(arguments.at(i + 1), 0, 100000, &value)) {
                CliContext::err(
                    QCoreApplication::translate("jinglao::cli", "%1 needs a whole number, not %2.")
                        .arg(option, arguments.at(i + 1)));
                return UsageError;
            }
            (option == QStringLiteral("--beds") ? options.beds : options.years) = static_cast<int>(value);
        } else {
            return UsageError;
        }
    }
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
    return {
        {QStringLiteral("demo"), QStringLiteral("[--seed N] [--beds N] [--years N]"),
         QCoreApplication::translate(
             "jinglao::cli",
             "Fill an empty database with a realistic demo center (120 beds, 3 years by default)."),
         demo},
    };
}

} // namespace jinglao::cli
