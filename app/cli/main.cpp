// jinglao-cli: the command line over the same core services as the GUI.
// Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]

#include "CliContext.h"
#include "CommandLine.h"
#include "storage/FileSystem.h"

#include <QApplication>
#include <QCoreApplication>

#include <memory>

namespace {

// A command that paints a document (report --format pdf, or an --out FILE.pdf) needs fonts and Qt
// Charts, so a QApplication on the offscreen platform (it never shows a window); every other
// command runs without any display library.
bool paintsDocument(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument = QByteArray(argv[i]).toLower();
        if (argument == "pdf" || argument.endsWith("=pdf") || argument.endsWith(".pdf"))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    jinglao::core::filesystem::failOversizeWritesInsteadOfDying();
    std::unique_ptr<QCoreApplication> application;
    if (paintsDocument(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("jinglao"));
    QCoreApplication::setOrganizationName(QStringLiteral("jinglao"));
    QCoreApplication::setApplicationVersion(QStringLiteral(JINGLAO_VERSION));
    return jinglao::cli::runCommandLine(QCoreApplication::arguments().mid(1), [] {
        return jinglao::cli::commandGroups(jinglao::core::ModuleSet::standard());
    });
}
