// user add|passwd|disable|enable|role|list: account management from the command line.
// The command line acts as "cli:<os user>" with the administrator role: whoever can run it on
// this PC can read and write the database file anyway, so a login here would protect nothing;
// what matters is that every change is audited under that name.

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "auth/UserService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "staff/StaffService.h"

#include <QCoreApplication>

namespace jinglao::cli {

namespace {

// Reads a new password from the terminal (asked twice, not echoed) or one line of piped input.
// Never from an argument: arguments show up in the process list and shell history.
QString readNewPassword(const QString& username)
{
    CliContext::err(QCoreApplication::translate("jinglao::cli", "New password for %1:").arg(username));
    const QString password = CliContext::readLine(true);
    if (password.isNull())
        throw core::Error::validation(
            QCoreApplication::translate("jinglao::cli", "Password"), QVariant(),
            QCoreApplication::translate("jinglao::cli", "none was given on standard input"));
    if (CliContext::inputIsTerminal()) {
        CliContext::err(QCoreApplication::translate("jinglao::cli", "Repeat the password:"));
        if (CliContext::readLine(true) != password)
            throw core::Error::validation(
                QCoreApplication::translate("jinglao::cli", "Password"), QVariant(),
                QCoreApplication::translate("jinglao::cli", "the two entries differ"));
    }
    return password;
}

core::Role chosenRole(const Arguments& arguments)
{
    if (!arguments.isSet(QStringLiteral("role")))
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "--role admin|nurse|readonly is needed."));
    const QString text = arguments.choice(
        QStringLiteral("role"), QCoreApplication::translate("jinglao::cli", "Role"),
        {QStringLiteral("admin"), QStringLiteral("nurse"), QStringLiteral("readonly")}, QString());
    if (text == QStringLiteral("admin"))
        return core::Role::Administrator;
    return text == QStringLiteral("nurse") ? core::Role::Nurse : core::Role::ReadOnly;
}

int add(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(2, 2);
    const QString username = arguments.positional().at(1);
    const core::Role role = chosenRole(arguments);
    core::UserService users(context.database());
    core::UserService::validateUsername(username);
    // The staff record is checked before the password is asked for.
    const QString staff = arguments.value(QStringLiteral("staff"));
    const QString staffUid =
        staff.isEmpty() ? QString() : core::StaffService(context.database()).findUid(context.actor(), staff);
    const QString password = readNewPassword(username);
    const core::UserAccount added = users.addUser(
        context.actor(), username, arguments.value(QStringLiteral("name")), role, password, staffUid);
    CliContext::out(added.staffName.isEmpty()
                        ? QCoreApplication::translate("jinglao::cli", "User %1 added (%2).")
                              .arg(username, core::roleCodes().label(role))
                        : QCoreApplication::translate("jinglao::cli", "User %1 added (%2), linked to %3.")
                              .arg(username, core::roleCodes().label(role), added.staffName));
    return Success;
}

int passwd(CliContext& context, const QString& username)
{
    core::UserService users(context.database());
    if (!users.findUser(username))
        throw core::Error::notFound(
            QCoreApplication::translate("jinglao::cli", "There is no user account %1.").arg(username));
    users.resetPassword(context.actor(), username, readNewPassword(username));
    CliContext::out(
        QCoreApplication::translate("jinglao::cli", "Password of %1 changed; any lockout is lifted.")
            .arg(username));
    return Success;
}

int setDisabled(CliContext& context, const QString& username, bool disabled)
{
    core::UserService(context.database()).setDisabled(context.actor(), username, disabled);
    CliContext::out((disabled ? QCoreApplication::translate("jinglao::cli", "User %1 disabled.")
                              : QCoreApplication::translate("jinglao::cli", "User %1 enabled."))
                        .arg(username));
    return Success;
}

int role(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(2, 2);
    const QString username = arguments.positional().at(1);
    const core::Role newRole = chosenRole(arguments);
    core::UserService(context.database()).setRole(context.actor(), username, newRole);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is now %2.")
                        .arg(username, core::roleCodes().label(newRole)));
    return Success;
}

int link(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(2, 2);
    const QString username = arguments.positional().at(1);
    if (!arguments.isSet(QStringLiteral("staff")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--staff STAFF is needed."));
    const QString staffUid = core::StaffService(context.database())
                                 .findUid(context.actor(), arguments.value(QStringLiteral("staff")));
    core::UserService users(context.database());
    users.linkStaff(context.actor(), username, staffUid);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is linked to %2.")
                        .arg(username, users.findUser(username)->staffName));
    return Success;
}

int unlink(CliContext& context, const QString& username)
{
    core::UserService(context.database()).linkStaff(context.actor(), username, QString());
    CliContext::out(
        QCoreApplication::translate("jinglao::cli", "User %1 is linked to no staff record.").arg(username));
    return Success;
}

int unlock(CliContext& context, const QString& username)
{
    core::UserService(context.database()).unlockAccount(context.actor(), username);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is unlocked and may log in again.")
                        .arg(username));
    return Success;
}

int list(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(1, 1);
    const QList<core::UserAccount> accounts = core::UserService(context.database()).users(context.actor());
    const QDateTime now = core::Clock::now();
    Listing listing({{QStringLiteral("username"), QCoreApplication::translate("jinglao::cli", "User name")},
                     {QStringLiteral("role"), QCoreApplication::translate("jinglao::cli", "Role")},
                     {QStringLiteral("state"), QCoreApplication::translate("jinglao::cli", "State")},
                     {QStringLiteral("name"), QCoreApplication::translate("jinglao::cli", "Name")},
                     {QStringLiteral("staff"), QCoreApplication::translate("jinglao::cli", "Staff record")}});
    for (const core::UserAccount& account : accounts) {
        Listing::Cell state{QCoreApplication::translate("jinglao::cli", "active"), QStringLiteral("ACTIVE")};
        if (account.disabled)
            state = {QCoreApplication::translate("jinglao::cli", "disabled"), QStringLiteral("DISABLED")};
        else if (account.isLockedAt(now))
            state = {QCoreApplication::translate("jinglao::cli", "locked until %1")
                         .arg(account.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
                     QStringLiteral("LOCKED")};
        listing.addRow({account.username,
                        {core::roleCodes().label(account.role), core::roleCodes().code(account.role)},
                        state,
                        account.displayName,
                        account.staffName});
    }
    listing.print(arguments.format());
    if (accounts.isEmpty())
        CliContext::err(QCoreApplication::translate("jinglao::cli", "No user accounts yet."));
    return Success;
}

int user(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(1, 2);
    const QString action = arguments.positional().constFirst();
    if (action == QStringLiteral("add"))
        return add(context, arguments);
    if (action == QStringLiteral("role"))
        return role(context, arguments);
    if (action == QStringLiteral("link"))
        return link(context, arguments);
    if (action == QStringLiteral("list"))
        return list(context, arguments);
    const QStringList singleName{QStringLiteral("passwd"), QStringLiteral("disable"),
                                 QStringLiteral("enable"), QStringLiteral("unlink"),
                                 QStringLiteral("unlock")};
    if (!singleName.contains(action))
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "Unknown user action %1.").arg(action));
    arguments.expectPositional(2, 2);
    const QString username = arguments.positional().at(1);
    if (action == QStringLiteral("passwd"))
        return passwd(context, username);
    if (action == QStringLiteral("unlink"))
        return unlink(context, username);
    if (action == QStringLiteral("unlock"))
        return unlock(context, username);
    return setDisabled(context, username, action == QStringLiteral("disable"));
}

} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user"),
         QStringLiteral(
             "add USERNAME --role admin|nurse|readonly [--name DISPLAY] [--staff STAFF] | passwd USERNAME "
             "| disable USERNAME | enable USERNAME | unlock USERNAME | role USERNAME --role "
             "admin|nurse|readonly "
             "| link USERNAME --staff STAFF | unlink USERNAME | list"),
         QCoreApplication::translate(
             "jinglao::cli", "Manage user accounts; passwords are read from the terminal or standard input. "
                             "STAFF is a staff record's uid or exact name: a nurse account writes shift "
                             "logs only as that person."),
         {QCommandLineOption(QStringLiteral("role"), QString(), QStringLiteral("ROLE")),
          QCommandLineOption(QStringLiteral("name"), QString(), QStringLiteral("NAME")),
          QCommandLineOption(QStringLiteral("staff"), QString(), QStringLiteral("STAFF"))},
         user,
         true},
    };
}

} // namespace jinglao::cli
