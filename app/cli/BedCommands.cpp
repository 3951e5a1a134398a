// occupancy: beds in service, nursing beds and beds held on a day up to today, answered from the
// beds' service periods and the bed history.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "beds/BedService.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QDate>

namespace jinglao::cli {

namespace {

int occupancy(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QDate day = arguments.date(
        QStringLiteral("date"), QCoreApplication::translate("jinglao::cli", "Date"), core::Clock::today());
    const core::BedSummary summary = core::BedService(context.database()).summaryOn(context.actor(), day);
    const auto percent = [&](double fraction) {
        return summary.inService > 0 ? QString::number(fraction * 100.0, 'f', 1) : QString();
    };
    Listing listing(
        {{QStringLiteral("date"), QCoreApplication::translate("jinglao::cli", "Date")},
         {QStringLiteral("beds_in_service"), QCoreApplication::translate("jinglao::cli", "Beds in service")},
         {QStringLiteral("nursing_beds"), QCoreApplication::translate("jinglao::cli", "Nursing beds")},
         {QStringLiteral("nursing_bed_ratio"),
          QCoreApplication::translate("jinglao::cli", "Nursing-bed ratio %")},
         {QStringLiteral("beds_held"), QCoreApplication::translate("jinglao::cli", "Beds held")},
         {QStringLiteral("occupancy_rate"), QCoreApplication::translate("jinglao::cli", "Occupancy %")}});
    listing.addRow({day.toString(Qt::ISODate), QString::number(summary.inService),
                    QString::number(summary.nursing), percent(summary.nursingRatio()),
                    QString::number(summary.occupied), percent(summary.occupancyRate())});
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> bedCommands()
{
    return {
        {QStringLiteral("occupancy"),
         QStringLiteral("[--date yyyy-MM-dd]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Print the beds in service, nursing beds and beds held on a "
                                     "day up to today (default today)."),
         {QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"))},
         occupancy,
         true},
    };
}

} // namespace jinglao::cli
