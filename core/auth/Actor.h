#pragma once
// Who is acting: every core service call carries one. The audit log records its name and
// services check its role's permissions.

#include "auth/Permission.h"
#include "auth/Role.h"

#include <QString>

namespace jinglao::core {

class Actor {
public:
    Actor(QString name, Role role, QString userUid = {});

    // The person at the desktop before accounts exist, named after the OS user.
    static Actor osUser();
    // The command line, audited as "cli:<os user>".
    static Actor commandLine();
    // The operating-system account this program runs as (getpwuid on Unix, %USERNAME% on Windows).
    static QString osAccountName();

    const QString& name() const { return m_name; }
    Role role() const { return m_role; }
    const QString& userUid() const { return m_userUid; }

    bool can(Permission permission) const;
    // Throws Error::permission naming what was refused.
    void require(Permission permission) const;

    static bool roleAllows(Role role, Permission permission);
    static QString permissionLabel(Permission permission);

private:
    QString m_name;
    Role m_role;
    QString m_userUid;
};

} // namespace jinglao::core
