// version, init, check, backup: the commands about the database file itself.

#include "CliContext.h"
#include "ExitCode.h"
#include "checks/HealthCheck.h"
#include "storage/BackupService.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

int version(CliContext&, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return UsageError;
    CliContext::out(QStringLiteral("jinglao-cli %1 (schema %2)")
                        .arg(QStringLiteral(JINGLAO_VERSION))
                        .arg(core::Database::latestSchemaVersion()));
    return Success;
}

int init(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return UsageError;
    core::Database& db = context.database();
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Database %1 is ready at schema version %2.")
                        .arg(QDir::toNativeSeparators(db.path()))
                        .arg(db.schemaVersion()));
    return Success;
}

int check(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return UsageError;
    const QList<core::HealthCheck::Finding> findings = core::HealthCheck(context.database()).run();
    for (const core::HealthCheck::Finding& finding : findings)
        CliContext::err(QStringLiteral("[%1] %2").arg(finding.check, finding.message));
    if (!findings.isEmpty()) {
        const int problems = core::HealthCheck::problemCount(findings);
        CliContext::err(
            QCoreApplication::translate("jinglao::cli", "%n problem(s) found.", nullptr, problems));
        return InputRefused;
    }
    CliContext::out(QCoreApplication::translate("jinglao::cli", "No problems found."));
    return Success;
}

int backup(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 2 || arguments.at(0) != QStringLiteral("--out"))
        return UsageError;
    const core::BackupService::Result result =
        core::BackupService(context.database()).backup(context.actor(), arguments.at(1));
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Backup written and checked: %1 (%2 bytes).")
                        .arg(QDir::toNativeSeparators(result.path))
                        .arg(result.bytes));
    return Success;
}

} // namespace

QList<Command> storageCommands()
{
    return {
        {QStringLiteral("version"), QString(),
         QCoreApplication::translate("jinglao::cli", "Print the program version."), version},
        {QStringLiteral("init"), QString(),
         QCoreApplication::translate("jinglao::cli",
                                     "Create the database, or upgrade it to this program's schema."),
         init},
        {QStringLiteral("check"), QString(),
         QCoreApplication::translate("jinglao::cli", "Check the database's integrity, references and rules."),
         check},
        {QStringLiteral("backup"), QStringLiteral("--out FILE"),
         QCoreApplication::translate("jinglao::cli", "Write a checked copy of the database to FILE."),
         backup},
    };
}

} // namespace jinglao::cli
