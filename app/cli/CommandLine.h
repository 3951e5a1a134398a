#pragma once
// One parser for every jinglao-cli command: the global options (--db, --lang, --help, --version)
// anywhere on the line, each command's own options declared with it, and one exit-code rule —
// 1 for an unknown command or option or a missing value, 2 for a value refused (named with its
// field), 3 for a file or database failure.

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <stdexcept>

namespace jinglao::cli {

class CliContext;

// The command line is wrong (exit 1): an unknown option, a missing value or argument.
class CommandLineError : public std::runtime_error {
public:
    explicit CommandLineError(const QString& message)
        : std::runtime_error(message.toStdString())
        , m_message(message)
    {}
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

// How a listing is printed: text for people (translated header and labels, tab-separated), or
// tsv, csv and json for programs (stable keys and codes).
enum class OutputFormat { Text, Tsv, Csv, Json };

// What a command receives: its options and positional arguments, with typed readers that refuse
// a bad value with core::Error::validation naming the field and the value (exit 2).
class Arguments {
public:
    explicit Arguments(const QCommandLineParser& parser);

    bool isSet(const QString& option) const { return m_parser.isSet(option); }
    QString value(const QString& option) const { return m_parser.value(option); }
    // Every value of an option given more than once (--map A=x --map B=y).
    QStringList values(const QString& option) const { return m_parser.values(option); }
    // The arguments after the command name.
    const QStringList& positional() const { return m_positional; }
    // Throws CommandLineError unless there are between min and max positional arguments.
    void expectPositional(qsizetype min, qsizetype max) const;

    // yyyy-MM-dd; fallback when the option is not given.
    QDate date(const QString& option, const QString& field, const QDate& fallback) const;
    // yyyy-MM, as its first day.
    QDate month(const QString& option, const QString& field, const QDate& fallback) const;
    qint64 integer(const QString& option, const QString& field, qint64 low, qint64 high,
                   qint64 fallback) const;
    // One of allowed; fallback when not given.
    QString choice(const QString& option, const QString& field, const QStringList& allowed,
                   const QString& fallback) const;
    OutputFormat format() const;

    static QDate parseDate(const QString& text, const QString& field);
    static QDate parseMonth(const QString& text, const QString& field);
    static qint64 parseInteger(const QString& text, const QString& field, qint64 low, qint64 high);

private:
    const QCommandLineParser& m_parser;
    QStringList m_positional;
};

struct Command {
    QString name;
    QString usage;   // what follows the name, e.g. "--out FILE [--month YYYY-MM]"
    QString summary; // translated one-line description
    QList<QCommandLineOption> options;
    std::function<int(CliContext&, const Arguments&)> run;
    // Prints a listing: takes --format text|tsv|csv|json.
    bool listing = false;
    // More than the summary, printed by COMMAND --help only (e.g. the names an option takes).
    std::function<QString()> details = {};
};

// The commands of one module (moduleId, titled as the module is) or of the program itself (no
// moduleId), listed together in the help.
struct CommandGroup {
    QString moduleId;
    QString title; // translated
    QList<Command> commands;
};

// The --format option every listing takes.
QCommandLineOption formatOption();

// Parses arguments (without the program name), installs the language, runs the command and
// returns the exit code. Messages go to stderr; help, version and listings to stdout.
// groups is asked for once the language is installed, so that the commands' texts are translated.
int runCommandLine(const QStringList& arguments, const std::function<QList<CommandGroup>()>& groups);

} // namespace jinglao::cli
