#include "auth/AuditSubjects.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/AuditQuery.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "staff/StaffService.h"
#include "storage/Settings.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;
using namespace jinglao::testing;

namespace {

// The entry the audit page shows for the newest write of (table, uid).
AuditEntry entryFor(Database& db, const QString& table, const QString& uid)
{
    AuditFilter filter;
    filter.table = table;
    filter.recordUid = uid;
    const QList<AuditEntry> entries = AuditQuery(db).entries(admin(), filter, 0, 10);
    REQUIRE_FALSE(entries.isEmpty());
    return entries.constFirst();
}

} // namespace

TEST_CASE("An audit entry names its record as people do, not by its uid", "[audit][auditsubjects]")
{
    TempDatabase temp;
    const FixedToday today(QDate(2026, 3, 10));
    const QString bed = addBed(temp.db(), QStringLiteral("A-101"));
    const ResidentInput input =
        person(QStringLiteral("张淑兰"), QDate(1940, 5, 6), 2, QDate(2026, 3, 1), bed);
    const QString resident = ResidentService(temp.db()).admit(admin(), input);

    SECTION("a resident by her name, and never by her ID number")
    {
        const AuditEntry entry = entryFor(temp.db(), QStringLiteral("residents"), resident);
        CHECK(entry.subject == QStringLiteral("张淑兰"));
        CHECK_FALSE(entry.subject.contains(input.idNumber.left(6)));
        CHECK(AuditSubjects(temp.db()).describe(admin(), QStringLiteral("residents"), resident) ==
              QStringLiteral("张淑兰"));
    }
    SECTION("a bed by its code")
    {
        CHECK(entryFor(temp.db(), QStringLiteral("beds"), bed).subject == QStringLiteral("Bed A-101"));
    }
    SECTION("a bed assignment by the resident, the bed and the day")
    {
        const QString assignment =
            sql::scalar(temp.db(), QStringLiteral("SELECT uid FROM bed_assignments WHERE resident_uid = ?"),
                        {resident})
                .toString();
        CHECK(entryFor(temp.db(), QStringLiteral("bed_assignments"), assignment).subject ==
              QStringLiteral("张淑兰 in bed A-101 from 2026-03-01"));
    }
    SECTION("a staff member by name, a user account by user name and person")
    {
        StaffMember member;
        member.name = QStringLiteral("于秀芳");
        member.role = StaffRole::Nurse;
        member.hireDate = QDate(2024, 3, 1);
        const QString staff = StaffService(temp.db()).add(admin(), member);
        CHECK(entryFor(temp.db(), QStringLiteral("staff"), staff).subject == QStringLiteral("于秀芳"));

        PasswordHasher::setIterationsForTesting(1000);
        const UserAccount account =
            UserService(temp.db()).addUser(admin(), QStringLiteral("yuxf"), QStringLiteral("于秀芳"),
                                           Role::Nurse, QStringLiteral("secret-pass"));
        PasswordHasher::resetForTesting();
        CHECK(entryFor(temp.db(), QStringLiteral("users"), account.uid).subject ==
              QStringLiteral("yuxf (于秀芳)"));
    }
    SECTION("a setting by what it sets")
    {
        CenterProfile profile;
        profile.name = QStringLiteral("三家镇敬老院");
        CenterService(temp.db()).save(admin(), profile);
        CHECK(entryFor(temp.db(), QStringLiteral("settings"), Settings::FacilityName).subject ==
              CenterService::nameLabel());
    }
    SECTION("a discharged resident keeps her name in the log")
    {
        ResidentService(temp.db()).discharge(admin(), resident, QDate(2026, 3, 9), DischargeReason::Home);
        CHECK(entryFor(temp.db(), QStringLiteral("residents"), resident).subject == QStringLiteral("张淑兰"));
    }
    SECTION("an unknown record or table has no name, so the uid is what is shown")
    {
        CHECK(AuditSubjects(temp.db())
                  .describe(admin(), QStringLiteral("residents"), QStringLiteral("nope"))
                  .isEmpty());
        CHECK(AuditSubjects(temp.db()).describe(admin(), QStringLiteral("no_table"), resident).isEmpty());
    }
    SECTION("only those who may read the audit log may ask")
    {
        CHECK_THROWS_AS(AuditSubjects(temp.db()).describe(Actor(QStringLiteral("r"), Role::ReadOnly),
                                                          QStringLiteral("residents"), resident),
                        Error);
    }
}

TEST_CASE("A page of audit entries names records of many tables at once", "[audit][auditsubjects]")
{
    TempDatabase temp;
    const FixedToday today(QDate(2026, 3, 10));
    // More beds than one lookup batch holds.
    QStringList beds;
    for (int i = 1; i <= 230; ++i)
        beds.append(addBed(temp.db(), QStringLiteral("B-%1").arg(100 + i)));
    ResidentService(temp.db()).admit(
        admin(), person(QStringLiteral("李明"), QDate(1938, 1, 2), 1, QDate(2026, 3, 2), beds.first()));
    const QList<AuditEntry> entries = AuditQuery(temp.db()).entries(admin(), {}, 0, 500);
    int named = 0;
    for (const AuditEntry& entry : entries) {
        if (entry.table == QStringLiteral("beds")) {
            CHECK(entry.subject.startsWith(QStringLiteral("Bed B-")));
            ++named;
        }
        if (entry.table == QStringLiteral("residents"))
            CHECK(entry.subject == QStringLiteral("李明"));
    }
    CHECK(named >= 230);
}

TEST_CASE("Tables are shown by what they hold", "[audit][auditsubjects]")
{
    CHECK(AuditSubjects::tableLabel(QStringLiteral("residents")) == QStringLiteral("Residents"));
    CHECK(AuditSubjects::tableLabel(QStringLiteral("shift_logs")) == QStringLiteral("Shift log"));
    CHECK(AuditSubjects::tableLabel(QStringLiteral("users")) == QStringLiteral("User accounts"));
    CHECK(AuditSubjects::tableLabel(QStringLiteral("something_new")) == QStringLiteral("something_new"));
}
