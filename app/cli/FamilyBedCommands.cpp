// visits: a month's coverage of the family care beds (who was visited, planned against done, the
// visit rate of special-difficulty elders), or with --unvisited the ones still waiting;
// visit-plan-export: the month's visit plan for the staff as an XLSX workbook.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "common/Percent.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/VisitPlanXlsxExport.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

QDate chosenMonth(const Arguments& arguments)
{
    const QDate today = core::Clock::today();
    return arguments.month(QStringLiteral("month"), QCoreApplication::translate("jinglao::cli", "Month"),
                           QDate(today.year(), today.month(), 1));
}

int visits(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QDate month = chosenMonth(arguments);
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

int visitPlanExport(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--out FILE is needed."));
    const QDate month = chosenMonth(arguments);
    const QString out = arguments.value(QStringLiteral("out"));
    const int beds =
        static_cast<int>(core::VisitPlanXlsxExport::write(context.database(), context.actor(), month, out));
    CliContext::out(QCoreApplication::translate(
                        "jinglao::cli", "Visit plan of %1 (%n family bed(s)) written to %2.", nullptr, beds)
                        .arg(month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(out)));
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
        {QStringLiteral("visit-plan-export"),
         QStringLiteral("--out FILE.xlsx [--month YYYY-MM]"),
         QCoreApplication::translate(
             "jinglao::cli", "Export a month's home-visit plan for the staff (each person's family beds, "
                             "with address and phone) as an XLSX workbook."),
         {QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("month"), QString(), QStringLiteral("MONTH"))},
         visitPlanExport},
    };
}

} // namespace jinglao::cli
