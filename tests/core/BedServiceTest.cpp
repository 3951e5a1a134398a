// Rooms and beds: codes, service state, the bed map's figures and occupancy on past dates.

#include "beds/BedService.h"
#include "modules/ModuleSet.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "checks/HealthCheck.h"
#include "common/Error.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using jinglao::testing::addBed;
using jinglao::testing::admin;
using jinglao::testing::person;

TEST_CASE("Bulk-adding a room's beds numbers them after the room's highest bed", "[beds]")
{
    testing::TempDatabase db;
    BedService beds(db.db());
    CHECK(beds.addRoomBeds(admin(), QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("101"), 2,
                           BedType::Nursing,
                           false) == QStringList{QStringLiteral("A-101-1"), QStringLiteral("A-101-2")});
    CHECK(beds.addRoomBeds(admin(), QStringLiteral("A"), QStringLiteral("1"), QStringLiteral("101"), 1,
                           BedType::Nursing, true) == QStringList{QStringLiteral("A-101-3")});
    CHECK(beds.bedByCode(admin(), QStringLiteral("a-101-3")).dementiaUnit);
    CHECK(beds.beds(admin()).size() == 3);
}

TEST_CASE("A bed code is unique", "[beds]")
{
    testing::TempDatabase db;
    addBed(db.db(), QStringLiteral("A-101-1"));
    Bed again;
    again.code = QStringLiteral("A-101-1");
    again.room = QStringLiteral("101");
    try {
        BedService(db.db()).addBed(admin(), again);
        FAIL("a second bed A-101-1 was added");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        CHECK(error.message().contains(QStringLiteral("A-101-1")));
    }
    again.code = QStringLiteral("A 101");
    CHECK_THROWS_WITH(BedService(db.db()).addBed(admin(), again), Catch::Contains("A 101"));
}

TEST_CASE("Beds sort naturally: A-101-2 before A-101-10", "[beds]")
{
    CHECK(BedService::codeLess(QStringLiteral("A-101-2"), QStringLiteral("A-101-10")));
    CHECK_FALSE(BedService::codeLess(QStringLiteral("A-101-10"), QStringLiteral("A-101-2")));
}

TEST_CASE("An occupied bed cannot be taken out of service; a free one can", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString taken = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString free = addBed(db.db(), QStringLiteral("A-101-2"));
    ResidentService(db.db()).admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 5), taken));
    BedService beds(db.db());
    try {
        beds.setInService(admin(), taken, false);
        FAIL("took an occupied bed out of service");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("A-101-1")));
    }
    beds.setInService(admin(), free, false, {}, QStringLiteral("维修"));
    CHECK_FALSE(beds.bed(admin(), free).inService);
    beds.setInService(admin(), free, true);
    CHECK(beds.bed(admin(), free).inService);
}

TEST_CASE("The nursing-bed ratio counts beds in service only", "[beds]")
{
    testing::TempDatabase db;
    const QString n1 = addBed(db.db(), QStringLiteral("A-101-1"), BedType::Nursing);
    addBed(db.db(), QStringLiteral("A-101-2"), BedType::Nursing);
    addBed(db.db(), QStringLiteral("B-101-1"), BedType::General);
    addBed(db.db(), QStringLiteral("B-101-2"), BedType::General);
    BedService beds(db.db());
    BedSummary summary = beds.summary(admin());
    CHECK(summary.inService == 4);
    CHECK(summary.nursing == 2);
    CHECK(summary.nursingRatio() == Approx(0.5));
    CHECK(summary.nursingRatioBelowTarget());

    const QString g3 = addBed(db.db(), QStringLiteral("A-101-3"), BedType::Nursing);
    summary = beds.summary(admin());
    CHECK(summary.nursingRatio() == Approx(0.6));
    CHECK_FALSE(summary.nursingRatioBelowTarget());

    // Two nursing beds out of service: 1 of 3 beds in service is a nursing bed.
    beds.setInService(admin(), n1, false, {}, QStringLiteral("维修"));
    beds.setInService(admin(), g3, false, {}, QStringLiteral("维修"));
    summary = beds.summary(admin());
    CHECK(summary.inService == 3);
    CHECK(summary.outOfService == 2);
    CHECK(summary.nursing == 1);
    CHECK(summary.nursingRatioBelowTarget());
}

TEST_CASE("The bed map shows who holds each bed and its state", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString taken = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString off = addBed(db.db(), QStringLiteral("A-101-2"));
    addBed(db.db(), QStringLiteral("A-101-3"));
    ResidentService(db.db()).admit(
        admin(), person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 2, 1), taken));
    BedService beds(db.db());
    beds.setInService(admin(), off, false, {}, QStringLiteral("维修"));
    const QList<BedView> map = beds.bedMap(admin());
    REQUIRE(map.size() == 3);
    CHECK(map.at(0).state == BedState::Occupied);
    CHECK(map.at(0).residentName == QStringLiteral("李四"));
    CHECK(map.at(0).careLevel == -1);
    CHECK(map.at(1).state == BedState::OutOfService);
    CHECK(map.at(2).state == BedState::Free);
    const BedSummary summary = beds.summary(admin());
    CHECK(summary.occupied == 1);
    CHECK(summary.free == 1);
    CHECK(summary.occupancyRate() == Approx(0.5));
}

namespace {
// A module that keeps one resident away from the center (as referrals do while a resident is in
// hospital), to show that the bed map learns who is away from the modules.
class AwayModule : public Module {
public:
    explicit AwayModule(QString residentUid)
        : m_residentUid(std::move(residentUid))
    {}
    QString id() const override { return QStringLiteral("away"); }
    QString title() const override { return QStringLiteral("Away"); }
    QSet<QString> residentsAwayOn(const Database&, const QDate&) const override { return {m_residentUid}; }

private:
    QString m_residentUid;
};
} // namespace

TEST_CASE("A resident a module keeps away holds the bed", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString uid = ResidentService(db.db()).admit(
        admin(), person(QStringLiteral("王五"), QDate(1941, 1, 1), 1, QDate(2026, 2, 1), bed));
    CHECK(BedService(db.db()).bedMap(admin()).at(0).state == BedState::Occupied);

    const ModuleSet withAway({std::make_shared<AwayModule>(uid)});
    BedService beds(db.db(), withAway);
    const QList<BedView> map = beds.bedMap(admin());
    REQUIRE(map.size() == 1);
    CHECK(map.at(0).state == BedState::Held);
    const BedSummary summary = beds.summaryOn(admin(), QDate(2026, 11, 2));
    CHECK(summary.held == 1);
    CHECK(summary.occupied == 1); // a held bed is occupied in every figure
    CHECK_THROWS_AS(beds.setInService(admin(), bed, false), Error);
}

TEST_CASE("Occupancy on a past date comes from the bed history", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = addBed(db.db(), QStringLiteral("A-101-2"));
    const QString c = addBed(db.db(), QStringLiteral("A-101-3"));
    ResidentService residents(db.db());
    const QString zhang = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2025, 1, 10), a, 1));
    const QString li = residents.admit(
        admin(), person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2025, 3, 1), b, 2));
    residents.transfer(admin(), zhang, c, QDate(2025, 6, 1), QStringLiteral("护理需要"));
    residents.discharge(admin(), li, QDate(2025, 9, 30), DischargeReason::Home);

    BedService beds(db.db());
    CHECK(beds.occupancyOn(admin(), QDate(2025, 1, 9)) == 0);
    CHECK(beds.occupancyOn(admin(), QDate(2025, 1, 10)) == 1);
    CHECK(beds.occupancyOn(admin(), QDate(2025, 3, 1)) == 2);
    CHECK(beds.occupantsOn(admin(), QDate(2025, 5, 31)).value(a) == zhang);
    CHECK_FALSE(beds.occupantsOn(admin(), QDate(2025, 6, 1)).contains(a)); // moved out that day
    CHECK(beds.occupancyOn(admin(), QDate(2025, 9, 29)) == 2);
    CHECK(beds.occupancyOn(admin(), QDate(2025, 9, 30)) == 1); // discharged that day
    CHECK(beds.occupancyOn(admin(), QDate(2026, 11, 2)) == 1);
}

TEST_CASE("A nurse may not manage beds", "[beds]")
{
    testing::TempDatabase db;
    Bed bed;
    bed.room = QStringLiteral("101");
    try {
        BedService(db.db()).addBed(Actor(QStringLiteral("n"), Role::Nurse), bed);
        FAIL("a nurse added a bed");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Permission);
    }
}

TEST_CASE("The health check finds a bed history that disagrees with the residents", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    // Admitted within the month a first assessment may still be pending.
    ResidentService(db.db()).admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 20), bed));
    CHECK(HealthCheck(db.db()).run().isEmpty());
    // A damaged file: the bed history entry ended behind the program's back.
    sql::exec(db.db(), QStringLiteral("UPDATE bed_assignments SET to_date = '2026-10-25'"));
    const QList<HealthCheck::Finding> findings = HealthCheck(db.db()).run();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).check == QStringLiteral("bed_history"));
    CHECK(findings.at(0).message.contains(QStringLiteral("A-101-1")));
}

TEST_CASE("Beds count on a past day by the periods they were in service", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    BedService beds(db.db());
    Bed nursing;
    nursing.code = QStringLiteral("A-101-1");
    nursing.building = QStringLiteral("A");
    nursing.floor = QStringLiteral("1");
    nursing.room = QStringLiteral("101");
    nursing.type = BedType::Nursing;
    nursing.inServiceSince = QDate(2025, 1, 1);
    const QString n = beds.addBed(admin(), nursing);
    Bed general = nursing;
    general.code = QStringLiteral("B-101-1");
    general.building = QStringLiteral("B");
    general.type = BedType::General;
    const QString g = beds.addBed(admin(), general);
    Bed later = general;
    later.code = QStringLiteral("B-101-2");
    later.inServiceSince = QDate(2026, 3, 1);
    beds.addBed(admin(), later);

    // The general bed was repaired from 2025-06-01 to 2025-09-01.
    beds.setInService(admin(), g, false, QDate(2025, 6, 1), QStringLiteral("床架损坏"));
    beds.setInService(admin(), g, true, QDate(2025, 9, 1), QStringLiteral("维修完成"));
    const QList<BedServicePeriod> periods = beds.servicePeriods(admin(), g);
    REQUIRE(periods.size() == 2);
    CHECK(periods.at(0).to == QDate(2025, 6, 1));
    CHECK(periods.at(0).endReason == QStringLiteral("床架损坏"));
    CHECK(periods.at(1).from == QDate(2025, 9, 1));
    CHECK(periods.at(1).reason == QStringLiteral("维修完成"));

    const BedSummary january = beds.summaryOn(admin(), QDate(2025, 1, 15));
    CHECK(january.inService == 2);
    CHECK(january.nursing == 1);
    CHECK(january.nursingRatio() == Approx(0.5));
    const BedSummary repair = beds.summaryOn(admin(), QDate(2025, 7, 1));
    CHECK(repair.inService == 1);
    CHECK(repair.outOfService == 1);
    CHECK(repair.nursingRatio() == Approx(1.0));
    CHECK(beds.summaryOn(admin(), QDate(2025, 9, 1)).inService == 2);
    CHECK(beds.summaryOn(admin(), QDate(2026, 11, 2)).inService == 3);
    CHECK(beds.summaryOn(admin(), QDate(2024, 12, 31)).inService == 0);

    ResidentService residents(db.db());
    residents.admit(admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2025, 2, 1), n));
    const BedSummary withResident = beds.summaryOn(admin(), QDate(2025, 7, 1));
    CHECK(withResident.occupied == 1);
    CHECK(withResident.occupancyRate() == Approx(1.0));

    SECTION("a future day is refused, naming the date")
    {
        try {
            beds.summaryOn(admin(), QDate(2026, 11, 3));
            FAIL("a future day was counted");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::Validation);
            CHECK(error.message().contains(QStringLiteral("2026-11-03")));
        }
    }
    SECTION("a stay while the bed was out of service is refused")
    {
        try {
            residents.admit(admin(),
                            person(QStringLiteral("李四"), QDate(1941, 3, 1), 2, QDate(2025, 7, 1), g, 2));
            FAIL("admitted into a bed out of service that day");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::Validation);
            CHECK(error.message().contains(QStringLiteral("B-101-1")));
        }
        residents.admit(admin(),
                        person(QStringLiteral("李四"), QDate(1941, 3, 1), 2, QDate(2025, 9, 1), g, 2));
    }
    SECTION("taking a bed out of service from a day someone held it afterwards is refused")
    {
        CHECK_THROWS_AS(beds.setInService(admin(), n, false, QDate(2025, 1, 10), QStringLiteral("维修")),
                        Error);
        CHECK(beds.servicePeriods(admin(), n).constFirst().to.isNull());
    }
    SECTION("taking a bed out needs a reason and a day that is not in the future")
    {
        const QString free = beds.bedByCode(admin(), QStringLiteral("B-101-2")).uid;
        CHECK_THROWS_AS(beds.setInService(admin(), free, false), Error);
        CHECK_THROWS_AS(beds.setInService(admin(), free, false, QDate(2026, 11, 3), QStringLiteral("维修")),
                        Error);
        CHECK(beds.bed(admin(), free).inService);
    }
    SECTION("a stay before a bed's first day in service moves that day back: the bed was in service")
    {
        const QString newer = beds.bedByCode(admin(), QStringLiteral("B-101-2")).uid;
        residents.admit(admin(),
                        person(QStringLiteral("王五"), QDate(1942, 3, 1), 1, QDate(2025, 12, 1), newer, 3));
        CHECK(beds.servicePeriods(admin(), newer).constFirst().from == QDate(2025, 12, 1));
        // The bed's history and its stays agree (王五 still waits for an assessment, a separate finding).
        for (const HealthCheck::Finding& finding : HealthCheck(db.db()).run())
            CHECK(finding.check == QStringLiteral("completeness"));
    }
}

TEST_CASE("A free bed shows who is in its room; placing the other gender there is flagged", "[beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString one = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString two = addBed(db.db(), QStringLiteral("A-101-2"));
    addBed(db.db(), QStringLiteral("A-101-3"));
    const QString otherRoom = addBed(db.db(), QStringLiteral("A-102-1"));
    ResidentService residents(db.db());
    const QString zhang = residents.admit(
        admin(), person(QStringLiteral("张大爷"), QDate(1938, 5, 6), 1, QDate(2026, 2, 1), one));
    const QString wang = residents.admit(
        admin(), person(QStringLiteral("王大爷"), QDate(1939, 5, 6), 1, QDate(2026, 2, 1), two, 2));
    BedService beds(db.db());

    const QList<FreeBed> free = beds.freeBedsWithRoommates(admin());
    REQUIRE(free.size() == 2);
    CHECK(free.at(0).bed.code == QStringLiteral("A-101-3"));
    REQUIRE(free.at(0).roommates.size() == 2);
    CHECK(free.at(0).roommates.at(0).name == QStringLiteral("张大爷"));
    CHECK(free.at(0).roommates.at(0).gender == 1);
    CHECK(free.at(0).roommates.at(1).bedCode == QStringLiteral("A-101-2"));
    CHECK(free.at(1).bed.code == QStringLiteral("A-102-1"));
    CHECK(free.at(1).roommates.isEmpty());

    const QList<Roommate> room = beds.roommates(admin(), free.at(0).bed.uid);
    // A woman among two men is asked about; a man is not; an unknown gender is not guessed at.
    CHECK(BedService::otherGender(room, 2).size() == 2);
    CHECK(BedService::otherGender(room, 1).isEmpty());
    CHECK(BedService::otherGender(room, 0).isEmpty());
    CHECK(BedService::otherGender(beds.roommates(admin(), otherRoom), 2).isEmpty());
    // Someone moving within the room is not their own roommate.
    CHECK(beds.roommates(admin(), free.at(0).bed.uid, zhang).size() == 1);
    // A discharged resident no longer counts.
    residents.discharge(admin(), wang, QDate(2026, 11, 2), DischargeReason::Home);
    CHECK(beds.roommates(admin(), free.at(0).bed.uid).size() == 1);
}
