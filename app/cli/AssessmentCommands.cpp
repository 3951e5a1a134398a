// assessments-due, assessment-interval: who needs an ability assessment, and how often.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "assessments/AssessmentLevel.h"
#include "assessments/AssessmentService.h"
#include "common/Clock.h"

#include <QCoreApplication>

#include <limits>

namespace jinglao::cli {

namespace {

int assessmentsDue(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QDate asOf = arguments.date(
        QStringLiteral("date"), QCoreApplication::translate("jinglao::cli", "Date"), core::Clock::today());
    const core::AssessmentService service(context.database());
    const QList<core::AssessmentService::DueEntry> due = service.dueList(context.actor(), asOf);
    Listing listing(
        {{QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Name")},
         {QStringLiteral("bed"), QCoreApplication::translate("jinglao::cli", "Bed")},
         {QStringLiteral("last_assessed"), QCoreApplication::translate("jinglao::cli", "Last assessed")},
         {QStringLiteral("last_level"), QCoreApplication::translate("jinglao::cli", "Last level")},
         {QStringLiteral("due_on"), QCoreApplication::translate("jinglao::cli", "Due on")},
         {QStringLiteral("days_overdue"), QCoreApplication::translate("jinglao::cli", "Days overdue")}});
    for (const core::AssessmentService::DueEntry& entry : due) {
        const bool assessed = entry.lastLevel >= 0;
        listing.addRow({entry.residentName,
                        entry.bedCode,
                        assessed ? entry.lastAssessedOn.toString(Qt::ISODate) : QString(),
                        {assessed ? core::AssessmentLevel::label(entry.lastLevel) : QString(),
                         assessed ? QString::number(entry.lastLevel) : QString()},
                        entry.dueOn.toString(Qt::ISODate),
                        QString::number(entry.daysOverdue)});
    }
    listing.print(arguments.format());
    CliContext::err(QCoreApplication::translate("jinglao::cli", "%n resident(s) due for assessment.", nullptr,
                                                due.size()));
    return Success;
}

int assessmentInterval(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 1);
    core::AssessmentService service(context.database());
    if (arguments.positional().size() == 1)
        service.setIntervalMonths(context.actor(),
                                  static_cast<int>(Arguments::parseInteger(
                                      arguments.positional().constFirst(),
                                      QCoreApplication::translate("jinglao::cli", "Re-assessment interval"),
                                      std::numeric_limits<int>::min(), std::numeric_limits<int>::max())));
    CliContext::out(QCoreApplication::translate(
        "jinglao::cli", "Residents are re-assessed every %n month(s).", nullptr, service.intervalMonths()));
    return Success;
}

} // namespace

QList<Command> assessmentCommands()
{
    return {
        {QStringLiteral("assessments-due"),
         QStringLiteral("[--date YYYY-MM-DD]"),
         QCoreApplication::translate("jinglao::cli", "List current residents due for an ability assessment."),
         {QCommandLineOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"))},
         assessmentsDue,
         true},
        {QStringLiteral("assessment-interval"),
         QStringLiteral("[MONTHS]"),
         QCoreApplication::translate("jinglao::cli", "Show or set the re-assessment interval in months."),
         {},
         assessmentInterval},
    };
}

} // namespace jinglao::cli
