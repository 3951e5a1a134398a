#include "auth/AccountsModule.h"

#include "auth/UserService.h"
#include "common/Clock.h"

namespace jinglao::core {

QString AccountsModule::title() const
{
    return tr("Accounts and audit");
}

QList<Alert> AccountsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    Q_UNUSED(today);
    if (!actor.can(Permission::ManageUsers))
        return {};
    QList<Alert> alerts;
    const QDateTime now = Clock::now();
    for (const UserAccount& account : UserService(db).users(actor)) {
        if (account.isLockedAt(now))
            alerts.append({Alert::Severity::Info,
                           id(),
                           tr("The account %1 is locked after failed logins until %2.")
                               .arg(account.username, account.lockedUntil.toString(QStringLiteral("HH:mm"))),
                           {QStringLiteral("users"), account.uid}});
    }
    return alerts;
}

} // namespace jinglao::core
