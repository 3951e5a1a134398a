// roster-warnings, roster-export, roster-templates: the month's roster from the command line.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "roster/RosterService.h"
#include "roster/RosterXlsxExport.h"
#include "roster/StaffingIndicators.h"

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

int rosterWarnings(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QList<core::RosterWarning> warnings =
        core::RosterService(context.database()).warnings(context.actor(), chosenMonth(arguments));
    Listing listing({{QStringLiteral("date"), QCoreApplication::translate("jinglao::cli", "Date")},
                     {QStringLiteral("kind"), QCoreApplication::translate("jinglao::cli", "Kind")},
                     {QStringLiteral("staff"), QCoreApplication::translate("jinglao::cli", "Staff")},
                     {QStringLiteral("warning"), QCoreApplication::translate("jinglao::cli", "Warning")}});
    for (const core::RosterWarning& warning : warnings)
        listing.addRow(
            {warning.date.toString(Qt::ISODate),
             {core::rosterWarningCodes().label(warning.kind), core::rosterWarningCodes().code(warning.kind)},
             warning.staffName,
             warning.message});
    listing.print(arguments.format());
    CliContext::err(
        QCoreApplication::translate("jinglao::cli", "%n roster warning(s).", nullptr, listing.rowCount()));
    return Success;
}

int rosterExport(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--out FILE is needed."));
    const QDate month = chosenMonth(arguments);
    const QString out = arguments.value(QStringLiteral("out"));
    const int shifts =
        static_cast<int>(core::RosterXlsxExport::write(context.database(), context.actor(), month, out));
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Roster of %1 (%n shift(s)) written to %2.",
                                                nullptr, shifts)
                        .arg(month.toString(QStringLiteral("yyyy-MM")), QDir::toNativeSeparators(out)));
    return Success;
}

int rosterTemplates(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::RosterService service(context.database());
    const QString set = arguments.choice(QStringLiteral("set"),
                                         QCoreApplication::translate("jinglao::cli", "Shift template set"),
                                         {QStringLiteral("three"), QStringLiteral("two")}, QString());
    if (set == QStringLiteral("three"))
        service.chooseTemplateSet(context.actor(), core::RosterService::TemplateSet::ThreeShifts);
    else if (set == QStringLiteral("two"))
        service.chooseTemplateSet(context.actor(), core::RosterService::TemplateSet::TwoShifts);
    Listing listing({{QStringLiteral("code"), QCoreApplication::translate("jinglao::cli", "Code")},
                     {QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Shift")},
                     {QStringLiteral("start"), QCoreApplication::translate("jinglao::cli", "Start")},
                     {QStringLiteral("end"), QCoreApplication::translate("jinglao::cli", "End")},
                     {QStringLiteral("min_caregivers"),
                      QCoreApplication::translate("jinglao::cli", "Minimum caregivers")}});
    for (const core::ShiftTemplate& t : service.templates(context.actor()))
        listing.addRow({t.code, t.label(), t.start.toString(QStringLiteral("HH:mm")),
                        t.end.toString(QStringLiteral("HH:mm")), QString::number(t.minCaregivers)});
    listing.print(arguments.format());
    return Success;
}

int rosterNorm(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 1);
    core::RosterService service(context.database());
    if (arguments.positional().size() == 1) {
        const QString code = arguments.positional().constFirst();
        const std::optional<core::MonthlyNorm> norm = core::monthlyNormCodes().fromCode(code);
        if (!norm)
            throw core::Error::validation(
                QCoreApplication::translate("jinglao::cli", "Monthly norm"), code,
                QCoreApplication::translate("jinglao::cli", "must be statutory or weekdays."));
        service.setMonthlyNorm(context.actor(), *norm);
    }
    const core::MonthlyNorm norm = service.monthlyNorm();
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Overtime is counted above %1 (%2).")
                        .arg(core::monthlyNormCodes().label(norm), core::monthlyNormCodes().code(norm)));
    return Success;
}

int rosterTarget(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 1);
    core::RosterService service(context.database());
    if (arguments.positional().size() == 1) {
        const QString text = arguments.positional().constFirst();
        if (text == QLatin1String("none")) {
            service.setCaregiverTarget(context.actor(), std::nullopt);
        } else {
            bool ok = false;
            const double target = text.toDouble(&ok);
            if (!ok)
                throw core::Error::validation(
                    core::RosterService::caregiverTargetLabel(), text,
                    QCoreApplication::translate("jinglao::cli", "must be a number such as 4.5, or none."));
            service.setCaregiverTarget(context.actor(), target);
        }
    }
    const std::optional<double> target = service.caregiverTarget();
    CliContext::out(
        target
            ? QCoreApplication::translate("jinglao::cli", "Target: at most %1 residents per caregiver (%2).")
                  .arg(QString::number(*target, 'f', 1), core::StaffingIndicators::ratioText(target))
            : QCoreApplication::translate("jinglao::cli", "No target of residents per caregiver is set."));
    return Success;
}

} // namespace

QList<Command> rosterCommands()
{
    const QCommandLineOption month(QStringLiteral("month"), QString(), QStringLiteral("MONTH"));
    return {
        {QStringLiteral("roster-templates"),
         QStringLiteral("[--set three|two]"),
         QCoreApplication::translate(
             "jinglao::cli", "List the shift templates, or choose the three-shift or 12-hour two-shift set."),
         {QCommandLineOption(QStringLiteral("set"), QString(), QStringLiteral("SET"))},
         rosterTemplates,
         true},
        {QStringLiteral("roster-norm"),
         QStringLiteral("[statutory|weekdays]"),
         QCoreApplication::translate(
             "jinglao::cli", "Show or choose the monthly norm overtime is counted against: the statutory "
                             "174 hours (default) or 8 hours per weekday."),
         {},
         rosterNorm},
        {QStringLiteral("roster-target"),
         QStringLiteral("[NUMBER|none]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Show, set or clear the center's target of residents per caregiver "
                                     "(the monthly report and the alerts compare with it)."),
         {},
         rosterTarget},
        {QStringLiteral("roster-warnings"),
         QStringLiteral("[--month YYYY-MM]"),
         QCoreApplication::translate("jinglao::cli",
                                     "List the labour-law and staffing warnings of a month's roster."),
         {month},
         rosterWarnings,
         true},
        {QStringLiteral("roster-export"),
         QStringLiteral("--out FILE.xlsx [--month YYYY-MM]"),
         QCoreApplication::translate("jinglao::cli", "Export a month's roster as an XLSX workbook."),
         {QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE")), month},
         rosterExport},
    };
}

} // namespace jinglao::cli
