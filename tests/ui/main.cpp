// Catch2 main for UI tests: a QApplication on the offscreen platform, dialogs answered by tests.
#define CATCH_CONFIG_RUNNER
#include <QApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("jinglao-ui-tests"));
    return Catch::Session().run(argc, argv);
}
