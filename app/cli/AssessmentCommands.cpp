// assessments-due, assessment-interval: who needs an ability assessment, and how often.

#include "CliContext.h"
#include "ExitCode.h"
#include "assessments/AssessmentService.h"
#include "common/Clock.h"
#include "common/Error.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

int assessmentsDue(CliContext& context, const QStringList& arguments)
{
    QDate asOf = core::Clock::today();
    if (arguments.size() == 2 && arguments.at(0) == QStringLiteral("--date")) {
        asOf = QDate::fromString(arguments.at(1), Qt::ISODate);
        if (!asOf.isValid()) {
            CliContext::err(core::Error::validation(
                                QCoreApplication::translate("jinglao::cli", "Date"), arguments.at(1),
                                QCoreApplication::translate("jinglao::cli", "is not a date (yyyy-MM-dd)"))
                                .message());
            return InputRefused;
        }
    } else if (!arguments.isEmpty()) {
        return UsageError;
    }
    const core::AssessmentService service(context.database());
    const QList<core::AssessmentService::DueEntry> due = service.dueList(context.actor(), asOf);
    // Tab-separated, one resident a line: name, bed, last assessed, last level, due on, days overdue.
    for (const core::AssessmentService::DueEntry& entry : due) {
        CliContext::out(QStringList{
            entry.residentName, entry.bedCode,
            entry.lastAssessedOn.isValid() ? entry.lastAssessedOn.toString(Qt::ISODate) : QString(),
            entry.lastLevel >= 0 ? QString::number(entry.lastLevel) : QString(),
            entry.dueOn.toString(Qt::ISODate), QString::number(entry.daysOverdue)}
                            .join(QLatin1Char('\t')));
    }
    CliContext::err(QCoreApplication::translate("jinglao::cli", "%n resident(s) due for assessment.", nullptr,
                                                due.size()));
    return Success;
}

int assessmentInterval(CliContext& context, const QStringList& arguments)
{
    core::AssessmentService service(context.database());
    if (arguments.size() == 1) {
        bool ok = false;
        const int months = arguments.at(0).toInt(&ok);
        if (!ok) {
            CliContext::err(
                core::Error::validation(
                    QCoreApplication::translate("jinglao::cli", "Re-assessment interval"), arguments.at(0),
                    QCoreApplication::translate("jinglao::cli", "is not a whole number of months"))
                    .message());
            return InputRefused;
        }
        service.setIntervalMonths(context.actor(), months);
    } else if (!arguments.isEmpty()) {
        return UsageError;
    }
    CliContext::out(QCoreApplication::translate(
        "jinglao::cli", "Residents are re-assessed every %n month(s).", nullptr, service.intervalMonths()));
    return Success;
}

} // namespace

QList<Command> assessmentCommands()
{
    return {
        {QStringLiteral("assessments-due"), QStringLiteral("[--date YYYY-MM-DD]"),
         QCoreApplication::translate("jinglao::cli", "List current residents due for an ability assessment."),
         assessmentsDue},
        {QStringLiteral("assessment-interval"), QStringLiteral("[MONTHS]"),
         QCoreApplication::translate("jinglao::cli", "Show or set the re-assessment interval in months."),
         assessmentInterval},
    };
}

} // namespace jinglao::cli
