// One rule for every command: 1 for an unknown command or option or a missing value, 2 for a value
// refused (named with its field), 3 for a file or database failure; global options anywhere;
// help and listings on standard output, listings with a header row and machine formats.

#include "CliRunner.h"
#include "TempDatabase.h"
#include "storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

// A closed, current database.
QString database(testing::TempDatabase& temp)
{
    temp.close();
    return temp.path();
}

// The commands whose synopsis in the help offers --format.
QStringList listingCommands()
{
    const testing::CliRun help =
        testing::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("help")});
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)[^\\n]*--format text"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help.out); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

TEST_CASE("help, --help and --version print to standard output and exit 0", "[cli]")
{
    const testing::CliRun help = testing::runCli({QStringLiteral("help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("roster-export")));
    CHECK(help.err.isEmpty());
    CHECK(testing::runCli({QStringLiteral("--help")}).out == help.out);
    const testing::CliRun one = testing::runCli({QStringLiteral("backup"), QStringLiteral("--help")});
    CHECK(one.exitCode == 0);
    CHECK(one.out.contains(QStringLiteral("backup --out FILE")));
    const testing::CliRun version = testing::runCli({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out == QStringLiteral("jinglao-cli %1 (schema %2)\n")
                             .arg(QStringLiteral(JINGLAO_VERSION))
                             .arg(core::Database::latestSchemaVersion()));
    CHECK(testing::runCli({QStringLiteral("version")}).out == version.out);
}

TEST_CASE("Global options are accepted before and after the command", "[cli]")
{
    testing::TempDatabase temp;
    const QString db = database(temp);
    const testing::CliRun after = testing::runCli({QStringLiteral("check"), QStringLiteral("--db"), db,
                                                   QStringLiteral("--lang"), QStringLiteral("zh_CN")});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("未发现问题")));
    const testing::CliRun between = testing::runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                                                     QStringLiteral("check"), QStringLiteral("--db"), db});
    CHECK(between.exitCode == 0);
}

TEST_CASE("An unknown command, an unknown option or a missing value exits with 1", "[cli]")
{
    testing::TempDatabase temp;
    const QString db = database(temp);
    const auto exitOf = [&](const QStringList& arguments) {
        return testing::runCliOn(db, arguments).exitCode;
    };
    CHECK(exitOf({QStringLiteral("no-such-command")}) == 1);
    CHECK(exitOf({}) == 1);
    for (const QString& command :
         {QStringLiteral("check"), QStringLiteral("occupancy"), QStringLiteral("roster-warnings"),
          QStringLiteral("assessments-due"), QStringLiteral("demo")}) {
        INFO(command.toStdString());
        const testing::CliRun unknown = testing::runCliOn(db, {command, QStringLiteral("--bogus")});
        CHECK(unknown.exitCode == 1);
        CHECK(unknown.err.contains(QStringLiteral("--bogus")));
    }
    CHECK(exitOf({QStringLiteral("backup")}) == 1);
    CHECK(exitOf({QStringLiteral("backup"), QStringLiteral("--out")}) == 1);
    CHECK(exitOf({QStringLiteral("roster-export"), QStringLiteral("--month")}) == 1);
    CHECK(exitOf({QStringLiteral("occupancy"), QStringLiteral("--date")}) == 1);
    CHECK(exitOf({QStringLiteral("check"), QStringLiteral("extra")}) == 1);
    CHECK(testing::runCli({QStringLiteral("--db")}).exitCode == 1);
}

TEST_CASE("A malformed or out-of-range value exits with 2 and names the field and the value", "[cli]")
{
    testing::TempDatabase temp;
    const QString db = database(temp);
    struct Case {
        QStringList arguments;
        QString field;
        QString value;
    };
    const QList<Case> cases{
        {{QStringLiteral("occupancy"), QStringLiteral("--date"), QStringLiteral("2026-02-30")},
         QStringLiteral("Date"),
         QStringLiteral("2026-02-30")},
        {{QStringLiteral("assessments-due"), QStringLiteral("--date"), QStringLiteral("abcd-ef-gh")},
         QStringLiteral("Date"),
         QStringLiteral("abcd-ef-gh")},
        {{QStringLiteral("roster-warnings"), QStringLiteral("--month"), QStringLiteral("2026-13")},
         QStringLiteral("Month"),
         QStringLiteral("2026-13")},
        {{QStringLiteral("roster-export"), QStringLiteral("--out"), temp.dir() + QStringLiteral("/r.xlsx"),
          QStringLiteral("--month"), QStringLiteral("26-1")},
         QStringLiteral("Month"),
         QStringLiteral("26-1")},
        {{QStringLiteral("roster-templates"), QStringLiteral("--set"), QStringLiteral("four")},
         QStringLiteral("Shift template set"),
         QStringLiteral("four")},
        {{QStringLiteral("user"), QStringLiteral("role"), QStringLiteral("x"), QStringLiteral("--role"),
          QStringLiteral("boss")},
         QStringLiteral("Role"),
         QStringLiteral("boss")},
        {{QStringLiteral("check"), QStringLiteral("--format"), QStringLiteral("xml")},
         QStringLiteral("Format"),
         QStringLiteral("xml")},
        {{QStringLiteral("assessment-interval"), QStringLiteral("often")},
         QStringLiteral("Re-assessment interval"),
         QStringLiteral("often")},
        {{QStringLiteral("demo"), QStringLiteral("--until"), QStringLiteral("2026-06-31")},
         QStringLiteral("Last day of the history"),
         QStringLiteral("2026-06-31")},
    };
    for (const Case& c : cases) {
        INFO(c.arguments.join(QLatin1Char(' ')).toStdString());
        const testing::CliRun run = testing::runCliOn(db, c.arguments);
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(c.field));
        CHECK(run.err.contains(c.value));
    }
}

TEST_CASE("A long value is named by its start, not echoed whole", "[cli]")
{
    testing::TempDatabase temp;
    const QString pasted = QStringLiteral("这是一段很长的文字").repeated(40);
    const testing::CliRun run =
        testing::runCliOn(database(temp), {QStringLiteral("occupancy"), QStringLiteral("--date"), pasted});
    CHECK(run.exitCode == 2);
    CHECK_FALSE(run.err.contains(pasted));
    CHECK(run.err.contains(pasted.left(40)));
    CHECK(run.err.size() < 200);
}

TEST_CASE("Every listing prints a header row, and tsv, csv and json for programs", "[cli]")
{
    testing::TempDatabase temp;
    const QString db = database(temp);
    const QStringList listings = listingCommands();
    REQUIRE(listings.size() >= 6);
    for (const QString& command : listings) {
        INFO(command.toStdString());
        QStringList arguments{command};
        if (command == QStringLiteral("user"))
            arguments << QStringLiteral("list");
        const testing::CliRun text = testing::runCliOn(db, arguments);
        REQUIRE(text.exitCode == 0);
        const testing::CliRun tsv =
            testing::runCliOn(db, arguments + QStringList{QStringLiteral("--format"), QStringLiteral("tsv")});
        const testing::CliRun csv =
            testing::runCliOn(db, arguments + QStringList{QStringLiteral("--format"), QStringLiteral("csv")});
        const testing::CliRun json = testing::runCliOn(
            db, arguments + QStringList{QStringLiteral("--format"), QStringLiteral("json")});
        if (command == QStringLiteral("check")) {
            // Clean: nothing to list, and it says so.
            CHECK(text.out.contains(QStringLiteral("No problems found")));
            continue;
        }
        const QString textHeader = text.out.section(QLatin1Char('\n'), 0, 0);
        const QString keys = tsv.out.section(QLatin1Char('\n'), 0, 0);
        CHECK_FALSE(textHeader.isEmpty());
        CHECK(keys.contains(QRegularExpression(QStringLiteral("^[a-z_]+(\\t[a-z_]+)*$"))));
        CHECK(csv.out.section(QStringLiteral("\r\n"), 0, 0) ==
              QString(keys).replace(QLatin1Char('\t'), QLatin1Char(',')));
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(json.out.toUtf8(), &error);
        CHECK(error.error == QJsonParseError::NoError);
        CHECK(document.isArray());
    }
}
