#include "CommandLine.h"

#include "CliContext.h"
#include "ExitCode.h"
#include "common/DateText.h"
#include "common/Error.h"
#include "i18n/Translations.h"
#include "storage/Database.h"

#include <algorithm>

namespace jinglao::cli {

namespace {

QString synopsis(const Command& command)
{
    QStringList parts{command.name};
    if (!command.usage.isEmpty())
        parts << command.usage;
    if (command.listing)
        parts << QStringLiteral("[--format text|tsv|csv|json]");
    return parts.join(QLatin1Char(' '));
}

QString globalUsage()
{
    return QCoreApplication::translate(
        "jinglao::cli", "Usage: jinglao-cli [--db FILE] [--lang zh_CN|en] COMMAND [ARGUMENTS]");
}

QString help(const QList<CommandGroup>& groups)
{
    QStringList lines{
        globalUsage(),
        QString(),
        QCoreApplication::translate("jinglao::cli", "Global options, accepted anywhere on the line:"),
        QCoreApplication::translate("jinglao::cli", "  --db FILE         the database (default: %1)")
            .arg(core::Database::defaultPath()),
        QCoreApplication::translate("jinglao::cli",
                                    "  --lang zh_CN|en   the language of messages and listings"),
        QCoreApplication::translate("jinglao::cli",
                                    "  --help            this help; COMMAND --help for one command"),
        QCoreApplication::translate("jinglao::cli", "  --version         the program and schema version"),
    };
    // Each module's commands under its title: "Residents and beds:" …
    for (const CommandGroup& group : groups) {
        //: A heading in the help: the module's title and a colon (full-width in Chinese).
        lines << QString() << QCoreApplication::translate("jinglao::cli", "%1:").arg(group.title);
        for (const Command& command : group.commands)
            lines << QStringLiteral("  %1\n      %2").arg(synopsis(command), command.summary);
    }
    lines << QString()
          << QCoreApplication::translate("jinglao::cli", "Exit codes: 0 success, 1 usage error, 2 input "
                                                         "refused by a rule, 3 database or file failure.");
    return lines.join(QLatin1Char('\n'));
}

QString commandHelp(const Command& command)
{
    const QString help = QStringLiteral("%1\n%2").arg(
        QCoreApplication::translate("jinglao::cli", "Usage: jinglao-cli %1").arg(synopsis(command)),
        command.summary);
    return command.details ? help + QStringLiteral("\n\n") + command.details() : help;
}

QString versionText()
{
    return QStringLiteral("jinglao-cli %1 (schema %2)")
        .arg(QStringLiteral(JINGLAO_VERSION))
        .arg(core::Database::latestSchemaVersion());
}

const QStringList& valueTakingGlobals()
{
    static const QStringList names{QStringLiteral("--db"), QStringLiteral("--lang")};
    return names;
}

// The command's name: the first word that is neither a global option nor a global option's value.
// Returns an empty string when there is none.
QString findCommandName(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& word = arguments.at(i);
        if (word == QStringLiteral("--"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (valueTakingGlobals().contains(word)) {
            ++i;
            continue;
        }
        if (!word.startsWith(QLatin1Char('-')))
            return word;
    }
    return {};
}

// The --lang value, read before the real parse so that its messages are in that language.
QString findLanguage(const QStringList& arguments)
{
    QString language;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QStringLiteral("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QStringLiteral("--lang=")))
            language = arguments.at(i).mid(7);
    }
    return language;
}

const Command* findCommand(const QList<Command>& commands, const QString& name)
{
    const auto found = std::find_if(commands.cbegin(), commands.cend(),
                                    [&](const Command& command) { return command.name == name; });
    return found == commands.cend() ? nullptr : &*found;
}

int usageFailure(const QString& message, const QString& usage)
{
    CliContext::err(message);
    CliContext::err(usage);
    return UsageError;
}

} // namespace

Arguments::Arguments(const QCommandLineParser& parser)
    : m_parser(parser)
    , m_positional(parser.positionalArguments().mid(1))
{}

void Arguments::expectPositional(qsizetype min, qsizetype max) const
{
    if (m_positional.size() < min)
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "An argument is missing."));
    if (m_positional.size() > max)
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "Unexpected argument %1.").arg(m_positional.at(max)));
}

QDate Arguments::parseDate(const QString& text, const QString& field)
{
    if (const std::optional<QDate> date = core::datetext::isoDate(text))
        return *date;
    throw core::Error::validation(
        field, text, QCoreApplication::translate("jinglao::cli", "is not a date; write it as 2026-11-02."));
}

QDate Arguments::parseMonth(const QString& text, const QString& field)
{
    if (const std::optional<QDate> first = core::datetext::isoMonth(text))
        return *first;
    throw core::Error::validation(
        field, text, QCoreApplication::translate("jinglao::cli", "is not a month; write it as 2026-11."));
}

qint64 Arguments::parseInteger(const QString& text, const QString& field, qint64 low, qint64 high)
{
    bool ok = false;
    const qint64 number = text.toLongLong(&ok);
    if (!ok)
        throw core::Error::validation(field, text,
                                      QCoreApplication::translate("jinglao::cli", "is not a whole number."));
    if (number < low || number > high)
        throw core::Error::validation(
            field, text,
            QCoreApplication::translate("jinglao::cli", "must be between %1 and %2.").arg(low).arg(high));
    return number;
}

QDate Arguments::date(const QString& option, const QString& field, const QDate& fallback) const
{
    return isSet(option) ? parseDate(value(option), field) : fallback;
}

QDate Arguments::month(const QString& option, const QString& field, const QDate& fallback) const
{
    return isSet(option) ? parseMonth(value(option), field) : fallback;
}

qint64 Arguments::integer(const QString& option, const QString& field, qint64 low, qint64 high,
                          qint64 fallback) const
{
    return isSet(option) ? parseInteger(value(option), field, low, high) : fallback;
}

QString Arguments::choice(const QString& option, const QString& field, const QStringList& allowed,
                          const QString& fallback) const
{
    if (!isSet(option))
        return fallback;
    const QString chosen = value(option);
    if (!allowed.contains(chosen))
        throw core::Error::validation(field, chosen,
                                      QCoreApplication::translate("jinglao::cli", "must be one of %1.")
                                          .arg(allowed.join(QStringLiteral(", "))));
    return chosen;
}

OutputFormat Arguments::format() const
{
    if (!m_parser.isSet(QStringLiteral("format")))
        return OutputFormat::Text;
    const QString chosen =
        choice(QStringLiteral("format"), QCoreApplication::translate("jinglao::cli", "Format"),
               {QStringLiteral("text"), QStringLiteral("tsv"), QStringLiteral("csv"), QStringLiteral("json")},
               QStringLiteral("text"));
    if (chosen == QStringLiteral("tsv"))
        return OutputFormat::Tsv;
    if (chosen == QStringLiteral("csv"))
        return OutputFormat::Csv;
    if (chosen == QStringLiteral("json"))
        return OutputFormat::Json;
    return OutputFormat::Text;
}

QCommandLineOption formatOption()
{
    return QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT"));
}

int runCommandLine(const QStringList& arguments, const std::function<QList<CommandGroup>()>& listGroups)
{
    const QString language = findLanguage(arguments);
    QString problem;
    if (!core::translations::install(language.isEmpty() ? core::translations::defaultLanguage() : language,
                                     &problem)) {
        core::translations::install(QStringLiteral("en"));
        CliContext::err(problem);
        return UsageError;
    }

    const QList<CommandGroup> groups = listGroups();
    QList<Command> commands;
    for (const CommandGroup& group : groups)
        commands += group.commands;

    const QString name = findCommandName(arguments);
    const Command* command = findCommand(commands, name);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption dbOption(QStringLiteral("db"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringLiteral("version"));
    parser.addOptions({dbOption, langOption, helpOption, versionOption});
    if (command) {
        parser.addOptions(command->options);
        if (command->listing)
            parser.addOption(formatOption());
    }
    const QString usage =
        command ? QCoreApplication::translate("jinglao::cli", "Usage: jinglao-cli %1").arg(synopsis(*command))
                : globalUsage();
    // QCommandLineParser takes the program's name first.
    if (!parser.parse(QStringList{QStringLiteral("jinglao-cli")} + arguments)) {
        const QStringList unknown = parser.unknownOptionNames();
        return usageFailure(
            unknown.isEmpty()
                ? parser.errorText()
                : QCoreApplication::translate("jinglao::cli", "Unknown option %1.")
                      .arg((unknown.constFirst().size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) +
                           unknown.constFirst()),
            usage);
    }
    if (parser.isSet(versionOption)) {
        CliContext::out(versionText());
        return Success;
    }
    if (name.isEmpty() || name == QStringLiteral("help")) {
        if (name.isEmpty() && !parser.isSet(helpOption))
            return usageFailure(QCoreApplication::translate("jinglao::cli", "No command given."),
                                help(groups));
        const QStringList rest = parser.positionalArguments().mid(1);
        const Command* about = rest.isEmpty() ? nullptr : findCommand(commands, rest.constFirst());
        CliContext::out(about ? commandHelp(*about) : help(groups));
        return Success;
    }
    if (!command)
        return usageFailure(QCoreApplication::translate("jinglao::cli", "Unknown command %1.").arg(name),
                            help(groups));
    if (parser.isSet(helpOption)) {
        CliContext::out(commandHelp(*command));
        return Success;
    }

    // An empty --db is refused when the database is opened, never taken as the default file.
    CliContext context(parser.isSet(dbOption) ? parser.value(dbOption) : core::Database::defaultPath());
    try {
        const Arguments given(parser);
        if (command->listing)
            given.format(); // a bad --format is refused before any work
        return command->run(context, given);
    } catch (const CommandLineError& error) {
        return usageFailure(error.message(), usage);
    } catch (const core::Error& error) {
        CliContext::err(error.message());
        return error.kind() == core::Error::Kind::Storage ? StorageFailure : InputRefused;
    }
}

} // namespace jinglao::cli
