// Every module has its commands, listed under its title in the help, in Chinese with --lang zh_CN.

#include "CliRunner.h"
#include "modules/ModuleSet.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("Every module's commands are listed under its title, translated", "[cli][modules]")
{
    const testing::CliRun english =
        testing::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help")});
    const testing::CliRun chinese =
        testing::runCli({QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("help")});
    REQUIRE(english.exitCode == 0);
    REQUIRE(chinese.exitCode == 0);
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const core::ModuleSet modules = core::ModuleSet::standard();
    for (const auto& module : modules.modules()) {
        INFO("module " << module->id().toStdString());
        // "Residents and beds:" then at least one command line.
        const QRegularExpression group(
            QStringLiteral("\\n%1:\\n  [a-z]").arg(QRegularExpression::escape(module->title())));
        CHECK(english.out.contains(group));
    }
    // Every title and summary has its Chinese text: no English sentence is left in the help.
    for (const QString& line : chinese.out.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("      ")) || line.endsWith(QLatin1Char(':')) ||
            line.endsWith(QChar(0xFF1A))) {
            INFO(line.toStdString());
            CHECK(line.contains(han));
        }
    }
}
