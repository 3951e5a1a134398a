// visits: a month's coverage of the family care beds (who was visited, planned against done, the
// visit rate of special-difficulty elders), or with --unvisited the ones still waiting.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "common/Percent.h"
#include "familybeds/HomeVisitService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

int visits(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QDate today = core::Clock::today();
    const QDate month =
        arguments.month(QStringLiteral("month"), QCoreApplication::translate("jinglao::cli", "Month"),
                        QDate(today.year(), today.month(), 1));
    const core::MonthCoverage coverage =
        core::HomeVisitService(context.database()).coverage(context.actor(), month);
    const bool unvisitedOnly = arguments.isSet(QStringLiteral("unvisited"));
    Listing listing(
        {{QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Name")},
         {QStringLiteral("special_difficulty"),
          QCoreApplication::translate("jinglao::cli", "Special difficulty")},
         {QStringLiteral("planned"), QCoreApplication::translate("jinglao::cli", "Planned")},
         {QStringLiteral("visits"), QCoreApplication::translate("jinglao::cli", "Visits")},
         {QStringLiteral("in_person"), QCoreApplication::translate("jinglao::cli", "In person")},
         {QStringLiteral("last_visit"), QCoreApplication::translate("jinglao::cli", "Last visit")},
         {QStringLiteral("staff"), QCoreApplication::translate("jinglao::cli", "Assigned staff")},
         {QStringLiteral("address"), QCoreApplication::translate("jinglao::cli", "Address")},
         {QStringLiteral("phone"), QCoreApplication::translate("jinglao::cli", "Phone")}});
    const QList<core::BedCoverage> shown = unvisitedOnly ? coverage.unvisitedSpecial() : coverage.beds;
    for (const core::BedCoverage& bed : shown)
        listing.addRow(
            {bed.name,
             {bed.specialDifficulty ? QCoreApplication::translate("jinglao::cli", "yes") : QString(),
              bed.specialDifficulty ? QStringLiteral("1") : QStringLiteral("0")},
             QString::number(bed.plannedVisits),
             QString::number(bed.visits),
             QString::number(bed.visitsInPerson),
             bed.lastVisit.toString(Qt::ISODate),
             bed.staffName,
             bed.address,
             bed.phone});
    listing.print(arguments.format());
    const QString rate =
        coverage.hasRate()
            ? core::percent::text(
                  core::percent::tenthsHalfUp(coverage.specialVisited, coverage.specialBeds)) +
                  QLatin1Char('%')
            : QCoreApplication::translate("jinglao::cli", "none (no special-difficulty elders)");
    CliContext::err(
        QCoreApplication::translate("jinglao::cli",
                                    "%1: %2 family beds active, %3 special-difficulty, %4 of them visited "
                                    "(visit rate %5); %6 visits, %7 in person.")
            .arg(coverage.first.toString(QStringLiteral("yyyy-MM")))
            .arg(coverage.activeBeds)
            .arg(coverage.specialBeds)
            .arg(coverage.specialVisited)
            .arg(rate)
            .arg(coverage.visits)
            .arg(coverage.visitsInPerson));
    return Success;
}

} // namespace

QList<Command> familyBedCommands()
{
    return {
        {QStringLiteral("visits"),
         QStringLiteral("[--month YYYY-MM] [--unvisited]"),
         QCoreApplication::translate(
             "jinglao::cli", "A month's home-visit coverage of the family care beds (default this month); "
                             "--unvisited lists the special-difficulty elders not yet visited."),
         {QCommandLineOption(QStringLiteral("month"), QString(), QStringLiteral("MONTH")),
          QCommandLineOption(QStringLiteral("unvisited"))},
         visits,
         true},
    };
}

} // namespace jinglao::cli
