#include "auth/Role.h"

namespace jinglao::core {

const CodeTable<Role>& roleCodes()
{
    static const CodeTable<Role> table(
        "jinglao::core::Role",
        {{Role::Administrator, "ADMIN", QT_TRANSLATE_NOOP("jinglao::core::Role", "Administrator")},
         {Role::Nurse, "NURSE", QT_TRANSLATE_NOOP("jinglao::core::Role", "Nurse")},
         {Role::ReadOnly, "READONLY", QT_TRANSLATE_NOOP("jinglao::core::Role", "Read-only")}});
    return table;
}

} // namespace jinglao::core
