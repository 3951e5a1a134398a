// jinglao-cli: the command line over the same core services as the GUI.
// Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]

#include "CliContext.h"
#include "ExitCode.h"
#include "common/Error.h"
#include "i18n/Translations.h"

#include <QCoreApplication>

using namespace jinglao;

namespace {

void printUsage()
{
    cli::CliContext::err(QCoreApplication::translate(
        "jinglao::cli", "Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]"));
    cli::CliContext::err(QCoreApplication::translate("jinglao::cli", "Commands:"));
    for (const cli::Command& command : cli::allCommands()) {
        const QString synopsis = (command.name + QLatin1Char(' ') + command.usage).trimmed();
        cli::CliContext::err(QStringLiteral("  %1\n      %2").arg(synopsis, command.summary));
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jinglao"));
    QCoreApplication::setOrganizationName(QStringLiteral("jinglao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JINGLAO_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    QString databasePath;
    bool databaseGiven = false;
    QString language;
    while (!arguments.isEmpty() && arguments.constFirst().startsWith(QStringLiteral("--"))) {
        const QString option = arguments.takeFirst();
        if ((option == QStringLiteral("--db") || option == QStringLiteral("--lang")) &&
            !arguments.isEmpty()) {
            (option == QStringLiteral("--db") ? databasePath : language) = arguments.takeFirst();
            databaseGiven = databaseGiven || option == QStringLiteral("--db");
        } else if (option == QStringLiteral("--help")) {
            core::translations::install(language.isEmpty() ? core::translations::defaultLanguage()
                                                           : language);
            printUsage();
            return cli::Success;
        } else {
            core::translations::install(core::translations::defaultLanguage());
            cli::CliContext::err(
                QCoreApplication::translate("jinglao::cli", "Unknown option %1.").arg(option));
            printUsage();
            return cli::UsageError;
        }
    }
    QString problem;
    if (!core::translations::install(language.isEmpty() ? core::translations::defaultLanguage() : language,
                                     &problem)) {
        cli::CliContext::err(problem);
        return cli::UsageError;
    }
    if (arguments.isEmpty()) {
        printUsage();
        return cli::UsageError;
    }

    const QString name = arguments.takeFirst();
    if (name == QStringLiteral("help")) {
        printUsage();
        return cli::Success;
    }
    for (const cli::Command& command : cli::allCommands()) {
        if (command.name != name)
            continue;
        // An empty --db is refused when the database is opened, never taken as the default file.
        cli::CliContext context(databaseGiven ? databasePath : core::Database::defaultPath());
        try {
            const int code = command.run(context, arguments);
            if (code == cli::UsageError)
                cli::CliContext::err(QCoreApplication::translate("jinglao::cli", "Usage: jinglao-cli %1 %2")
                                         .arg(command.name, command.usage)
                                         .trimmed());
            return code;
        } catch (const core::Error& error) {
            cli::CliContext::err(error.message());
            return error.kind() == core::Error::Kind::Storage ? cli::StorageFailure : cli::InputRefused;
        }
    }
    cli::CliContext::err(QCoreApplication::translate("jinglao::cli", "Unknown command %1.").arg(name));
    printUsage();
    return cli::UsageError;
}
