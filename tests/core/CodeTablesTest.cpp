// Every code table: the codes are exactly the county package's (county-csv-spec.md) where the
// package defines them, each code reads back as its value, and every value has a label.

#include "QtStringMaker.h"
#include "assessments/AssessmentReason.h"
#include "auth/AuditLog.h"
#include "auth/Role.h"
#include "beds/Bed.h"
#include "common/FileFormat.h"
#include "residents/Resident.h"
#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"
#include "roster/ShiftTemplate.h"
#include "shiftlog/Incident.h"
#include "staff/StaffMember.h"

#include <QSet>

#include <catch2/catch.hpp>

#include <initializer_list>

using namespace jinglao::core;

namespace {

template <typename Enum>
void checkTable(const CodeTable<Enum>& table, std::initializer_list<const char*> expected)
{
    QStringList expectedCodes;
    for (const char* code : expected)
        expectedCodes.append(QString::fromLatin1(code));
    const QStringList codes = table.codes();
    CHECK(codes == expectedCodes);
    CHECK(QSet<QString>(codes.cbegin(), codes.cend()).size() == codes.size());
    for (Enum value : table.values()) {
        INFO(table.code(value).toStdString());
        CHECK(table.fromCode(table.code(value)) == value);
        CHECK_FALSE(table.label(value).isEmpty());
    }
    CHECK_FALSE(table.fromCode(QStringLiteral("NO_SUCH_CODE")).has_value());
}

} // namespace

TEST_CASE("The codes of the county package are the code tables' codes", "[codes]")
{
    checkTable(residentCategoryCodes(), {"TK", "DB", "DBBY", "SH"});
    checkTable(dischargeReasonCodes(), {"HOME", "TRANSFER", "DEATH", "OTHER"});
    checkTable(bedTypeCodes(), {"NURSING", "GENERAL"});
    checkTable(assessmentReasonCodes(), {"FIRST", "ROUTINE", "CHANGE", "REVIEW", "OTHER"});
    checkTable(staffRoleCodes(), {"CAREGIVER", "NURSE", "DOCTOR", "SOCIAL_WORKER", "ADMIN", "OTHER"});
    checkTable(shiftStatusCodes(), {"PLANNED", "WORKED", "ABSENT"});
    // "or empty": no incident.
    checkTable(incidentCodes(), {"", "FALL", "CHOKING", "PRESSURE_SORE", "WANDERING", "OTHER"});
    CHECK(incidentCodes().fromCode(QString()) == Incident::None);
    CHECK_FALSE(allIncidents().contains(Incident::None));
}

TEST_CASE("The program's own codes read back as their values", "[codes]")
{
    checkTable(roleCodes(), {"ADMIN", "NURSE", "READONLY"});
    checkTable(fileFormatCodes(), {"csv", "xlsx", "json", "pdf"});
    CHECK(fileFormatOf(QStringLiteral("/tmp/月报.XLSX")) == FileFormat::Xlsx);
    CHECK_FALSE(fileFormatOf(QStringLiteral("/tmp/report.ods")).has_value());
    checkTable(monthlyNormCodes(), {"statutory", "weekdays"});
    checkTable(rosterWarningCodes(), {"DAILY_HOURS", "WEEKLY_HOURS", "NO_REST_DAY", "OVERTIME",
                                      "UNDERSTAFFED", "ON_LEAVE", "NOT_EMPLOYED"});
    checkTable(auditActionCodes(), {"INSERT", "UPDATE", "DELETE", "LOGIN", "LOGIN_FAILED", "LOCKOUT",
                                    "LOGOUT", "EXPORT", "IMPORT", "BACKUP", "OTHER"});
    // A stored code the program does not know is shown as Other, never as nothing.
    CHECK(AuditLog::actionLabel(QStringLiteral("SOMETHING")) ==
          auditActionCodes().label(AuditLog::Action::Other));
}
