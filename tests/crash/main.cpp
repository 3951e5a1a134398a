// Catch2 main for the crash tests: they start the real programs and kill them part-way.
#define CATCH_CONFIG_RUNNER
#include <QCoreApplication>

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("jinglao-crash-tests"));
    return Catch::Session().run(argc, argv);
}
