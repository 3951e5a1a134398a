// occupancy: how many beds were held on a day, answered from the bed history.

#include "CliContext.h"
#include "ExitCode.h"
#include "beds/BedService.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDate>

namespace jinglao::cli {

namespace {

int occupancy(CliContext& context, const QStringList& arguments)
{
    QDate day = core::Clock::today();
    if (arguments.size() == 2 && arguments.at(0) == QStringLiteral("--date")) {
        day = QDate::fromString(arguments.at(1), Qt::ISODate);
        if (!day.isValid()) {
            CliContext::err(
                QCoreApplication::translate("jinglao::cli", "--date needs a date like 2026-11-02, not %1.")
                    .arg(arguments.at(1)));
            return UsageError;
        }
    } else if (!arguments.isEmpty()) {
        return UsageError;
    }
    core::BedService beds(context.database());
    const int held = beds.occupancyOn(context.actor(), day);
    const core::BedSummary now = beds.summary(context.actor());
    CliContext::out(
        QCoreApplication::translate("jinglao::cli", "%1: %2 beds held (%3 beds in service today).")
            .arg(day.toString(Qt::ISODate))
            .arg(held)
            .arg(now.inService));
    return Success;
}

} // namespace

QList<Command> bedCommands()
{
    return {
        {QStringLiteral("occupancy"), QStringLiteral("[--date yyyy-MM-dd]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Print how many beds were held on a day (default today)."),
         occupancy},
    };
}

} // namespace jinglao::cli
