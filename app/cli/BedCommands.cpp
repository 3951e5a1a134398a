// occupancy: beds in service, nursing beds and beds held on a day up to today, answered from the
// beds' service periods and the bed history.

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
    const core::BedSummary summary = core::BedService(context.database()).summaryOn(context.actor(), day);
    const auto percent = [](double fraction) {
        return QString::number(fraction * 100.0, 'f', 1);
    };
    CliContext::out(QCoreApplication::translate(
                        "jinglao::cli", "%1: %2 beds held of %3 in service (occupancy %4%); %5 nursing "
                                        "beds (%6% of the beds in service).")
                        .arg(day.toString(Qt::ISODate))
                        .arg(summary.occupied)
                        .arg(summary.inService)
                        .arg(summary.inService > 0 ? percent(summary.occupancyRate()) : QStringLiteral("—"))
                        .arg(summary.nursing)
                        .arg(summary.inService > 0 ? percent(summary.nursingRatio()) : QStringLiteral("—")));
    return Success;
}

} // namespace

QList<Command> bedCommands()
{
    return {
        {QStringLiteral("occupancy"), QStringLiteral("[--date yyyy-MM-dd]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Print the beds in service, nursing beds and beds held on a "
                                     "day up to today (default today)."),
         occupancy},
    };
}

} // namespace jinglao::cli
