// jinglao-cli user …: run the real binary, passwords on standard input.

#include "CliRunner.h"
#include "TempDatabase.h"
#include "auth/UserService.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <QProcess>

#include <catch2/catch.hpp>

TEST_CASE("jinglao-cli user add reads the password from standard input", "[auth]")
{
    jinglao::testing::TempDatabase temp;
    const QString path = temp.path();
    temp.close();

    const jinglao::testing::CliRun added = jinglao::testing::runCliOn(
        path,
        {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"),
         QStringLiteral("admin"), QStringLiteral("--name"), QStringLiteral("王院长")},
        "first-pass-1\n");
    CHECK(added.exitCode == 0);
    CHECK_FALSE(added.out.contains(QStringLiteral("first-pass-1")));

    const jinglao::testing::CliRun nurse =
        jinglao::testing::runCliOn(path,
                                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                    QStringLiteral("--role"), QStringLiteral("nurse")},
                                   "nurse-pass-1\n");
    CHECK(nurse.exitCode == 0);

    temp.reopen();
    jinglao::core::UserService users(temp.db());
    CHECK(users.login(QStringLiteral("wang"), QStringLiteral("first-pass-1")).role() ==
          jinglao::core::Role::Administrator);
    CHECK(users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1")).role() ==
          jinglao::core::Role::Nurse);
    CHECK(jinglao::core::sql::scalar(temp.db(),
                                     QStringLiteral("SELECT actor FROM audit_log WHERE action = 'INSERT' "
                                                    "AND table_name = 'users' LIMIT 1"))
              .toString()
              .startsWith(QStringLiteral("cli:")));
    temp.close();

    SECTION("user list prints every account and exits 0")
    {
        const jinglao::testing::CliRun listed =
            jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list")});
        CHECK(listed.exitCode == 0);
        CHECK(listed.out.startsWith(QStringLiteral("User name\tRole\tState\tName\tStaff record\n")));
        CHECK(listed.out.contains(QStringLiteral("wang\tAdministrator\tactive\t王院长")));
        CHECK(listed.out.contains(QStringLiteral("zhao\tNurse\tactive")));
        const jinglao::testing::CliRun tsv =
            jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list"),
                                              QStringLiteral("--format"), QStringLiteral("tsv")});
        CHECK(tsv.out.startsWith(QStringLiteral("username\trole\tstate\tname\tstaff\n")));
        CHECK(tsv.out.contains(QStringLiteral("wang\tADMIN\tACTIVE\t王院长")));
    }
    SECTION("a short password is refused with exit code 2 and no account")
    {
        const jinglao::testing::CliRun refused =
            jinglao::testing::runCliOn(path,
                                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("sun"),
                                        QStringLiteral("--role"), QStringLiteral("readonly")},
                                       "short\n");
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(QStringLiteral("at least 8")));
        CHECK_FALSE(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list")})
                        .out.contains(QStringLiteral("sun")));
    }
    SECTION("no password on standard input is refused")
    {
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("add"),
                                                QStringLiteral("sun"), QStringLiteral("--role"),
                                                QStringLiteral("readonly")})
                  .exitCode == 2);
    }
    SECTION("a duplicate user name is refused")
    {
        CHECK(
            jinglao::testing::runCliOn(path,
                                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                        QStringLiteral("--role"), QStringLiteral("nurse")},
                                       "nurse-pass-2\n")
                .exitCode == 2);
    }
    SECTION("the last administrator cannot be disabled, a nurse can")
    {
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("wang")})
                  .exitCode == 2);
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhao")})
                  .exitCode == 0);
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list"),
                                                QStringLiteral("--format"), QStringLiteral("tsv")})
                  .out.contains(QStringLiteral("zhao\tNURSE\tDISABLED")));
    }
    SECTION("role and enable change an account")
    {
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("role"),
                                                QStringLiteral("zhao"), QStringLiteral("--role"),
                                                QStringLiteral("readonly")})
                  .exitCode == 0);
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("role"),
                                                QStringLiteral("wang"), QStringLiteral("--role"),
                                                QStringLiteral("nurse")})
                  .exitCode == 2);
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("disable"), QStringLiteral("zhao")})
                  .exitCode == 0);
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("enable"), QStringLiteral("zhao")})
                  .exitCode == 0);
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list"),
                                                QStringLiteral("--format"), QStringLiteral("tsv")})
                  .out.contains(QStringLiteral("zhao\tREADONLY\tACTIVE")));
    }
    SECTION("passwd sets a new password read from standard input")
    {
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("zhao")},
                  "changed-pass\n")
                  .exitCode == 0);
        temp.reopen();
        CHECK(jinglao::core::UserService(temp.db())
                  .login(QStringLiteral("zhao"), QStringLiteral("changed-pass"))
                  .name() == QStringLiteral("zhao"));
        temp.close();
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("passwd"), QStringLiteral("nobody")},
                  "changed-pass\n")
                  .exitCode == 2);
    }
    SECTION("usage errors exit 1, a refused value 2")
    {
        CHECK(jinglao::testing::runCliOn(path, {QStringLiteral("user")}).exitCode == 1);
        CHECK(
            jinglao::testing::runCliOn(
                path, {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li")}, "some-pass-1\n")
                .exitCode == 1);
        CHECK(jinglao::testing::runCliOn(path,
                                         {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("li"),
                                          QStringLiteral("--role"), QStringLiteral("boss")},
                                         "some-pass-1\n")
                  .exitCode == 2);
        CHECK(jinglao::testing::runCliOn(
                  path, {QStringLiteral("user"), QStringLiteral("list"), QStringLiteral("extra")})
                  .exitCode == 1);
    }
}

TEST_CASE("jinglao-cli user list on a database without accounts exits 0", "[auth]")
{
    jinglao::testing::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    const jinglao::testing::CliRun listed =
        jinglao::testing::runCliOn(path, {QStringLiteral("user"), QStringLiteral("list")});
    CHECK(listed.exitCode == 0);
    CHECK(listed.out == QStringLiteral("User name\tRole\tState\tName\tStaff record\n"));
}

TEST_CASE("jinglao-cli user unlock lifts a lockout and refuses an account that is not locked", "[auth]")
{
    jinglao::testing::TempDatabase temp;
    {
        jinglao::core::UserService users(temp.db());
        const jinglao::core::Actor admin =
            users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
        users.addUser(admin, QStringLiteral("zhao"), {}, jinglao::core::Role::Nurse,
                      QStringLiteral("nurse-pass-1"));
        for (int attempt = 0; attempt < jinglao::core::UserService::MaxFailedAttempts; ++attempt) {
            try {
                users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass"));
            } catch (const jinglao::core::Error&) {
            }
        }
        REQUIRE(users.findUser(QStringLiteral("zhao"))->lockedUntil.isValid());
    }
    const QString path = temp.path();
    temp.close();
    const jinglao::testing::CliRun unlocked = jinglao::testing::runCliOn(
        path, {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("zhao")});
    CHECK(unlocked.exitCode == 0);
    CHECK(unlocked.out.contains(QStringLiteral("zhao")));
    const jinglao::testing::CliRun again = jinglao::testing::runCliOn(
        path, {QStringLiteral("user"), QStringLiteral("unlock"), QStringLiteral("zhao")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("zhao")));

    temp.reopen();
    jinglao::core::UserService users(temp.db());
    CHECK_FALSE(users.findUser(QStringLiteral("zhao"))->lockedUntil.isValid());
    CHECK(users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1")).name() ==
          QStringLiteral("zhao"));
}
