// jinglao: the desktop program. Everything but argument handling lives in jinglao_ui.

#include "mainwindow/GuiApplication.h"
#include "storage/FileSystem.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    jinglao::core::filesystem::failOversizeWritesInsteadOfDying();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jinglao"));
    QApplication::setOrganizationName(QStringLiteral("jinglao"));
    QApplication::setApplicationVersion(QStringLiteral(JINGLAO_VERSION));

    jinglao::ui::GuiOptions options;
    QString problem;
    if (!jinglao::ui::parseGuiArguments(QApplication::arguments(), &options, &problem)) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(problem));
        const bool informational =
            problem.startsWith(QStringLiteral("jinglao ")) || problem.contains(QStringLiteral("Usage:"));
        return informational ? 0 : 1;
    }
    return jinglao::ui::runGui(options);
}
