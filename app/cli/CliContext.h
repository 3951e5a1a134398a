#pragma once
// What a jinglao-cli command runs with: the global options, the open database, the acting
// user and the output streams. Messages for the user go to stderr, translated.

#include "CommandLine.h"
#include "auth/Actor.h"
#include "modules/ModuleSet.h"
#include "storage/Database.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace jinglao::cli {

class CliContext {
public:
    explicit CliContext(QString databasePath);

    // Opens (and migrates) the database on first use; throws core::Error. Only the commands that
    // make a new center (init, demo) pass CreateIfMissing: a mistyped path creates nothing.
    core::Database& database(core::Database::OpenMode mode = core::Database::OpenMode::ExistingOnly);
    const QString& databasePath() const { return m_databasePath; }
    const core::Actor& actor() const { return m_actor; }
    void setActor(const core::Actor& actor) { m_actor = actor; }
    // The modules the command line is built with (core::ModuleSet::standard()).
    const core::ModuleSet& modules() const { return m_modules; }

    static void out(const QString& text); // stdout, with a line end
    static void err(const QString& text); // stderr, with a line end
    // Reads one line from standard input (passwords and confirmations); echo off on a terminal
    // when secret is true. Returns a null QString at end of input.
    static QString readLine(bool secret);
    // True when standard input is a terminal (a person typing), false for a pipe or file.
    static bool inputIsTerminal();

private:
    QString m_databasePath;
    core::Actor m_actor;
    core::ModuleSet m_modules;
    std::unique_ptr<core::Database> m_database;
};

// Every command, grouped as `jinglao-cli help` lists them: the program's own first, then each
// module's under its title, in module order. A module without commands has an empty group (a test
// fails on it).
QList<CommandGroup> commandGroups(const core::ModuleSet& modules);

// The commands of the program itself and of each module; each area lives in its own file.
QList<Command> storageCommands();
QList<Command> demoCommands();
QList<Command> alertCommands();
QList<Command> residentCommands();
QList<Command> bedCommands();
QList<Command> assessmentCommands();
QList<Command> staffCommands();
QList<Command> rosterCommands();
QList<Command> shiftLogCommands();
QList<Command> familyBedCommands();
QList<Command> referralCommands();
QList<Command> reportCommands();
QList<Command> userCommands();
QList<Command> centerCommands();
QList<Command> countyCommands();
QList<Command> sheetCommands();

} // namespace jinglao::cli
