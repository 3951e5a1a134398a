#include "auth/Actor.h"

#include "common/Error.h"

#include <QCoreApplication>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace jinglao::core {

QString Actor::osAccountName()
{
#ifdef Q_OS_UNIX
    // The account the process runs as, from the system's user database: $USER is unset under
    // cron, systemd and some root shells, and anyone can set it to anything.
    const uid_t uid = geteuid();
    if (const passwd* entry = getpwuid(uid); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    const QString fromEnvironment = qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
    return fromEnvironment.isEmpty() ? QStringLiteral("uid%1").arg(uid) : fromEnvironment;
#else
    const QString name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? QStringLiteral("unknown") : name;
#endif
}

Actor::Actor(QString name, Role role, QString userUid)
    : m_name(std::move(name))
    , m_role(role)
    , m_userUid(std::move(userUid))
{}

Actor Actor::osUser()
{
    return Actor(osAccountName(), Role::Administrator);
}

Actor Actor::commandLine()
{
    return Actor(QStringLiteral("cli:") + osAccountName(), Role::Administrator);
}

bool Actor::can(Permission permission) const
{
    return roleAllows(m_role, permission);
}

void Actor::require(Permission permission) const
{
    if (!can(permission)) {
        throw Error::permission(
            QCoreApplication::translate("jinglao::core::Actor", "%1 (%2) is not allowed to %3.")
                .arg(m_name, roleCodes().label(m_role), permissionLabel(permission)));
    }
}

bool Actor::roleAllows(Role role, Permission permission)
{
    switch (role) {
    case Role::Administrator:
        return true;
    case Role::Nurse:
        switch (permission) {
        case Permission::ViewRecords:
        case Permission::ViewEmergencyContacts:
        case Permission::WriteAssessments:
        case Permission::WriteShiftLogs:
        case Permission::WriteHomeVisits:
        case Permission::WriteReferrals:
            return true;
        default:
            return false;
        }
    case Role::ReadOnly:
        return permission == Permission::ViewRecords;
    }
    return false;
}

QString Actor::permissionLabel(Permission permission)
{
    switch (permission) {
    case Permission::ViewRecords:
        return QCoreApplication::translate("jinglao::core::Actor", "view records");
    case Permission::ViewPersonalData:
        return QCoreApplication::translate("jinglao::core::Actor", "view personal data");
    case Permission::ViewEmergencyContacts:
        return QCoreApplication::translate("jinglao::core::Actor", "see emergency contacts' phone numbers");
    case Permission::ManageResidents:
        return QCoreApplication::translate("jinglao::core::Actor", "manage residents");
    case Permission::ManageBeds:
        return QCoreApplication::translate("jinglao::core::Actor", "manage rooms and beds");
    case Permission::WriteAssessments:
        return QCoreApplication::translate("jinglao::core::Actor", "record ability assessments");
    case Permission::ManageStaff:
        return QCoreApplication::translate("jinglao::core::Actor", "manage staff");
    case Permission::ManageRoster:
        return QCoreApplication::translate("jinglao::core::Actor", "plan rosters");
    case Permission::WriteShiftLogs:
        return QCoreApplication::translate("jinglao::core::Actor", "write shift logs");
    case Permission::WriteHomeVisits:
        return QCoreApplication::translate("jinglao::core::Actor", "log home visits");
    case Permission::ManageFamilyBeds:
        return QCoreApplication::translate("jinglao::core::Actor", "manage family care beds");
    case Permission::WriteReferrals:
        return QCoreApplication::translate("jinglao::core::Actor", "record referrals");
    case Permission::ManageUsers:
        return QCoreApplication::translate("jinglao::core::Actor", "manage user accounts");
    case Permission::ManageSettings:
        return QCoreApplication::translate("jinglao::core::Actor", "change settings");
    case Permission::ViewAudit:
        return QCoreApplication::translate("jinglao::core::Actor", "view the audit log");
    case Permission::ExportCountyPackage:
        return QCoreApplication::translate("jinglao::core::Actor", "export the county package");
    case Permission::ImportCountyPackage:
        return QCoreApplication::translate("jinglao::core::Actor", "import a county package");
    case Permission::Backup:
        return QCoreApplication::translate("jinglao::core::Actor", "back up the database");
    case Permission::Restore:
        return QCoreApplication::translate("jinglao::core::Actor", "replace the database with a backup");
    }
    return {};
}

} // namespace jinglao::core
