#include "auth/UserService.h"

#include "TempDatabase.h"
#include "auth/PasswordHasher.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;
using jinglao::testing::TempDatabase;

namespace {

// Hashing at production strength for every test account would make the suite slow.
struct FastHashing {
    FastHashing() { PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { PasswordHasher::resetForTesting(); }
};

struct FixedClock {
    FixedClock()
    {
        Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 2), QTime(8, 30), Qt::OffsetFromUTC, 8 * 3600));
    }
    ~FixedClock() { Clock::resetForTesting(); }
};

Error::Kind kindOf(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& error) {
        return error.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Storage;
}

qint64 auditCount(TempDatabase& temp, const QString& action, const QString& actor)
{
    return sql::scalar(temp.db(),
                       QStringLiteral("SELECT count(*) FROM audit_log WHERE action = ? AND actor = ?"),
                       {action, actor})
        .toLongLong();
}

const QString adminPassword = QStringLiteral("admin-pass-1");
const QString nursePassword = QStringLiteral("nurse-pass-1");

} // namespace

TEST_CASE("The first administrator is created once, on a database without accounts", "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    CHECK_FALSE(users.hasUsers());
    const Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), QStringLiteral("王院长"), adminPassword);
    CHECK(users.hasUsers());
    CHECK(admin.name() == QStringLiteral("wang"));
    CHECK(admin.role() == Role::Administrator);
    CHECK_FALSE(admin.userUid().isEmpty());

    const QString stored =
        sql::scalar(temp.db(), QStringLiteral("SELECT password_hash FROM users WHERE username = 'wang'"))
            .toString();
    CHECK(stored.startsWith(QStringLiteral("pbkdf2-sha256$")));
    CHECK_FALSE(stored.contains(adminPassword));
    CHECK(sql::scalar(temp.db(),
                      QStringLiteral("SELECT count(*) FROM audit_log WHERE new_values LIKE ? OR "
                                     "new_values LIKE '%pbkdf2%'"),
                      {QStringLiteral("%") + adminPassword + QStringLiteral("%")})
              .toLongLong() == 0);

    CHECK(kindOf([&] { users.createFirstAdministrator(QStringLiteral("li"), {}, adminPassword); }) ==
          Error::Kind::Conflict);
}

TEST_CASE("Passwords and user names are validated", "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    CHECK(kindOf([&] {
              users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("short"));
          }) == Error::Kind::Validation);
    CHECK(kindOf([&] { users.createFirstAdministrator(QStringLiteral("wang li"), {}, adminPassword); }) ==
          Error::Kind::Validation);
    CHECK(kindOf([&] { users.createFirstAdministrator(QStringLiteral("cli:root"), {}, adminPassword); }) ==
          Error::Kind::Validation);
    CHECK(kindOf([&] { users.createFirstAdministrator(QString(), {}, adminPassword); }) ==
          Error::Kind::Validation);
    CHECK_FALSE(users.hasUsers());
    try {
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("short"));
    } catch (const Error& error) {
        CHECK_FALSE(error.message().contains(QStringLiteral("short")));
    }
}

TEST_CASE("Login checks the password and audits the outcome", "[auth][audit]")
{
    FastHashing fast;
    FixedClock clock;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao"), QStringLiteral("赵护士"), Role::Nurse, nursePassword);

    SECTION("the right password logs in as the account's role")
    {
        const Actor nurse = users.login(QStringLiteral("zhao"), nursePassword);
        CHECK(nurse.name() == QStringLiteral("zhao"));
        CHECK(nurse.role() == Role::Nurse);
        CHECK(nurse.userUid() == users.findUser(QStringLiteral("zhao"))->uid);
        CHECK(auditCount(temp, QStringLiteral("LOGIN"), QStringLiteral("zhao")) == 1);
    }
    SECTION("a wrong password is refused and counted")
    {
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass")); }) ==
              Error::Kind::Permission);
        CHECK(users.findUser(QStringLiteral("zhao"))->failedAttempts == 1);
        CHECK(auditCount(temp, QStringLiteral("LOGIN_FAILED"), QStringLiteral("zhao")) == 1);
        users.login(QStringLiteral("zhao"), nursePassword);
        CHECK(users.findUser(QStringLiteral("zhao"))->failedAttempts == 0);
    }
    SECTION("an unknown user gets the same message as a wrong password")
    {
        QString unknown;
        QString wrong;
        try {
            users.login(QStringLiteral("nobody"), nursePassword);
        } catch (const Error& error) {
            unknown = error.message();
        }
        try {
            users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass"));
        } catch (const Error& error) {
            wrong = error.message();
        }
        CHECK_FALSE(unknown.isEmpty());
        CHECK(unknown == wrong);
        CHECK(auditCount(temp, QStringLiteral("LOGIN_FAILED"), QStringLiteral("nobody")) == 1);
    }
    SECTION("a disabled account cannot log in")
    {
        users.setDisabled(admin, QStringLiteral("zhao"), true);
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), nursePassword); }) == Error::Kind::Permission);
        users.setDisabled(admin, QStringLiteral("zhao"), false);
        CHECK(users.login(QStringLiteral("zhao"), nursePassword).role() == Role::Nurse);
    }
}

TEST_CASE("Five failed attempts lock the account for five minutes, across a restart", "[auth]")
{
    FastHashing fast;
    FixedClock clock;
    TempDatabase temp;
    {
        UserService users(temp.db());
        const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
        users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, nursePassword);
        for (int attempt = 0; attempt < UserService::MaxFailedAttempts; ++attempt)
            CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass")); }) ==
                  Error::Kind::Permission);
        CHECK(auditCount(temp, QStringLiteral("LOCKOUT"), QStringLiteral("zhao")) == 1);
        // Now even the right password is refused.
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), nursePassword); }) == Error::Kind::Permission);
    }

    temp.reopen();
    UserService users(temp.db());
    const UserAccount locked = *users.findUser(QStringLiteral("zhao"));
    CHECK(locked.isLockedAt(Clock::now()));
    CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), nursePassword); }) == Error::Kind::Permission);

    SECTION("the lock is still there a moment before it expires")
    {
        Clock::advanceForTesting(UserService::LockoutMinutes * 60 - 1);
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), nursePassword); }) == Error::Kind::Permission);
    }
    SECTION("after five minutes the right password logs in again")
    {
        Clock::advanceForTesting(UserService::LockoutMinutes * 60);
        CHECK(users.login(QStringLiteral("zhao"), nursePassword).name() == QStringLiteral("zhao"));
        CHECK_FALSE(users.findUser(QStringLiteral("zhao"))->lockedUntil.isValid());
    }
    SECTION("after expiry a wrong password starts counting from one")
    {
        Clock::advanceForTesting(UserService::LockoutMinutes * 60);
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass")); }) ==
              Error::Kind::Permission);
        CHECK(users.findUser(QStringLiteral("zhao"))->failedAttempts == 1);
        CHECK(users.login(QStringLiteral("zhao"), nursePassword).name() == QStringLiteral("zhao"));
    }
    SECTION("an administrator's password reset lifts the lock")
    {
        const Actor admin = users.login(QStringLiteral("wang"), adminPassword);
        users.resetPassword(admin, QStringLiteral("zhao"), QStringLiteral("fresh-pass-2"));
        CHECK(users.login(QStringLiteral("zhao"), QStringLiteral("fresh-pass-2")).name() ==
              QStringLiteral("zhao"));
    }
}

TEST_CASE("From the third wrong password the refusal says how many tries remain", "[auth]")
{
    FastHashing fast;
    FixedClock clock;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, nursePassword);
    const auto refusal = [&] {
        try {
            users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass"));
        } catch (const Error& error) {
            return error.message();
        }
        return QString();
    };
    const QString first = refusal();
    CHECK(first == QStringLiteral("Wrong user name or password."));
    CHECK(refusal() == first);
    const QString third = refusal();
    CHECK(third.startsWith(first));
    CHECK(third.contains(QStringLiteral("After 2 more wrong password")));
    CHECK(third.contains(QStringLiteral("locked for 5 minutes")));
    CHECK(refusal().contains(QStringLiteral("After 1 more wrong password")));
    CHECK(refusal().contains(QStringLiteral("locked after 5 failed attempts")));
}

TEST_CASE("An administrator lifts a lockout; nobody else can", "[auth]")
{
    FastHashing fast;
    FixedClock clock;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, nursePassword);
    users.addUser(admin, QStringLiteral("qian"), {}, Role::Nurse, QStringLiteral("other-pass"));
    CHECK(kindOf([&] { users.unlockAccount(admin, QStringLiteral("zhao")); }) == Error::Kind::Conflict);
    for (int attempt = 0; attempt < UserService::MaxFailedAttempts; ++attempt)
        CHECK(kindOf([&] { users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass")); }) ==
              Error::Kind::Permission);
    REQUIRE(users.findUser(QStringLiteral("zhao"))->isLockedAt(Clock::now()));

    const Actor nurse = users.login(QStringLiteral("qian"), QStringLiteral("other-pass"));
    CHECK(kindOf([&] { users.unlockAccount(nurse, QStringLiteral("zhao")); }) == Error::Kind::Permission);
    CHECK(users.findUser(QStringLiteral("zhao"))->isLockedAt(Clock::now()));

    const int audited = auditCount(temp, QStringLiteral("UPDATE"), QStringLiteral("wang"));
    users.unlockAccount(admin, QStringLiteral("zhao"));
    CHECK_FALSE(users.findUser(QStringLiteral("zhao"))->isLockedAt(Clock::now()));
    CHECK(users.findUser(QStringLiteral("zhao"))->failedAttempts == 0);
    CHECK(auditCount(temp, QStringLiteral("UPDATE"), QStringLiteral("wang")) == audited + 1);
    CHECK(users.login(QStringLiteral("zhao"), nursePassword).name() == QStringLiteral("zhao"));
}

TEST_CASE("Each role may make only its own account calls", "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, nursePassword);
    users.addUser(admin, QStringLiteral("sun"), {}, Role::ReadOnly, QStringLiteral("reader-pass"));
    const Actor nurse = users.login(QStringLiteral("zhao"), nursePassword);
    const Actor reader = users.login(QStringLiteral("sun"), QStringLiteral("reader-pass"));

    SECTION("an administrator manages accounts and settings")
    {
        CHECK(users.users(admin).size() == 3);
        users.setRole(admin, QStringLiteral("sun"), Role::Nurse);
        CHECK(users.findUser(QStringLiteral("sun"))->role == Role::Nurse);
        users.setIdleLockMinutes(admin, 15);
        CHECK(users.idleLockMinutes() == 15);
    }
    SECTION("nurses and read-only users are refused every account call")
    {
        for (const Actor& actor : {nurse, reader}) {
            CHECK(kindOf([&] { users.users(actor); }) == Error::Kind::Permission);
            CHECK(kindOf([&] {
                      users.addUser(actor, QStringLiteral("x1"), {}, Role::Administrator, nursePassword);
                  }) == Error::Kind::Permission);
            CHECK(kindOf([&] { users.resetPassword(actor, QStringLiteral("wang"), nursePassword); }) ==
                  Error::Kind::Permission);
            CHECK(kindOf([&] { users.setDisabled(actor, QStringLiteral("wang"), true); }) ==
                  Error::Kind::Permission);
            CHECK(kindOf([&] { users.setRole(actor, actor.name(), Role::Administrator); }) ==
                  Error::Kind::Permission);
            CHECK(kindOf([&] { users.setIdleLockMinutes(actor, 60); }) == Error::Kind::Permission);
        }
        CHECK(users.findUser(QStringLiteral("sun"))->role == Role::ReadOnly);
        CHECK_FALSE(users.findUser(QStringLiteral("x1")));
    }
    SECTION("every user changes their own password, with the current one")
    {
        CHECK(kindOf([&] {
                  users.changeOwnPassword(nurse, QStringLiteral("wrong-pass"), QStringLiteral("new-pass-9"));
              }) == Error::Kind::Validation);
        users.changeOwnPassword(nurse, nursePassword, QStringLiteral("new-pass-9"));
        CHECK(users.login(QStringLiteral("zhao"), QStringLiteral("new-pass-9")).role() == Role::Nurse);
        CHECK(kindOf([&] {
                  users.changeOwnPassword(Actor::commandLine(), adminPassword, QStringLiteral("new-pass-9"));
              }) == Error::Kind::Permission);
    }
    SECTION("roles grant the permissions of the design")
    {
        CHECK(admin.can(Permission::ViewPersonalData));
        CHECK(admin.can(Permission::ExportCountyPackage));
        CHECK(nurse.can(Permission::WriteShiftLogs));
        CHECK(nurse.can(Permission::WriteAssessments));
        CHECK(nurse.can(Permission::WriteReferrals));
        CHECK(nurse.can(Permission::WriteHomeVisits));
        CHECK_FALSE(nurse.can(Permission::ManageResidents));
        CHECK_FALSE(nurse.can(Permission::ViewPersonalData));
        CHECK_FALSE(nurse.can(Permission::ExportCountyPackage));
        CHECK_FALSE(nurse.can(Permission::ViewAudit));
        CHECK(reader.can(Permission::ViewRecords));
        CHECK_FALSE(reader.can(Permission::WriteShiftLogs));
        CHECK_FALSE(reader.can(Permission::ViewPersonalData));
    }
}

TEST_CASE("The last active administrator is never disabled or demoted", "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("li"), {}, Role::Administrator, adminPassword);
    const Actor cli = Actor::commandLine();

    users.setDisabled(cli, QStringLiteral("li"), true);
    CHECK(kindOf([&] { users.setDisabled(cli, QStringLiteral("wang"), true); }) == Error::Kind::Conflict);
    CHECK(kindOf([&] { users.setRole(cli, QStringLiteral("wang"), Role::Nurse); }) == Error::Kind::Conflict);
    CHECK(kindOf([&] { users.setDisabled(admin, QStringLiteral("wang"), true); }) == Error::Kind::Conflict);
    users.setDisabled(cli, QStringLiteral("li"), false);
    users.setRole(cli, QStringLiteral("wang"), Role::Nurse);
    CHECK(users.findUser(QStringLiteral("wang"))->role == Role::Nurse);
    CHECK(kindOf([&] { users.setRole(cli, QStringLiteral("li"), Role::ReadOnly); }) == Error::Kind::Conflict);
}

TEST_CASE("A locked session is unlocked by its user or an administrator", "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao"), {}, Role::Nurse, nursePassword);
    users.addUser(admin, QStringLiteral("qian"), {}, Role::Nurse, QStringLiteral("other-pass"));
    const Actor nurse = users.login(QStringLiteral("zhao"), nursePassword);

    CHECK(users.unlock(nurse, QStringLiteral("zhao"), nursePassword).name() == QStringLiteral("zhao"));
    CHECK(users.unlock(nurse, QStringLiteral("wang"), adminPassword).role() == Role::Administrator);
    CHECK(kindOf([&] { users.unlock(nurse, QStringLiteral("qian"), QStringLiteral("other-pass")); }) ==
          Error::Kind::Permission);
    CHECK(kindOf([&] { users.unlock(nurse, QStringLiteral("zhao"), QStringLiteral("wrong-pass")); }) ==
          Error::Kind::Permission);
}

TEST_CASE("The idle lock defaults to ten minutes and is validated", "[auth]")
{
    TempDatabase temp;
    UserService users(temp.db());
    CHECK(users.idleLockMinutes() == 10);
    CHECK(kindOf([&] { users.setIdleLockMinutes(Actor::commandLine(), 0); }) == Error::Kind::Validation);
    users.setIdleLockMinutes(Actor::commandLine(), 3);
    CHECK(users.idleLockMinutes() == 3);
}

TEST_CASE("An account is linked to the staff record of the person who uses it", "[auth]")
{
    FastHashing fast;
    FixedClock clock;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    StaffService staff(temp.db());
    auto addStaff = [&](const QString& name, const QDate& left = {}) {
        StaffMember member;
        member.name = name;
        member.role = StaffRole::Nurse;
        member.hireDate = QDate(2020, 1, 1);
        const QString uid = staff.add(admin, member);
        if (left.isValid())
            staff.setLeaveDate(admin, uid, left);
        return uid;
    };
    const QString li = addStaff(QStringLiteral("李护士"));
    const QString wang = addStaff(QStringLiteral("王护士"));
    const QString gone = addStaff(QStringLiteral("赵护士"), QDate(2026, 10, 1));

    const UserAccount lihs = users.addUser(admin, QStringLiteral("lihs"), {}, Role::Nurse, nursePassword, li);
    CHECK(lihs.staffUid == li);
    CHECK(lihs.staffName == QStringLiteral("李护士"));
    CHECK(users.users(admin).first().staffName == QStringLiteral("李护士")); // lihs before wang

    // One account per staff record, current staff only, existing records only.
    CHECK(kindOf([&] { users.addUser(admin, QStringLiteral("li2"), {}, Role::Nurse, nursePassword, li); }) ==
          Error::Kind::Conflict);
    CHECK(kindOf([&] { users.linkStaff(admin, QStringLiteral("wang"), gone); }) == Error::Kind::Validation);
    CHECK(kindOf([&] { users.linkStaff(admin, QStringLiteral("wang"), QStringLiteral("nobody")); }) ==
          Error::Kind::Validation);
    CHECK_FALSE(users.findUser(QStringLiteral("li2")).has_value());

    users.addUser(admin, QStringLiteral("wanghs"), {}, Role::Nurse, nursePassword);
    CHECK(users.findUser(QStringLiteral("wanghs"))->staffUid.isEmpty());
    users.linkStaff(admin, QStringLiteral("wanghs"), wang);
    CHECK(users.findUser(QStringLiteral("wanghs"))->staffUid == wang);
    CHECK(sql::scalar(temp.db(), QStringLiteral("SELECT new_values FROM audit_log ORDER BY id DESC LIMIT 1"))
              .toString()
              .contains(wang));
    users.linkStaff(admin, QStringLiteral("wanghs"), QString());
    CHECK(users.findUser(QStringLiteral("wanghs"))->staffUid.isEmpty());

    const Actor nurse = users.login(QStringLiteral("lihs"), nursePassword);
    CHECK(kindOf([&] { users.linkStaff(nurse, QStringLiteral("lihs"), wang); }) == Error::Kind::Permission);
}

TEST_CASE("A staff record is found by its uid or its exact name", "[auth]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    StaffService staff(temp.db());
    StaffMember member;
    member.name = QStringLiteral("李秀梅");
    member.role = StaffRole::Nurse;
    member.hireDate = QDate(2020, 1, 1);
    const QString first = staff.add(admin, member);
    CHECK(staff.findUid(admin, QStringLiteral("李秀梅")) == first);
    CHECK(staff.findUid(admin, first) == first);
    CHECK(kindOf([&] { staff.findUid(admin, QStringLiteral("李秀")); }) == Error::Kind::Validation);
    const QString second = staff.add(admin, member);
    try {
        staff.findUid(admin, QStringLiteral("李秀梅"));
        FAIL("an ambiguous name was accepted");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        CHECK(error.message().contains(first));
        CHECK(error.message().contains(second));
    }
}

TEST_CASE("A user name that looks like an existing one is refused, and each refusal names its reason",
          "[auth]")
{
    FastHashing fast;
    TempDatabase temp;
    UserService users(temp.db());
    const Actor admin = users.createFirstAdministrator(QStringLiteral("wang"), {}, adminPassword);
    users.addUser(admin, QStringLiteral("zhao.li"), {}, Role::Nurse, QStringLiteral("nurse-pass-1"));

    const auto refusal = [&](const QString& name) {
        try {
            users.addUser(admin, name, {}, Role::Nurse, QStringLiteral("nurse-pass-1"));
        } catch (const Error& error) {
            return error.message();
        }
        return QString();
    };
    // Case, full width, Cyrillic а and о, Greek ο: each looks like an account that exists.
    for (const QString& lookAlike :
         {QStringLiteral("Wang"), QStringLiteral("WANG"), QStringLiteral("ｗａｎｇ"),
          QString::fromUtf8("w\u0430ng"), QString::fromUtf8("zhao.l\u0456"),
          QString::fromUtf8("zha\u03bf.li"), QString::fromUtf8("zha\u043e.li")}) {
        INFO(lookAlike.toStdString());
        const QString message = refusal(lookAlike);
        CHECK(message.contains(QStringLiteral("looks like the existing account")));
        CHECK(message.contains(lookAlike));
    }
    CHECK(refusal(QStringLiteral("wang")).contains(QStringLiteral("already exists")));
    // The reason given is the actual problem.
    CHECK(refusal(QStringLiteral("wang：2")).contains(QStringLiteral("colon")));
    CHECK(refusal(QStringLiteral("cli:wang")).contains(QStringLiteral("colon")));
    CHECK(refusal(QStringLiteral("wang 2")).contains(QStringLiteral("spaces")));
    CHECK(refusal(QStringLiteral("wang\u00ad2")).contains(QStringLiteral("U+00AD")));
    CHECK(refusal(QStringLiteral("wang\x01")).contains(QStringLiteral("U+0001")));
    // Names that merely resemble each other in part are fine.
    CHECK(refusal(QStringLiteral("wang2")).isEmpty());
    CHECK(refusal(QStringLiteral("zhao.lin")).isEmpty());
    CHECK(users.users(admin).size() == 4);
}
