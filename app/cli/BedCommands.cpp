// occupancy: how many beds were held on a day, answered from the bed history.

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
    core::BedService beds(context.database());
    const int held = beds.occupancyOn(context.actor(), day);
    const core::BedSummary now = beds.summary(context.actor());
    Listing listing({{QStringLiteral("date"), QCoreApplication::translate("jinglao::cli", "Date")},
                     {QStringLiteral("beds_held"), QCoreApplication::translate("jinglao::cli", "Beds held")},
                     {QStringLiteral("beds_in_service_today"),
                      QCoreApplication::translate("jinglao::cli", "Beds in service today")}});
    listing.addRow({day.toString(Qt::ISODate), QString::number(held), QString::number(now.inService)});
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
                                     "Print how many beds were held on a day (default today)."),
         {QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"))},
         occupancy,
         true},
    };
}

} // namespace jinglao::cli
