#pragma once
// Accounts and the audit log as a module: for administrators, an alert while an account is locked
// after failed logins.

#include "modules/Module.h"

#include <QCoreApplication>

namespace jinglao::core {

class AccountsModule : public Module {
    Q_DECLARE_TR_FUNCTIONS(AccountsModule)

public:
    QString id() const override { return QStringLiteral("accounts"); }
    QString title() const override;
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const override;
};

} // namespace jinglao::core
