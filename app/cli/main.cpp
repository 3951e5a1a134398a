// jinglao-cli: the command line over the same core services as the GUI.
// Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]

#include "CliContext.h"
#include "CommandLine.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jinglao"));
    QCoreApplication::setOrganizationName(QStringLiteral("jinglao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JINGLAO_VERSION));
    return jinglao::cli::runCommandLine(QCoreApplication::arguments().mid(1), [] {
        return jinglao::cli::commandGroups(jinglao::core::ModuleSet::standard());
    });
}
