#include "auth/Role.h"

#include <QCoreApplication>

namespace jinglao::core {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QStringLiteral("ADMIN");
    case Role::Nurse:
        return QStringLiteral("NURSE");
    case Role::ReadOnly:
        return QStringLiteral("READONLY");
    }
    return {};
}

bool roleFromCode(const QString& code, Role* role)
{
    for (Role candidate : {Role::Administrator, Role::Nurse, Role::ReadOnly}) {
        if (roleCode(candidate) == code) {
            *role = candidate;
            return true;
        }
    }
    return false;
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Administrator:
        return QCoreApplication::translate("jinglao::core::Role", "Administrator");
    case Role::Nurse:
        return QCoreApplication::translate("jinglao::core::Role", "Nurse");
    case Role::ReadOnly:
        return QCoreApplication::translate("jinglao::core::Role", "Read-only");
    }
    return {};
}

} // namespace jinglao::core
