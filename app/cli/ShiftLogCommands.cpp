// shift-log: the shift log of a day (or a span), newest first, as the log view shows it.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "shiftlog/Incident.h"
#include "shiftlog/ShiftLogQuery.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

int shiftLog(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::ShiftLogQuery::Filter filter;
    const QString dateField = QCoreApplication::translate("jinglao::cli", "Date");
    filter.from = arguments.date(QStringLiteral("from"), dateField, core::Clock::today());
    filter.to = arguments.date(QStringLiteral("to"), dateField, filter.from);
    if (filter.to < filter.from)
        throw core::Error::validation(QCoreApplication::translate("jinglao::cli", "Until"),
                                      filter.to.toString(Qt::ISODate),
                                      QCoreApplication::translate("jinglao::cli", "lies before --from %1.")
                                          .arg(filter.from.toString(Qt::ISODate)));
    filter.incidentsOnly = arguments.isSet(QStringLiteral("incidents"));
    core::ShiftLogQuery query(context.database(), context.actor(), filter);
    Listing listing({{QStringLiteral("written_at"), QCoreApplication::translate("jinglao::cli", "Written")},
                     {QStringLiteral("shift"), QCoreApplication::translate("jinglao::cli", "Shift")},
                     {QStringLiteral("author"), QCoreApplication::translate("jinglao::cli", "Author")},
                     {QStringLiteral("resident"), QCoreApplication::translate("jinglao::cli", "Resident")},
                     {QStringLiteral("incident"), QCoreApplication::translate("jinglao::cli", "Incident")},
                     {QStringLiteral("summary"), QCoreApplication::translate("jinglao::cli", "Entry")}});
    while (!query.atEnd()) {
        for (const core::ShiftLogService::Entry& entry : query.fetchNext(500))
            listing.addRow(
                {{core::Clock::displayTimestamp(entry.writtenAt), entry.writtenAt},
                 entry.shiftDate.toString(Qt::ISODate) + QLatin1Char(' ') + entry.shiftCode,
                 entry.authorName,
                 entry.residentName,
                 {entry.incident == core::Incident::None ? QString()
                                                         : core::incidentCodes().label(entry.incident),
                  core::incidentCodes().code(entry.incident)},
                 entry.summary});
    }
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> shiftLogCommands()
{
    const auto dateOption = [](const char* name) {
        return QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("DATE"));
    };
    return {
        {QStringLiteral("shift-log"),
         QStringLiteral("[--from yyyy-MM-dd] [--to yyyy-MM-dd] [--incidents]"),
         QCoreApplication::translate(
             "jinglao::cli", "List the shift-log entries written from --from to --to (default today), "
                             "newest first; --incidents lists only incidents."),
         {dateOption("from"), dateOption("to"), QCommandLineOption(QStringLiteral("incidents"))},
         shiftLog,
         true},
    };
}

} // namespace jinglao::cli
