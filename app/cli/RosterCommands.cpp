// roster-warnings, roster-export, roster-templates: the month's roster from the command line.

#include "CliContext.h"
#include "ExitCode.h"
#include "common/Clock.h"
#include "roster/RosterService.h"
#include "roster/RosterXlsxExport.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

// "--month yyyy-MM" (default: this month); false when the arguments are not understood.
bool parseMonth(const QStringList& arguments, int from, QDate* month)
{
    *month = core::Clock::today();
    for (int i = from; i < arguments.size(); i += 2) {
        if (arguments.at(i) != QStringLiteral("--month") || i + 1 >= arguments.size())
            return false;
        *month = QDate::fromString(arguments.at(i + 1) + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!month->isValid())
            return false;
    }
    return true;
}

int rosterWarnings(CliContext& context, const QStringList& arguments)
{
    QDate month;
    if (!parseMonth(arguments, 0, &month))
        return UsageError;
    const QList<core::RosterWarning> warnings =
        core::RosterService(context.database()).warnings(context.actor(), month);
    for (const core::RosterWarning& warning : warnings)
        CliContext::out(QStringLiteral("%1\t%2\t%3")
                            .arg(warning.date.toString(Qt::ISODate),
                                 core::RosterWarning::kindLabel(warning.kind), warning.message));
    const auto count = static_cast<int>(warnings.size());
    CliContext::err(QCoreApplication::translate("jinglao::cli", "%n roster warning(s).", nullptr, count));
    return Success;
}

int rosterExport(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() < 2 || arguments.at(0) != QStringLiteral("--out"))
        return UsageError;
    QDate month;
    if (!parseMonth(arguments, 2, &month))
        return UsageError;
    const qint64 shifts =
        core::RosterXlsxExport::write(context.database(), context.actor(), month, arguments.at(1));
    CliContext::out(
        QCoreApplication::translate("jinglao::cli", "Roster of %1 (%n shift(s)) written to %2.", nullptr,
                                    int(shifts))
            .arg(month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(arguments.at(1))));
    return Success;
}

int rosterTemplates(CliContext& context, const QStringList& arguments)
{
    core::RosterService service(context.database());
    if (arguments.size() == 2 && arguments.at(0) == QStringLiteral("--set")) {
        if (arguments.at(1) == QStringLiteral("three"))
            service.chooseTemplateSet(context.actor(), core::RosterService::TemplateSet::ThreeShifts);
        else if (arguments.at(1) == QStringLiteral("two"))
            service.chooseTemplateSet(context.actor(), core::RosterService::TemplateSet::TwoShifts);
        else
            return UsageError;
    } else if (!arguments.isEmpty()) {
        return UsageError;
    }
    for (const core::ShiftTemplate& t : service.templates(context.actor()))
        CliContext::out(QStringLiteral("%1\t%2\t%3–%4\t%5")
                            .arg(t.code, t.label(), t.start.toString(QStringLiteral("HH:mm")),
                                 t.end.toString(QStringLiteral("HH:mm")))
                            .arg(t.minCaregivers));
    return Success;
}

int rosterNorm(CliContext& context, const QStringList& arguments)
{
    core::RosterService service(context.database());
    if (arguments.size() == 1) {
        core::MonthlyNorm norm;
        if (!core::RosterRules::normFromCode(arguments.at(0), &norm))
            return UsageError;
        service.setMonthlyNorm(context.actor(), norm);
    } else if (!arguments.isEmpty()) {
        return UsageError;
    }
    const core::MonthlyNorm norm = service.monthlyNorm();
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Overtime is counted above %1 (%2).")
                        .arg(core::RosterRules::normDescription(norm), core::RosterRules::normCode(norm)));
    return Success;
}

} // namespace

QList<Command> rosterCommands()
{
    return {
        {QStringLiteral("roster-templates"), QStringLiteral("[--set three|two]"),
         QCoreApplication::translate(
             "jinglao::cli", "List the shift templates, or choose the three-shift or 12-hour two-shift set."),
         rosterTemplates},
        {QStringLiteral("roster-norm"), QStringLiteral("[statutory|weekdays]"),
         QCoreApplication::translate(
             "jinglao::cli", "Show or choose the monthly norm overtime is counted against: the statutory "
                             "174 hours (default) or 8 hours per weekday."),
         rosterNorm},
        {QStringLiteral("roster-warnings"), QStringLiteral("[--month YYYY-MM]"),
         QCoreApplication::translate("jinglao::cli",
                                     "List the labour-law and staffing warnings of a month's roster."),
         rosterWarnings},
        {QStringLiteral("roster-export"), QStringLiteral("--out FILE.xlsx [--month YYYY-MM]"),
         QCoreApplication::translate("jinglao::cli", "Export a month's roster as an XLSX workbook."),
         rosterExport},
    };
}

} // namespace jinglao::cli
