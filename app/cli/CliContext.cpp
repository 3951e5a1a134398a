#include "CliContext.h"

#include <QCoreApplication>
#include <QHash>
#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace jinglao::cli {

CliContext::CliContext(QString databasePath)
    : m_databasePath(std::move(databasePath))
    , m_actor(core::Actor::commandLine())
    , m_modules(core::ModuleSet::standard())
{}

core::Database& CliContext::database(core::Database::OpenMode mode)
{
    if (!m_database)
        m_database = core::Database::open(m_databasePath, mode);
    return *m_database;
}

void CliContext::out(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void CliContext::err(const QString& text)
{
    std::fputs(text.toUtf8().constData(), stderr);
    std::fputc('\n', stderr);
    std::fflush(stderr);
}

QString CliContext::readLine(bool secret)
{
#ifdef Q_OS_UNIX
    const bool terminal = secret && isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
#else
    Q_UNUSED(secret);
#endif
    std::string line;
    const bool got = static_cast<bool>(std::getline(std::cin, line));
#ifdef Q_OS_UNIX
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
#endif
    if (!got)
        return {};
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool CliContext::inputIsTerminal()
{
#ifdef Q_OS_UNIX
    return isatty(STDIN_FILENO) != 0;
#else
    return false;
#endif
}

QList<CommandGroup> commandGroups(const core::ModuleSet& modules)
{
    const QHash<QString, QList<Command>> byModule{
        {QStringLiteral("residents"), residentCommands() + bedCommands()},
        {QStringLiteral("assessments"), assessmentCommands()},
        {QStringLiteral("staff"), staffCommands() + rosterCommands()},
        {QStringLiteral("shiftlog"), shiftLogCommands()},
        {QStringLiteral("familybeds"), familyBedCommands()},
        {QStringLiteral("referrals"), referralCommands()},
        {QStringLiteral("reports"), reportCommands()},
        {QStringLiteral("accounts"), userCommands()},
        {QStringLiteral("center"), centerCommands()},
        {QStringLiteral("county"), countyCommands()},
    };
    QList<CommandGroup> groups{{QString(),
                                QCoreApplication::translate("jinglao::cli", "The program and its database"),
                                storageCommands() + demoCommands() + alertCommands() + sheetCommands()}};
    for (const auto& module : modules.modules())
        groups.append({module->id(), module->title(), byModule.value(module->id())});
    return groups;
}

} // namespace jinglao::cli
