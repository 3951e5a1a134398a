#pragma once
// The three roles of the design: what a logged-in person is allowed to see and do.

#include "common/CodeTable.h"

#include <QString>

namespace jinglao::core {

enum class Role {
    Administrator, // 管理员: everything, including users and settings
    Nurse,         // 护士/护理员: shift logs, home visits, referrals, assessments
    ReadOnly,      // 只读: views and reports, with personal data masked
};

// ADMIN, NURSE, READONLY (the stored form) ↔ 管理员, 护士/护理员, 只读.
const CodeTable<Role>& roleCodes();

} // namespace jinglao::core
