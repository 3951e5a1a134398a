#pragma once
// The three roles of the design: what a logged-in person is allowed to see and do.

#include <QString>

namespace jinglao::core {

enum class Role {
    Administrator, // 管理员: everything, including users and settings
    Nurse,         // 护士/护理员: shift logs, home visits, referrals, assessments
    ReadOnly,      // 只读: views and reports, with personal data masked
};

QString roleCode(Role role);                        // "ADMIN", "NURSE", "READONLY": stored form
bool roleFromCode(const QString& code, Role* role); // false for an unknown code
QString roleLabel(Role role);                       // translated, for display

} // namespace jinglao::core
