#pragma once
// Runs jinglao-cli (or jinglao) as a person would, for the tests in tests/cli: arguments,
// standard input, exit code and both output streams.

#include <QProcess>
#include <QString>
#include <QStringList>

#include <catch2/catch.hpp>

namespace jinglao::testing {

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

inline CliRun runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {},
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    QProcessEnvironment withLocale = environment;
    withLocale.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(withLocale);
    process.start(program, arguments);
    REQUIRE(process.waitForStarted());
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

#ifdef JINGLAO_CLI
inline CliRun runCli(const QStringList& arguments, const QByteArray& input = {})
{
    return runProgram(QStringLiteral(JINGLAO_CLI), arguments, input);
}

// jinglao-cli --db database --lang en …
inline CliRun runCliOn(const QString& database, const QStringList& arguments, const QByteArray& input = {})
{
    return runCli(
        QStringList{QStringLiteral("--db"), database, QStringLiteral("--lang"), QStringLiteral("en")} +
            arguments,
        input);
}
#endif

} // namespace jinglao::testing
