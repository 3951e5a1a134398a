// The month's home-visit plan for the staff: each person's family beds with address and phone,
// special-difficulty elders first, the beds nobody employed is assigned to apart; its XLSX export;
// the days left in a month; and whose visits a nurse's account records by default.

#include "ExportedText.h"
#include "FamilyBedFixture.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/VisitPlanXlsxExport.h"
#include "storage/Sql.h"

#include <QFile>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {
// From November the bed is assigned to staffUid (the agreement until October is ended, then renewed).
void assign(testing::FamilyBedFixture& f, const QString& bed, const QString& staffUid)
{
    FamilyBedService beds(f.db());
    const Agreement agreement = beds.agreements(f.admin, bed).constFirst();
    beds.endAgreement(f.admin, agreement.uid, QDate(2026, 10, 31), QStringLiteral("换人负责"));
    Agreement next = agreement;
    next.startsOn = QDate(2026, 11, 1);
    next.staffUid = staffUid;
    beds.renewAgreement(f.admin, agreement.uid, next);
}

QStringList names(const StaffVisitPlan& plan)
{
    QStringList found;
    for (const BedCoverage& bed : plan.beds)
        found.append(bed.name);
    return found;
}

struct PlanCenter {
    testing::FamilyBedFixture f;
    QString zhou;

    PlanCenter()
    {
        zhou = f.addStaff(QStringLiteral("周敏"), QDate(2021, 1, 1), QDate());
        f.addFamilyBed(QStringLiteral("阿红"), false); // 李秀梅's, as the fixture assigns
        f.addFamilyBed(QStringLiteral("贝兰"), true);
        assign(f, f.addFamilyBed(QStringLiteral("陈芳"), false), zhou);
        // 王红 left on 2026-10-01: in November nobody employed is assigned to 丁梅.
        assign(f, f.addFamilyBed(QStringLiteral("丁梅"), true), f.wang);
        assign(f, f.addFamilyBed(QStringLiteral("高山"), false), QString());
        f.addFamilyBed(QStringLiteral("范云"), true, QDate(2026, 12, 1)); // from December
    }
};
} // namespace

TEST_CASE("The visit plan gives each staff member their beds, special-difficulty elders first",
          "[familybeds]")
{
    PlanCenter center;
    testing::FamilyBedFixture& f = center.f;
    const QList<StaffVisitPlan> plan = HomeVisitService(f.db()).visitPlan(f.admin, QDate(2026, 11, 5));
    REQUIRE(plan.size() == 3);
    CHECK(plan.at(0).staffUid == f.li);
    CHECK(plan.at(0).staffName == QStringLiteral("李秀梅"));
    CHECK(names(plan.at(0)) == QStringList{QStringLiteral("贝兰"), QStringLiteral("阿红")});
    CHECK(plan.at(0).plannedVisits() == 4);
    CHECK(plan.at(1).staffUid == center.zhou);
    CHECK(names(plan.at(1)) == QStringList{QStringLiteral("陈芳")});
    CHECK(plan.at(2).staffUid.isEmpty());
    CHECK(plan.at(2).staffName == HomeVisitService::unassignedLabel());
    CHECK(names(plan.at(2)) == QStringList{QStringLiteral("丁梅"), QStringLiteral("高山")});
    // The address and phone to find the elder, in full for the administrator …
    CHECK(plan.at(0).beds.at(0).address == QStringLiteral("承德县下板城镇南沟村3组12号"));
    CHECK(plan.at(0).beds.at(0).phone == QStringLiteral("13812345678"));
    // … masked for a role without personal data.
    const QList<StaffVisitPlan> masked = HomeVisitService(f.db()).visitPlan(f.nurse, QDate(2026, 11, 5));
    CHECK(masked.at(0).beds.at(0).phone.contains(QLatin1Char('*')));
    CHECK_FALSE(masked.at(0).beds.at(0).address.contains(QStringLiteral("3组12号")));

    SECTION("in October 王红 was gone already, and 陈芳 was still 李秀梅's")
    {
        const QList<StaffVisitPlan> october = HomeVisitService(f.db()).visitPlan(f.admin, QDate(2026, 10, 1));
        REQUIRE(october.size() == 1);
        CHECK(october.at(0).staffUid == f.li);
        CHECK(october.at(0).beds.size() == 5);
    }
    SECTION("a month without active family beds has no plan")
    {
        CHECK(HomeVisitService(f.db()).visitPlan(f.admin, QDate(2026, 1, 1)).isEmpty());
    }
}

TEST_CASE("The visit plan exports as XLSX, audited, its text as written", "[familybeds]")
{
    PlanCenter center;
    testing::FamilyBedFixture& f = center.f;
    CenterProfile profile;
    profile.name = QStringLiteral("下板城镇敬老院");
    CenterService(f.db()).save(f.admin, profile);
    FamilyBed odd = f.elder(QStringLiteral("韩梅"), true);
    odd.county.clear();
    odd.township.clear();
    odd.village.clear();
    odd.streetAddress = QStringLiteral("=1+1号");
    const QString oddUid = FamilyBedService(f.db()).add(f.admin, odd);
    Agreement agreement;
    agreement.familyBedUid = oddUid;
    agreement.startsOn = QDate(2026, 11, 1);
    agreement.services = {VisitService::Visit};
    agreement.staffUid = center.zhou;
    FamilyBedService(f.db()).addAgreement(f.admin, agreement);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.xlsx"));
    CHECK(VisitPlanXlsxExport::write(f.db(), f.admin, QDate(2026, 11, 1), path) == 6);
    const QVariantMap audited = sql::row(
        f.db(),
        QStringLiteral("SELECT action, table_name, new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    CHECK(audited.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(audited.value(QStringLiteral("table_name")).toString() == QStringLiteral("family_beds"));
    const QString what = audited.value(QStringLiteral("new_values")).toString();
    CHECK(what.contains(QStringLiteral("\"kind\":\"visit_plan_xlsx\"")));
    CHECK(what.contains(QStringLiteral("\"scope\":\"2026-11\"")));
    CHECK(what.contains(QStringLiteral("\"records\":6")));

    const QString strings = testing::xlsxStrings(path);
    CHECK(strings.contains(QStringLiteral("下板城镇敬老院 home-visit plan 2026-11")));
    CHECK(strings.contains(QStringLiteral("周敏")));
    CHECK(strings.contains(QStringLiteral("承德县下板城镇南沟村3组12号")));
    CHECK(strings.contains(QStringLiteral("13812345678")));
    // A string cell is never a formula: the text is kept as written, with no apostrophe.
    CHECK(strings.contains(QStringLiteral("<t>=1+1号</t>")));
    CHECK_FALSE(strings.contains(QStringLiteral("'=")));
    CHECK(strings.contains(HomeVisitService::unassignedLabel()));

    SECTION("a file that cannot be written is not audited as exported")
    {
        const int before = sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
        CHECK_THROWS_AS(VisitPlanXlsxExport::write(f.db(), f.admin, QDate(2026, 11, 1),
                                                   dir.filePath(QStringLiteral("no/such/folder/p.xlsx"))),
                        Error);
        CHECK(sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt() == before);
    }
}

TEST_CASE("The days left in a month count today, all of a month to come and none of one gone", "[familybeds]")
{
    MonthCoverage month;
    month.first = QDate(2026, 11, 1);
    month.last = QDate(2026, 11, 30);
    CHECK(month.daysLeftOn(QDate(2026, 10, 20)) == 30);
    CHECK(month.daysLeftOn(QDate(2026, 11, 1)) == 30);
    CHECK(month.daysLeftOn(QDate(2026, 11, 20)) == 11);
    CHECK(month.daysLeftOn(QDate(2026, 11, 30)) == 1);
    CHECK(month.daysLeftOn(QDate(2026, 12, 1)) == 0);
}

TEST_CASE("A nurse's visits are by the staff record her account is linked to", "[familybeds]")
{
    testing::FamilyBedFixture f;
    HomeVisitService visits(f.db());
    const UserAccount account =
        UserService(f.db()).addUser(f.admin, QStringLiteral("lixm"), QStringLiteral("李秀梅"), Role::Nurse,
                                    QStringLiteral("secret-pass"), f.li);
    CHECK(visits.staffUidOf(Actor(QStringLiteral("lixm"), Role::Nurse, account.uid)) == f.li);
    // Not linked, not an account, or another account's name: nobody.
    UserService(f.db()).addUser(f.admin, QStringLiteral("reader"), QString(), Role::ReadOnly,
                                QStringLiteral("secret-pass"));
    const UserAccount reader = *UserService(f.db()).findUser(QStringLiteral("reader"));
    CHECK(visits.staffUidOf(Actor(QStringLiteral("reader"), Role::ReadOnly, reader.uid)).isEmpty());
    CHECK(visits.staffUidOf(f.nurse).isEmpty());
    CHECK(visits.staffUidOf(Actor(QStringLiteral("lixm"), Role::Nurse, reader.uid)).isEmpty());
}
