#include "staff/StaffService.h"

#include "TempDatabase.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "storage/Sql.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;
using jinglao::core::StaffMember;
using jinglao::core::StaffRole;
using jinglao::core::StaffService;

namespace {
const core::Actor admin(QStringLiteral("admin"), core::Role::Administrator);

QString validId(const QString& first17)
{
    return first17 + core::IdNumber::checkCharacter(first17);
}

StaffMember person(const QString& name, StaffRole role, int skill = 0)
{
    StaffMember member;
    member.name = name;
    member.role = role;
    member.skillLevel = skill;
    member.hireDate = QDate(2024, 3, 1);
    return member;
}

struct FixedClock {
    FixedClock()
    {
        core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    }
    ~FixedClock() { core::Clock::resetForTesting(); }
};
} // namespace

TEST_CASE("A staff member's ID number is validated like a resident's", "[staff]")
{
    testing::TempDatabase db;
    StaffService service(db.db());
    StaffMember member = person(QStringLiteral("王芳"), StaffRole::Nurse);

    SECTION("a wrong check digit is refused and nothing is written")
    {
        QString id = validId(QStringLiteral("13082119800101002"));
        id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        member.idNumber = id;
        CHECK_THROWS_MATCHES(service.add(admin, member), core::Error,
                             Catch::Predicate<core::Error>([](const core::Error& e) {
                                 return e.kind() == core::Error::Kind::Validation;
                             }));
        CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM staff")).toInt() == 0);
    }
    SECTION("a valid number with a lower-case x is stored normalized")
    {
        QString id;
        for (int n = 0; n < 100 && !id.endsWith(QLatin1Char('X')); ++n)
            id = validId(QStringLiteral("130821198001010") +
                         QString::number(n).rightJustified(2, QLatin1Char('0')));
        REQUIRE(id.endsWith(QLatin1Char('X')));
        member.idNumber = id.toLower();
        const QString uid = service.add(admin, member);
        CHECK(service.get(admin, uid).idNumber == id);
    }
    SECTION("the same ID number twice is a conflict")
    {
        member.idNumber = validId(QStringLiteral("13082119800101002"));
        service.add(admin, member);
        StaffMember other = person(QStringLiteral("李强"), StaffRole::Doctor);
        other.idNumber = member.idNumber;
        CHECK_THROWS_AS(service.add(admin, other), core::Error);
    }
}

TEST_CASE("Only caregivers have a skill level, from 1 to 5", "[staff]")
{
    testing::TempDatabase db;
    StaffService service(db.db());
    CHECK_NOTHROW(service.add(admin, person(QStringLiteral("张三"), StaffRole::Caregiver, 5)));
    CHECK_NOTHROW(service.add(admin, person(QStringLiteral("张四"), StaffRole::Caregiver, 0)));
    CHECK_THROWS_AS(service.add(admin, person(QStringLiteral("张五"), StaffRole::Caregiver, 6)), core::Error);
    CHECK_THROWS_AS(service.add(admin, person(QStringLiteral("张六"), StaffRole::Nurse, 2)), core::Error);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM staff")).toInt() == 2);
}

TEST_CASE("Former staff stay on file and are listed apart", "[staff]")
{
    testing::TempDatabase db;
    StaffService service(db.db());
    const QString stays = service.add(admin, person(QStringLiteral("在职"), StaffRole::Caregiver, 2));
    const QString leaves = service.add(admin, person(QStringLiteral("离职"), StaffRole::Caregiver, 2));
    service.setLeaveDate(admin, leaves, QDate(2026, 10, 1));
    const QDate day(2026, 11, 10);
    const auto current = service.list(admin, StaffService::Filter::Current, day);
    const auto former = service.list(admin, StaffService::Filter::Former, day);
    REQUIRE(current.size() == 1);
    CHECK(current.first().uid == stays);
    REQUIRE(former.size() == 1);
    CHECK(former.first().uid == leaves);
    CHECK(service.list(admin, StaffService::Filter::All, day).size() == 2);
    CHECK_THROWS_AS(service.setLeaveDate(admin, stays, QDate(2020, 1, 1)), core::Error);
}

TEST_CASE("Phone and ID number are masked for roles without personal-data access", "[staff]")
{
    testing::TempDatabase db;
    StaffService service(db.db());
    StaffMember member = person(QStringLiteral("赵敏"), StaffRole::Nurse);
    member.phone = QStringLiteral("13812345678");
    member.idNumber = validId(QStringLiteral("13082119800101002"));
    const QString uid = service.add(admin, member);
    const core::Actor reader(QStringLiteral("reader"), core::Role::ReadOnly);
    CHECK(service.get(admin, uid).phone == QStringLiteral("13812345678"));
    CHECK(service.get(reader, uid).phone == QStringLiteral("138****5678"));
    CHECK(service.get(reader, uid).idNumber.contains(QLatin1Char('*')));
    CHECK_THROWS_AS(service.add(reader, member), core::Error);
}

TEST_CASE("Certificates warn 30 days before they expire and once expired", "[staff]")
{
    FixedClock clock;
    testing::TempDatabase db;
    StaffService service(db.db());
    const QString uid = service.add(admin, person(QStringLiteral("护理员甲"), StaffRole::Caregiver, 3));
    const QDate today(2026, 11, 10);
    service.addCertificate(admin, {{}, uid, QStringLiteral("far"), {}, today.addDays(31)});
    service.addCertificate(admin, {{}, uid, QStringLiteral("soon"), {}, today.addDays(30)});
    service.addCertificate(admin, {{}, uid, QStringLiteral("gone"), {}, today.addDays(-1)});
    service.addCertificate(admin, {{}, uid, QStringLiteral("never"), {}, {}});
    const auto warnings = service.certificateWarnings(admin, today);
    REQUIRE(warnings.size() == 2);
    CHECK(warnings.at(0).certificate.name == QStringLiteral("gone"));
    CHECK(warnings.at(0).expired);
    CHECK(warnings.at(1).certificate.name == QStringLiteral("soon"));
    CHECK_FALSE(warnings.at(1).expired);
    CHECK(warnings.at(1).daysLeft == 30);
    CHECK(service.certificates(admin, uid).size() == 4);
}

TEST_CASE("A staff picker lists people by pinyin alone with their role; a typed spelling finds the closest "
          "first",
          "[staff]")
{
    FixedClock clock;
    testing::TempDatabase db;
    StaffService service(db.db());
    const QString zhang = service.add(admin, person(QStringLiteral("张丽"), StaffRole::Caregiver));
    const QString zeng = service.add(admin, person(QStringLiteral("曾芳"), StaffRole::Nurse));
    service.add(admin, person(QStringLiteral("王强"), StaffRole::Doctor));
    const QString former = service.add(admin, person(QStringLiteral("安平"), StaffRole::Nurse));
    service.setLeaveDate(admin, former, QDate(2026, 6, 1));
    const auto shown = [](const QList<core::PersonChoice>& people) {
        QStringList result;
        for (const core::PersonChoice& person : people)
            result.append(person.name + QLatin1Char(' ') + person.detail);
        return result;
    };
    const QDate today(2026, 11, 10);
    // list() groups by role; a picker is in pinyin order: wang, zeng (a surname, not ceng), zhang.
    CHECK(service.list(admin, StaffService::Filter::Current, today).constFirst().uid == zhang);
    CHECK(shown(service.choices(admin, StaffService::Filter::Current, today)) ==
          QStringList{QStringLiteral("王强 ") + core::staffRoleCodes().label(StaffRole::Doctor),
                      QStringLiteral("曾芳 ") + core::staffRoleCodes().label(StaffRole::Nurse),
                      QStringLiteral("张丽 ") + core::staffRoleCodes().label(StaffRole::Caregiver)});
    const QList<core::PersonChoice> typed =
        service.choices(admin, StaffService::Filter::Current, today, QStringLiteral("zeng"));
    REQUIRE_FALSE(typed.isEmpty());
    CHECK(typed.constFirst().uid == zeng);
    CHECK(shown(service.choices(admin, StaffService::Filter::All, today)).constFirst() ==
          QStringLiteral("安平 %1, former").arg(core::staffRoleCodes().label(StaffRole::Nurse)));
}
