// The commands of issue 9: accounts linked to staff records, occupancy from the beds' service
// history, the overtime norm, check on old records, and the command line's own name.

#include "CliRunner.h"
#include "OldSchemaFile.h"
#include "auth/UserService.h"
#include "common/IdNumber.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <pwd.h>
#include <unistd.h>

using namespace jinglao;
using testing::CliRun;
using testing::runCliOn;

namespace {
QString addNurse(const QString& path, const QString& name)
{
    auto db = core::Database::open(path, core::Database::OpenMode::CreateIfMissing);
    core::StaffMember member;
    member.name = name;
    member.role = core::StaffRole::Nurse;
    member.hireDate = QDate(2020, 1, 1);
    return core::StaffService(*db).add(core::Actor(QStringLiteral("admin"), core::Role::Administrator),
                                       member);
}
} // namespace

TEST_CASE("jinglao-cli user add --staff and user link tie an account to a staff record", "[auth][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("users.sqlite"));
    const QString li = addNurse(path, QStringLiteral("李秀梅"));
    const QString wang = addNurse(path, QStringLiteral("王红"));

    const CliRun added = runCliOn(path,
                                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("lixm"),
                                   QStringLiteral("--role"), QStringLiteral("nurse"),
                                   QStringLiteral("--staff"), QStringLiteral("李秀梅")},
                                  "nurse-pass-1\n");
    INFO(added.err.toStdString());
    CHECK(added.exitCode == 0);
    CHECK(added.out.contains(QStringLiteral("linked to 李秀梅")));

    const CliRun unknown = runCliOn(path,
                                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("zhao"),
                                     QStringLiteral("--role"), QStringLiteral("nurse"),
                                     QStringLiteral("--staff"), QStringLiteral("赵")},
                                    "nurse-pass-1\n");
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("赵")));

    CHECK(runCliOn(path,
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("wanghong"),
                    QStringLiteral("--role"), QStringLiteral("nurse")},
                   "nurse-pass-1\n")
              .exitCode == 0);
    const CliRun linked = runCliOn(path, {QStringLiteral("user"), QStringLiteral("link"),
                                          QStringLiteral("wanghong"), QStringLiteral("--staff"), wang});
    CHECK(linked.exitCode == 0);
    const CliRun list = runCliOn(path, {QStringLiteral("user"), QStringLiteral("list"),
                                        QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(list.out.contains(QStringLiteral("lixm\tNURSE\tACTIVE\t\t李秀梅")));
    CHECK(list.out.contains(QStringLiteral("wanghong\tNURSE\tACTIVE\t\t王红")));
    // The same staff record twice is refused.
    CHECK(runCliOn(path, {QStringLiteral("user"), QStringLiteral("link"), QStringLiteral("wanghong"),
                          QStringLiteral("--staff"), li})
              .exitCode == 2);
    CHECK(runCliOn(path, {QStringLiteral("user"), QStringLiteral("unlink"), QStringLiteral("wanghong")})
              .exitCode == 0);

    auto db = core::Database::open(path);
    core::UserService users(*db);
    CHECK(users.findUser(QStringLiteral("lixm"))->staffUid == li);
    CHECK(users.findUser(QStringLiteral("wanghong"))->staffUid.isEmpty());
}

TEST_CASE("jinglao-cli occupancy counts beds in service on a past day and refuses a future one",
          "[beds][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    REQUIRE(runCliOn(path, {QStringLiteral("demo"), QStringLiteral("--beds"), QStringLiteral("20"),
                            QStringLiteral("--years"), QStringLiteral("1")})
                .exitCode == 0);
    const QString lastYear = QDate::currentDate().addMonths(-6).toString(Qt::ISODate);
    const CliRun past = runCliOn(path, {QStringLiteral("occupancy"), QStringLiteral("--date"), lastYear,
                                        QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(past.exitCode == 0);
    // Every demo bed was in service then, including those out of service today.
    CHECK(past.out.contains(QStringLiteral("\n%1\t20\t").arg(lastYear)));
    const CliRun today =
        runCliOn(path, {QStringLiteral("occupancy"), QStringLiteral("--format"), QStringLiteral("tsv")});
    CHECK(today.exitCode == 0);
    CHECK_FALSE(today.out.contains(QStringLiteral("\t20\t")));

    const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
    const CliRun future = runCliOn(path, {QStringLiteral("occupancy"), QStringLiteral("--date"), tomorrow});
    CHECK(future.exitCode == 2);
    CHECK(future.err.contains(QStringLiteral("Date")));
    CHECK(future.err.contains(tomorrow));
    CHECK(future.err.contains(QStringLiteral("future")));
}

TEST_CASE("jinglao-cli roster-norm shows and sets the monthly norm overtime is counted against",
          "[roster][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("norm.sqlite"));
    REQUIRE(runCliOn(path, {QStringLiteral("init")}).exitCode == 0);
    const CliRun shown = runCliOn(path, {QStringLiteral("roster-norm")});
    CHECK(shown.exitCode == 0);
    CHECK(shown.out.contains(QStringLiteral("174 hours")));
    CHECK(shown.out.contains(QStringLiteral("(statutory)")));
    const CliRun set = runCliOn(path, {QStringLiteral("roster-norm"), QStringLiteral("weekdays")});
    CHECK(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("(weekdays)")));
    const CliRun refused = runCliOn(path, {QStringLiteral("roster-norm"), QStringLiteral("monthly")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("monthly")));
}

TEST_CASE("jinglao-cli roster-target shows, sets, refuses and clears the target of residents per caregiver",
          "[roster][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("target.sqlite"));
    REQUIRE(runCliOn(path, {QStringLiteral("init")}).exitCode == 0);
    CHECK(runCliOn(path, {QStringLiteral("roster-target")}).out.contains(QStringLiteral("No target")));
    const CliRun set = runCliOn(path, {QStringLiteral("roster-target"), QStringLiteral("4.5")});
    CHECK(set.exitCode == 0);
    CHECK(set.out.contains(QStringLiteral("1:4.5")));
    for (const QString& wrong : {QStringLiteral("four"), QStringLiteral("0.5"), QStringLiteral("4.25")}) {
        const CliRun refused = runCliOn(path, {QStringLiteral("roster-target"), wrong});
        CHECK(refused.exitCode == 2);
        CHECK(refused.err.contains(wrong));
    }
    CHECK(runCliOn(path, {QStringLiteral("roster-target")}).out.contains(QStringLiteral("1:4.5")));
    CHECK(runCliOn(path, {QStringLiteral("roster-target"), QStringLiteral("none")})
              .out.contains(QStringLiteral("No target")));
}

TEST_CASE("jinglao-cli check lists old assessments raised two steps for review and changes nothing",
          "[assessments][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.sqlite"));
    const QString first17 = QStringLiteral("13082119400301001");
    testing::writeFileAtVersion(
        path, 6,
        {testing::oldRecord(QStringLiteral("residents"),
                            {{QStringLiteral("uid"), QStringLiteral("r-1")},
                             {QStringLiteral("name"), QStringLiteral("张三")},
                             {QStringLiteral("id_number"), first17 + core::IdNumber::checkCharacter(first17)},
                             {QStringLiteral("gender"), 1},
                             {QStringLiteral("birth_date"), QStringLiteral("1940-03-01")},
                             {QStringLiteral("category"), QStringLiteral("TK")},
                             {QStringLiteral("admission_date"), QStringLiteral("2025-06-01")}}),
         testing::oldAssessmentRaisedTwoSteps(QStringLiteral("r-1"))});
    const CliRun check = runCliOn(path, {QStringLiteral("check")});
    CHECK(check.exitCode == 2);
    CHECK(check.out.contains(QStringLiteral("The assessment of 张三 on 2025-07-01")));
    CHECK(check.out.contains(QStringLiteral("review")));
    CHECK(check.err.contains(QStringLiteral("found.")));
    auto db = core::Database::open(path);
    CHECK(core::sql::scalar(*db, QStringLiteral("SELECT level FROM assessments")).toInt() == 3);
}

TEST_CASE("The command line names its user from the operating system when $USER is unset", "[audit][cli]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("cron.sqlite"));
    REQUIRE(runCliOn(path, {QStringLiteral("init")}).exitCode == 0);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("USER"));
    environment.remove(QStringLiteral("LOGNAME"));
    environment.remove(QStringLiteral("USERNAME"));
    const CliRun run = testing::runProgram(
        QStringLiteral(JINGLAO_CLI),
        {QStringLiteral("--db"), path, QStringLiteral("assessment-interval"), QStringLiteral("4")}, {},
        environment);
    REQUIRE(run.exitCode == 0);
    auto db = core::Database::open(path);
    const QString actor =
        core::sql::scalar(*db, QStringLiteral("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1"))
            .toString();
    CHECK(actor == QStringLiteral("cli:") + QString::fromLocal8Bit(getpwuid(geteuid())->pw_name));
}
