// version, init, check, backup, restore: the commands about the database file itself.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "checks/HealthCheck.h"
#include "storage/BackupService.h"
#include "storage/RestoreService.h"

#include <QCoreApplication>
#include <QDir>

#include <algorithm>

namespace jinglao::cli {

namespace {

int version(CliContext&, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    CliContext::out(QStringLiteral("jinglao-cli %1 (schema %2)")
                        .arg(QStringLiteral(JINGLAO_VERSION))
                        .arg(core::Database::latestSchemaVersion()));
    return Success;
}

int init(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    core::Database& db = context.database(core::Database::OpenMode::CreateIfMissing);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Database %1 is ready at schema version %2.")
                        .arg(QDir::toNativeSeparators(db.path()))
                        .arg(db.schemaVersion()));
    return Success;
}

int check(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    const QList<core::HealthCheck::Finding> findings = core::HealthCheck(context.database()).run();
    if (findings.isEmpty()) {
        CliContext::out(QCoreApplication::translate("jinglao::cli", "No problems found."));
        return Success;
    }
    Listing listing({{QStringLiteral("check"), QCoreApplication::translate("jinglao::cli", "Check")},
                     {QStringLiteral("problem"), QCoreApplication::translate("jinglao::cli", "Problem")}});
    for (const core::HealthCheck::Finding& finding : findings)
        listing.addRow({finding.check, finding.message});
    listing.print(arguments.format());
    const int problems = core::HealthCheck::problemCount(findings);
    CliContext::err(QCoreApplication::translate("jinglao::cli", "%n problem(s) found.", nullptr, problems));
    const bool damaged =
        std::any_of(findings.cbegin(), findings.cend(),
                    [](const core::HealthCheck::Finding& finding) { return finding.damage; });
    return damaged ? StorageFailure : InputRefused;
}

int backup(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--out FILE is needed."));
    const core::BackupService::Result result =
        core::BackupService(context.database())
            .backup(context.actor(), arguments.value(QStringLiteral("out")));
    CliContext::out(QCoreApplication::translate("jinglao::cli", "Backup written and checked: %1 (%2 bytes).")
                        .arg(QDir::toNativeSeparators(result.path))
                        .arg(result.bytes));
    if (!result.recorded)
        CliContext::err(QCoreApplication::translate("jinglao::cli",
                                                    "The database is read-only, so the time of this backup "
                                                    "could not be recorded in it."));
    return Success;
}

int restore(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("from")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--from FILE is needed."));
    // The database is not opened here: the restore needs it closed.
    const core::RestoreService::Result result = core::RestoreService::restore(
        context.actor(), context.databasePath(), arguments.value(QStringLiteral("from")));
    CliContext::out(QCoreApplication::translate("jinglao::cli", "The database %1 was restored from %2.")
                        .arg(QDir::toNativeSeparators(context.databasePath()),
                             QDir::toNativeSeparators(result.restoredFrom)));
    CliContext::out(
        result.previousWasDamaged
            ? QCoreApplication::translate("jinglao::cli", "The damaged file was kept as %1.")
                  .arg(QDir::toNativeSeparators(result.previousKeptAs))
            : QCoreApplication::translate("jinglao::cli", "The database as it was is backed up in %1.")
                  .arg(QDir::toNativeSeparators(result.previousKeptAs)));
    return Success;
}

} // namespace

QList<Command> storageCommands()
{
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption from(QStringLiteral("from"), QString(), QStringLiteral("FILE"));
    return {
        {QStringLiteral("version"),
         QString(),
         QCoreApplication::translate("jinglao::cli", "Print the program version."),
         {},
         version},
        {QStringLiteral("init"),
         QString(),
         QCoreApplication::translate("jinglao::cli",
                                     "Create the database, or upgrade it to this program's schema."),
         {},
         init},
        {QStringLiteral("check"),
         QString(),
         QCoreApplication::translate("jinglao::cli", "Check the database's integrity, references and rules."),
         {},
         check,
         true},
        {QStringLiteral("backup"),
         QStringLiteral("--out FILE"),
         QCoreApplication::translate("jinglao::cli", "Write a checked copy of the database to FILE."),
         {out},
         backup},
        {QStringLiteral("restore"),
         QStringLiteral("--from FILE"),
         QCoreApplication::translate(
             "jinglao::cli", "Replace the database with the backup FILE, after checking it and backing up "
                             "the database as it is (other programs using the database must be closed)."),
         {from},
         restore},
    };
}

} // namespace jinglao::cli
