// user add|passwd|disable|enable|role|list: account management from the command line.
// The command line acts as "cli:<os user>" with the administrator role: whoever can run it on
// this PC can read and write the database file anyway, so a login here would protect nothing;
// what matters is that every change is audited under that name.

#include "CliContext.h"
#include "ExitCode.h"
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

bool parseRole(const QString& text, core::Role* role)
{
    if (text == QStringLiteral("admin"))
        *role = core::Role::Administrator;
    else if (text == QStringLiteral("nurse"))
        *role = core::Role::Nurse;
    else if (text == QStringLiteral("readonly"))
        *role = core::Role::ReadOnly;
    else
        return false;
    return true;
}

int add(CliContext& context, QStringList arguments)
{
    if (arguments.isEmpty() || arguments.constFirst().startsWith(QStringLiteral("--")))
        return UsageError;
    const QString username = arguments.takeFirst();
    QString roleText;
    QString displayName;
    QString staff;
    while (!arguments.isEmpty()) {
        const QString option = arguments.takeFirst();
        if (arguments.isEmpty())
            return UsageError;
        if (option == QStringLiteral("--role"))
            roleText = arguments.takeFirst();
        else if (option == QStringLiteral("--name"))
            displayName = arguments.takeFirst();
        else if (option == QStringLiteral("--staff"))
            staff = arguments.takeFirst();
        else
            return UsageError;
    }
    core::Role role;
    if (!parseRole(roleText, &role))
        return UsageError;
    core::UserService users(context.database());
    core::UserService::validateUsername(username);
    // The staff record is checked before the password is asked for.
    const QString staffUid =
        staff.isEmpty() ? QString() : core::StaffService(context.database()).findUid(context.actor(), staff);
    const QString password = readNewPassword(username);
    const core::UserAccount added =
        users.addUser(context.actor(), username, displayName, role, password, staffUid);
    CliContext::out(added.staffName.isEmpty()
                        ? QCoreApplication::translate("jinglao::cli", "User %1 added (%2).")
                              .arg(username, core::roleLabel(role))
                        : QCoreApplication::translate("jinglao::cli", "User %1 added (%2), linked to %3.")
                              .arg(username, core::roleLabel(role), added.staffName));
    return Success;
}

int passwd(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1)
        return UsageError;
    core::UserService users(context.database());
    if (!users.findUser(arguments.constFirst()))
        throw core::Error::notFound(
            QCoreApplication::translate("jinglao::cli", "There is no user account %1.")
                .arg(arguments.constFirst()));
    users.resetPassword(context.actor(), arguments.constFirst(), readNewPassword(arguments.constFirst()));
    CliContext::out(
        QCoreApplication::translate("jinglao::cli", "Password of %1 changed; any lockout is lifted.")
            .arg(arguments.constFirst()));
    return Success;
}

int setDisabled(CliContext& context, const QStringList& arguments, bool disabled)
{
    if (arguments.size() != 1)
        return UsageError;
    core::UserService(context.database()).setDisabled(context.actor(), arguments.constFirst(), disabled);
    CliContext::out((disabled ? QCoreApplication::translate("jinglao::cli", "User %1 disabled.")
                              : QCoreApplication::translate("jinglao::cli", "User %1 enabled."))
                        .arg(arguments.constFirst()));
    return Success;
}

int role(CliContext& context, const QStringList& arguments)
{
    core::Role newRole;
    if (arguments.size() != 3 || arguments.at(1) != QStringLiteral("--role") ||
        !parseRole(arguments.at(2), &newRole))
        return UsageError;
    core::UserService(context.database()).setRole(context.actor(), arguments.constFirst(), newRole);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is now %2.")
                        .arg(arguments.constFirst(), core::roleLabel(newRole)));
    return Success;
}

int link(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 3 || arguments.at(1) != QStringLiteral("--staff"))
        return UsageError;
    const QString staffUid = core::StaffService(context.database()).findUid(context.actor(), arguments.at(2));
    core::UserService users(context.database());
    users.linkStaff(context.actor(), arguments.constFirst(), staffUid);
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is linked to %2.")
                        .arg(arguments.constFirst(), users.findUser(arguments.constFirst())->staffName));
    return Success;
}

int unlink(CliContext& context, const QStringList& arguments)
{
    if (arguments.size() != 1)
        return UsageError;
    core::UserService(context.database()).linkStaff(context.actor(), arguments.constFirst(), QString());
    CliContext::out(QCoreApplication::translate("jinglao::cli", "User %1 is linked to no staff record.")
                        .arg(arguments.constFirst()));
    return Success;
}

int list(CliContext& context, const QStringList& arguments)
{
    if (!arguments.isEmpty())
        return UsageError;
    const QList<core::UserAccount> accounts = core::UserService(context.database()).users(context.actor());
    const QDateTime now = core::Clock::now();
    for (const core::UserAccount& account : accounts) {
        QString state = QCoreApplication::translate("jinglao::cli", "active");
        if (account.disabled)
            state = QCoreApplication::translate("jinglao::cli", "disabled");
        else if (account.isLockedAt(now))
            state = QCoreApplication::translate("jinglao::cli", "locked until %1")
                        .arg(account.lockedUntil.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        CliContext::out(QStringLiteral("%1\t%2\t%3\t%4\t%5")
                            .arg(account.username, core::roleCode(account.role), state, account.displayName,
                                 account.staffName));
    }
    if (accounts.isEmpty())
        CliContext::err(QCoreApplication::translate("jinglao::cli", "No user accounts yet."));
    return Success;
}

int user(CliContext& context, const QStringList& arguments)
{
    if (arguments.isEmpty())
        return UsageError;
    const QString action = arguments.constFirst();
    const QStringList rest = arguments.mid(1);
    if (action == QStringLiteral("add"))
        return add(context, rest);
    if (action == QStringLiteral("passwd"))
        return passwd(context, rest);
    if (action == QStringLiteral("disable"))
        return setDisabled(context, rest, true);
    if (action == QStringLiteral("enable"))
        return setDisabled(context, rest, false);
    if (action == QStringLiteral("role"))
        return role(context, rest);
    if (action == QStringLiteral("link"))
        return link(context, rest);
    if (action == QStringLiteral("unlink"))
        return unlink(context, rest);
    if (action == QStringLiteral("list"))
        return list(context, rest);
    return UsageError;
}

} // namespace

QList<Command> userCommands()
{
    return {
        {QStringLiteral("user"),
         QStringLiteral(
             "add USERNAME --role admin|nurse|readonly [--name DISPLAY] [--staff STAFF] | passwd USERNAME "
             "| disable USERNAME | enable USERNAME | role USERNAME --role admin|nurse|readonly "
             "| link USERNAME --staff STAFF | unlink USERNAME | list"),
         QCoreApplication::translate(
             "jinglao::cli", "Manage user accounts; passwords are read from the terminal or standard input. "
                             "STAFF is a staff record's uid or exact name: a nurse account writes shift "
                             "logs only as that person."),
         user},
    };
}

} // namespace jinglao::cli
