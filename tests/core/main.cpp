// Catch2 main for core tests: a QCoreApplication, English messages unless a test installs zh_CN.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jinglao-tests"));
    return Catch::Session().run(argc, argv);
}
