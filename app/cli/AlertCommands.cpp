// alerts: what needs attention today, gathered from every module (Module::alerts).

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Clock.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

Listing::Cell severity(core::Alert::Severity level)
{
    switch (level) {
    case core::Alert::Severity::Critical:
        return {QCoreApplication::translate("jinglao::cli", "urgent"), QStringLiteral("CRITICAL")};
    case core::Alert::Severity::Warning:
        return {QCoreApplication::translate("jinglao::cli", "soon"), QStringLiteral("WARNING")};
    case core::Alert::Severity::Info:
        break;
    }
    return {QCoreApplication::translate("jinglao::cli", "note"), QStringLiteral("INFO")};
}

int alerts(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const core::ModuleSet& modules = context.modules();
    Listing listing(
        {{QStringLiteral("severity"), QCoreApplication::translate("jinglao::cli", "Urgency")},
         {QStringLiteral("module"), QCoreApplication::translate("jinglao::cli", "Module")},
         {QStringLiteral("alert"), QCoreApplication::translate("jinglao::cli", "Alert")},
         {QStringLiteral("record_table"), QCoreApplication::translate("jinglao::cli", "Record")},
         {QStringLiteral("record_uid"), QCoreApplication::translate("jinglao::cli", "Record uid")}});
    for (const core::Alert& alert :
         modules.alerts(context.database(), context.actor(), core::Clock::today())) {
        const core::Module* module = modules.find(alert.module);
        listing.addRow({severity(alert.severity),
                        {module ? module->title() : alert.module, alert.module},
                        alert.text,
                        alert.record.table,
                        alert.record.uid});
    }
    listing.print(arguments.format());
    return Success;
}

} // namespace

QList<Command> alertCommands()
{
    return {
        {QStringLiteral("alerts"),
         QString(),
         QCoreApplication::translate(
             "jinglao::cli", "List what needs attention today, from every module (most urgent first)."),
         {},
         alerts,
         true},
    };
}

} // namespace jinglao::cli
