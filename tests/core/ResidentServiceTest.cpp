// Residents: admission rules, transfers, discharge, re-admission, search and permissions.

#include "residents/ResidentService.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "beds/BedService.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using jinglao::testing::addBed;
using jinglao::testing::admin;
using jinglao::testing::makeIdNumber;
using jinglao::testing::person;

namespace {
Error::Kind kindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.kind();
    }
    FAIL("no error was thrown");
    return Error::Kind::Storage;
}

QString messageOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.message();
    }
    FAIL("no error was thrown");
    return {};
}
} // namespace

TEST_CASE("Admission stores the person, the stay and the bed", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentService residents(db.db());
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed);
    input.phone = QStringLiteral("13812345678");
    const QString uid = residents.admit(admin(), input);
    const Resident stored = residents.resident(admin(), uid);
    CHECK(stored.name == QStringLiteral("张三"));
    CHECK(stored.namePinyin == QStringLiteral("zhangsan"));
    CHECK(stored.nameInitials == QStringLiteral("zs"));
    CHECK(stored.bedCode == QStringLiteral("A-101-1"));
    CHECK(stored.isCurrent());
    CHECK(stored.ageOn(QDate(2026, 11, 2)) == 86);
    CHECK(residents.stays(admin(), uid).size() == 1);
    REQUIRE(residents.bedHistory(admin(), uid).size() == 1);
    CHECK(residents.bedHistory(admin(), uid).at(0).fromDate == QDate(2026, 10, 1));
}

TEST_CASE("Admission without a category is refused, naming the field", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentService residents(db.db());
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed);
    input.category.reset();
    try {
        residents.admit(admin(), input);
        FAIL("admitted without a category");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        CHECK(error.field() == ResidentService::categoryFieldLabel());
        CHECK(error.message().startsWith(ResidentService::categoryFieldLabel()));
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt() == 0);

    input.category = ResidentCategory::DBBY;
    const QString uid = residents.admit(admin(), input);
    CHECK(residents.resident(admin(), uid).category == ResidentCategory::DBBY);
    input.category.reset();
    CHECK(kindOf([&] { residents.update(admin(), uid, input); }) == Error::Kind::Validation);
}

TEST_CASE("A 15-digit ID number is stored as 18 digits", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    ResidentService residents(db.db());
    ResidentInput input =
        person(QStringLiteral("赵六"), QDate(1949, 12, 31), 2, QDate(2026, 1, 1), QString());
    input.idNumber = QStringLiteral("110105491231002");
    const QString uid = residents.admit(admin(), input);
    CHECK(residents.resident(admin(), uid).idNumber == QStringLiteral("11010519491231002X"));
}

TEST_CASE("Admission refuses ID numbers that are wrong or disagree", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    ResidentService residents(db.db());
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), QString());

    SECTION("a wrong check digit names the field and the value")
    {
        QString id = input.idNumber;
        id[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        input.idNumber = id;
        const QString message = messageOf([&] { residents.admit(admin(), input); });
        CHECK(message.contains(id));
        CHECK(message.contains(IdNumber::fieldLabel()));
    }
    SECTION("a birth date that disagrees")
    {
        input.birthDate = QDate(1940, 3, 2);
        CHECK(kindOf([&] { residents.admit(admin(), input); }) == Error::Kind::Validation);
    }
    SECTION("a gender that disagrees")
    {
        input.gender = 2;
        CHECK(messageOf([&] { residents.admit(admin(), input); }).contains(input.idNumber));
    }
    SECTION("an ID held by a current resident")
    {
        residents.admit(admin(), input);
        input.name = QStringLiteral("张山");
        const QString message = messageOf([&] { residents.admit(admin(), input); });
        CHECK(message.contains(input.idNumber));
        CHECK(message.contains(QStringLiteral("张三")));
    }
    SECTION("an admission date in the future")
    {
        input.admissionDate = QDate(2026, 11, 3);
        CHECK(messageOf([&] { residents.admit(admin(), input); }).contains(QStringLiteral("2026-11-03")));
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt() <= 1);
}

TEST_CASE("Admission to an occupied or out-of-service bed is refused", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString off = addBed(db.db(), QStringLiteral("A-101-2"));
    BedService(db.db()).setInService(admin(), off, false, {}, QStringLiteral("维修"));
    ResidentService residents(db.db());
    residents.admit(admin(),
                    person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed, 1));

    const QString occupied = messageOf([&] {
        residents.admit(admin(),
                        person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 10, 2), bed, 2));
    });
    CHECK(occupied.contains(QStringLiteral("A-101-1")));
    CHECK(occupied.contains(QStringLiteral("张三")));
    const QString outOfService = messageOf([&] {
        residents.admit(admin(),
                        person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 10, 2), off, 2));
    });
    CHECK(outOfService.contains(QStringLiteral("A-101-2")));
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt() == 1);
}

TEST_CASE("Discharge frees the bed and ends the stay", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentService residents(db.db());
    const QString uid = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), bed, 1));
    CHECK(kindOf([&] { residents.discharge(admin(), uid, QDate(2025, 12, 31), DischargeReason::Home); }) ==
          Error::Kind::Validation);
    residents.discharge(admin(), uid, QDate(2026, 10, 31), DischargeReason::Death);

    const Resident gone = residents.resident(admin(), uid);
    CHECK_FALSE(gone.isCurrent());
    CHECK(gone.bedUid.isEmpty());
    CHECK(gone.dischargeReason == DischargeReason::Death);
    CHECK(residents.stays(admin(), uid).at(0).dischargeDate == QDate(2026, 10, 31));
    CHECK(residents.bedHistory(admin(), uid).at(0).toDate == QDate(2026, 10, 31));
    CHECK(BedService(db.db()).bedMap(admin()).at(0).state == BedState::Free);
    // The bed takes someone else from the day it was freed.
    CHECK_NOTHROW(residents.admit(
        admin(), person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 10, 31), bed, 2)));
    CHECK(kindOf([&] { residents.discharge(admin(), uid, QDate(2026, 11, 1), DischargeReason::Home); }) ==
          Error::Kind::Conflict);
    // Nobody is re-admitted after death, neither explicitly nor by their ID number.
    CHECK(kindOf([&] { residents.readmit(admin(), uid, QDate(2026, 11, 1), QString()); }) ==
          Error::Kind::Conflict);
    ResidentInput again =
        person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 11, 1), QString(), 1);
    CHECK(kindOf([&] { residents.admit(admin(), again); }) == Error::Kind::Conflict);
}

TEST_CASE("A transfer keeps the bed history", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = addBed(db.db(), QStringLiteral("A-102-1"));
    ResidentService residents(db.db());
    const QString uid =
        residents.admit(admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), a));

    CHECK(kindOf([&] { residents.transfer(admin(), uid, b, QDate(2025, 12, 1), QString()); }) ==
          Error::Kind::Validation);
    CHECK(kindOf([&] { residents.transfer(admin(), uid, a, QDate(2026, 5, 1), QString()); }) ==
          Error::Kind::Validation);
    residents.transfer(admin(), uid, b, QDate(2026, 5, 1), QStringLiteral("护理需要"));

    const QList<BedAssignment> history = residents.bedHistory(admin(), uid);
    REQUIRE(history.size() == 2);
    CHECK(history.at(0).bedCode == QStringLiteral("A-101-1"));
    CHECK(history.at(0).toDate == QDate(2026, 5, 1));
    CHECK(history.at(1).bedCode == QStringLiteral("A-102-1"));
    CHECK(history.at(1).fromDate == QDate(2026, 5, 1));
    CHECK_FALSE(history.at(1).toDate.isValid());
    CHECK(history.at(1).reason == QStringLiteral("护理需要"));
    CHECK(residents.resident(admin(), uid).bedCode == QStringLiteral("A-102-1"));
}

TEST_CASE("A transfer into an occupied bed is refused", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = addBed(db.db(), QStringLiteral("A-101-2"));
    ResidentService residents(db.db());
    const QString zhang = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), a, 1));
    residents.admit(admin(), person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 1, 1), b, 2));
    CHECK(messageOf([&] {
              residents.transfer(admin(), zhang, b, QDate(2026, 6, 1), QString());
          }).contains(QStringLiteral("李四")));
}

TEST_CASE("A back-dated admission may not overlap an earlier resident's time in the bed", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentService residents(db.db());
    const QString zhang = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), a, 1));
    residents.discharge(admin(), zhang, QDate(2026, 6, 1), DischargeReason::Home);
    CHECK(kindOf([&] {
              residents.admit(admin(),
                              person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate(2026, 5, 1), a, 2));
          }) == Error::Kind::Validation);
}

TEST_CASE("Re-admitting a former resident keeps their history", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = addBed(db.db(), QStringLiteral("A-101-2"));
    ResidentService residents(db.db());
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2025, 1, 1), a);
    const QString uid = residents.admit(admin(), input);
    residents.discharge(admin(), uid, QDate(2025, 8, 1), DischargeReason::Home);

    SECTION("explicitly")
    {
        CHECK(kindOf([&] { residents.readmit(admin(), uid, QDate(2025, 7, 1), b); }) ==
              Error::Kind::Validation);
        residents.readmit(admin(), uid, QDate(2026, 2, 1), b);
    }
    SECTION("by admitting the same ID number again")
    {
        input.admissionDate = QDate(2026, 2, 1);
        input.bedUid = b;
        input.phone = QStringLiteral("13900001111");
        CHECK(residents.admit(admin(), input) == uid);
        CHECK(residents.resident(admin(), uid).phone == QStringLiteral("13900001111"));
    }
    const Resident back = residents.resident(admin(), uid);
    CHECK(back.isCurrent());
    CHECK(back.admissionDate == QDate(2026, 2, 1));
    CHECK(back.bedCode == QStringLiteral("A-101-2"));
    const QList<ResidentStay> stays = residents.stays(admin(), uid);
    REQUIRE(stays.size() == 2);
    CHECK(stays.at(0).dischargeDate == QDate(2025, 8, 1));
    CHECK(stays.at(0).dischargeReason == DischargeReason::Home);
    CHECK_FALSE(stays.at(1).hasDischarge());
    CHECK(residents.bedHistory(admin(), uid).size() == 2);
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt() == 1);
}

TEST_CASE("The list finds residents by name, pinyin, initials, ID tail and bed", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString a = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString b = addBed(db.db(), QStringLiteral("B-205-2"));
    ResidentService residents(db.db());
    const QString zhang = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), a, 1));
    ResidentInput li = person(QStringLiteral("李秀兰"), QDate(1938, 5, 6), 2, QDate(2026, 1, 1), b, 2);
    li.category = ResidentCategory::SH;
    const QString liUid = residents.admit(admin(), li);

    const auto find = [&](const QString& text) {
        ResidentFilter filter;
        filter.search = text;
        QStringList names;
        for (const Resident& r : residents.list(admin(), filter, 0, 50))
            names.append(r.name);
        return names;
    };
    CHECK(find(QStringLiteral("zs")) == QStringList{QStringLiteral("张三")});
    CHECK(find(QStringLiteral("zhangsan")) == QStringList{QStringLiteral("张三")});
    CHECK(find(QStringLiteral("Zhang San")) == QStringList{QStringLiteral("张三")});
    CHECK(find(QStringLiteral("秀兰")) == QStringList{QStringLiteral("李秀兰")});
    CHECK(find(QStringLiteral("lxl")) == QStringList{QStringLiteral("李秀兰")});
    CHECK(find(residents.resident(admin(), liUid).idNumber.right(4)) ==
          QStringList{QStringLiteral("李秀兰")});
    CHECK(find(QStringLiteral("b-205")) == QStringList{QStringLiteral("李秀兰")});
    CHECK(find(QStringLiteral("wang")).isEmpty());

    ResidentFilter byCategory;
    byCategory.category = ResidentCategory::SH;
    CHECK(residents.count(admin(), byCategory) == 1);
    ResidentFilter unassessed;
    unassessed.careLevel = -1;
    CHECK(residents.count(admin(), unassessed) == 2);

    residents.discharge(admin(), zhang, QDate(2026, 10, 1), DischargeReason::Home);
    ResidentFilter former;
    former.presence = ResidentFilter::Presence::Former;
    CHECK(residents.count(admin(), former) == 1);
    CHECK(residents.count(admin(), ResidentFilter()) == 1);
    ResidentFilter byName;
    byName.presence = ResidentFilter::Presence::All;
    byName.sort = ResidentFilter::Sort::Name;
    const QList<Resident> page = residents.list(admin(), byName, 1, 1);
    REQUIRE(page.size() == 1);
    CHECK(page.at(0).name == QStringLiteral("张三")); // li… before zhang…
}

TEST_CASE("A nurse may not admit a resident", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentService residents(db.db());
    const Actor nurse(QStringLiteral("n"), Role::Nurse);
    CHECK(kindOf([&] {
              residents.admit(nurse,
                              person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed));
          }) == Error::Kind::Permission);
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt() == 0);
    CHECK_NOTHROW(residents.list(nurse, ResidentFilter(), 0, 10));
}

TEST_CASE("Writes are audited: every record written, who wrote it, and the old and new values", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    const int before = sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt();
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed);
    const QString uid = ResidentService(db.db()).admit(admin(), input);

    // The admission writes the resident, the stay and the bed history: one audited INSERT each (and
    // an UPDATE of the bed's service period, which it moves back to the admission day).
    const QList<QVariantMap> admission =
        sql::rows(db.db(),
                  QStringLiteral("SELECT actor, action, table_name, old_values, new_values FROM audit_log "
                                 "WHERE id > ? ORDER BY id"),
                  {before});
    QStringList tables;
    for (const QVariantMap& row : admission) {
        CHECK(row.value(QStringLiteral("actor")).toString() == admin().name());
        if (row.value(QStringLiteral("action")).toString() != QStringLiteral("INSERT"))
            continue;
        CHECK(row.value(QStringLiteral("old_values")).isNull());
        tables.append(row.value(QStringLiteral("table_name")).toString());
    }
    tables.sort();
    CHECK(tables == QStringList{QStringLiteral("bed_assignments"), QStringLiteral("resident_stays"),
                                QStringLiteral("residents")});
    const QString inserted = sql::scalar(db.db(),
                                         QStringLiteral("SELECT new_values FROM audit_log WHERE table_name = "
                                                        "'residents' AND record_uid = ?"),
                                         {uid})
                                 .toString();
    CHECK(inserted.contains(QStringLiteral("张三")));

    // An edit records the field's old and new value.
    input.phone = QStringLiteral("13812345678");
    ResidentService(db.db()).update(admin(), uid, input);
    const QVariantMap edit =
        sql::row(db.db(),
                 QStringLiteral("SELECT old_values, new_values FROM audit_log WHERE action = 'UPDATE' AND "
                                "table_name = 'residents' AND record_uid = ?"),
                 {uid});
    REQUIRE_FALSE(edit.isEmpty());
    CHECK(edit.value(QStringLiteral("new_values")).toString().contains(QStringLiteral("13812345678")));
    CHECK(edit.value(QStringLiteral("old_values")).toString().contains(QStringLiteral("\"phone\"")));
}

TEST_CASE("A pinyin search finds surnames by their surname reading and puts the closest first", "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    ResidentService residents(db.db());
    const QStringList names{QStringLiteral("张虎"), QStringLiteral("黄华"), QStringLiteral("曾明"),
                            QStringLiteral("胡军"), QStringLiteral("王五")};
    int sequence = 1;
    for (const QString& name : names) {
        const QString bed = addBed(db.db(), QStringLiteral("A-101-%1").arg(sequence));
        residents.admit(admin(), person(name, QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed, sequence));
        ++sequence;
    }
    const auto found = [&](const QString& search) {
        ResidentFilter filter;
        filter.search = search;
        QStringList shown;
        for (const Resident& resident : residents.list(admin(), filter, 0, 50))
            shown.append(resident.name);
        return shown;
    };
    // The surname first, then a name that starts so, then a whole syllable elsewhere.
    CHECK(found(QStringLiteral("hu")) ==
          QStringList{QStringLiteral("胡军"), QStringLiteral("黄华"), QStringLiteral("张虎")});
    // 曾 as a surname is zeng; the common reading ceng is accepted too.
    CHECK(found(QStringLiteral("zeng")) == QStringList{QStringLiteral("曾明")});
    CHECK(found(QStringLiteral("ceng")) == QStringList{QStringLiteral("曾明")});
    CHECK(found(QStringLiteral("zm")) == QStringList{QStringLiteral("曾明")});
    CHECK(found(QStringLiteral("曾")) == QStringList{QStringLiteral("曾明")});
    // Sorting by name follows the surname reading: 曾 is zeng, between wang and zhang (ceng would
    // put it first).
    ResidentFilter byName;
    byName.sort = ResidentFilter::Sort::Name;
    QStringList sorted;
    for (const Resident& resident : residents.list(admin(), byName, 0, 50))
        sorted.append(resident.name);
    CHECK(sorted == QStringList{QStringLiteral("黄华"), QStringLiteral("胡军"), QStringLiteral("王五"),
                                QStringLiteral("曾明"), QStringLiteral("张虎")});
}

TEST_CASE(
    "A resident picker lists residents by pinyin with their bed, and a typed spelling finds the closest "
    "first",
    "[residents]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    ResidentService residents(db.db());
    const QStringList names{QStringLiteral("张虎"), QStringLiteral("曾明"), QStringLiteral("王五"),
                            QStringLiteral("崔四"), QStringLiteral("单田")};
    QStringList uids;
    int sequence = 1;
    for (const QString& name : names) {
        const QString bed = addBed(db.db(), QStringLiteral("A-101-%1").arg(sequence));
        uids.append(
            residents.admit(admin(), person(name, QDate(1940, 3, 1), 1, QDate(2026, 10, 1), bed, sequence)));
        ++sequence;
    }
    const auto shown = [](const QList<PersonChoice>& people) {
        QStringList result;
        for (const PersonChoice& person : people)
            result.append(person.name + QLatin1Char(' ') + person.detail);
        return result;
    };
    using Presence = ResidentFilter::Presence;
    // 崔 cui, 单 shan (a surname: not dan), 王 wang, 曾 zeng (not ceng), 张 zhang.
    CHECK(shown(residents.choices(admin(), {}, Presence::Current)) ==
          QStringList{QStringLiteral("崔四 A-101-4"), QStringLiteral("单田 A-101-5"),
                      QStringLiteral("王五 A-101-3"), QStringLiteral("曾明 A-101-2"),
                      QStringLiteral("张虎 A-101-1")});
    CHECK(shown(residents.choices(admin(), QStringLiteral("zeng"), Presence::Current)).constFirst() ==
          QStringLiteral("曾明 A-101-2"));
    CHECK(shown(residents.choices(admin(), QStringLiteral("z"), Presence::Current)).mid(0, 2) ==
          QStringList{QStringLiteral("曾明 A-101-2"), QStringLiteral("张虎 A-101-1")});
    CHECK(shown(residents.choices(admin(), QStringLiteral("A-101-3"), Presence::Current)) ==
          QStringList{QStringLiteral("王五 A-101-3")});

    SECTION("today's shift may still write about a resident discharged today, not one discharged before")
    {
        residents.discharge(admin(), uids.at(0), QDate(2026, 11, 2), DischargeReason::Home);
        residents.discharge(admin(), uids.at(2), QDate(2026, 11, 1), DischargeReason::Home);
        const QStringList present = shown(residents.choices(admin(), {}, Presence::CurrentOrLeftToday));
        CHECK(present.contains(QStringLiteral("张虎 discharged 2026-11-02")));
        CHECK_FALSE(present.join(QLatin1Char(' ')).contains(QStringLiteral("王五")));
        CHECK(shown(residents.choices(admin(), {}, Presence::All))
                  .contains(QStringLiteral("王五 discharged 2026-11-01")));
    }
}

TEST_CASE("Re-admission proposes the bed the resident held last, when it is free", "[residents][beds]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString first = addBed(db.db(), QStringLiteral("A-101-1"));
    const QString last = addBed(db.db(), QStringLiteral("A-101-2"));
    ResidentService residents(db.db());
    const QString uid = residents.admit(
        admin(), person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2025, 1, 1), first));
    residents.transfer(admin(), uid, last, QDate(2025, 3, 1), QStringLiteral("靠窗"));
    residents.discharge(admin(), uid, QDate(2025, 8, 1), DischargeReason::Home);
    CHECK(residents.previousBedIfFree(admin(), uid) == last);

    SECTION("not once someone else holds it")
    {
        residents.admit(admin(),
                        person(QStringLiteral("李四"), QDate(1941, 3, 1), 1, QDate(2025, 9, 1), last, 2));
        CHECK(residents.previousBedIfFree(admin(), uid).isEmpty());
    }
    SECTION("not while it is out of service")
    {
        BedService(db.db()).setInService(admin(), last, false, {}, QStringLiteral("维修"));
        CHECK(residents.previousBedIfFree(admin(), uid).isEmpty());
    }
    SECTION("nothing for a resident who never held a bed")
    {
        const QString bedless = residents.admit(
            admin(), person(QStringLiteral("王五"), QDate(1942, 3, 1), 1, QDate(2025, 1, 1), QString(), 3));
        residents.discharge(admin(), bedless, QDate(2025, 8, 1), DischargeReason::Home);
        CHECK(residents.previousBedIfFree(admin(), bedless).isEmpty());
    }
}

TEST_CASE("The emergency phone is shown in full to nurses on request, audited", "[residents][privacy]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    const QString bed = addBed(db.db(), QStringLiteral("A-101-1"));
    ResidentInput input = person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate(2026, 1, 1), bed, 1);
    input.emergencyPhone = QStringLiteral("13612340118");
    const QString uid = ResidentService(db.db()).admit(admin(), input);
    ResidentService residents(db.db());
    const auto events = [&] {
        return sql::scalar(
                   db.db(),
                   QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'OTHER' AND record_uid = ?"),
                   {uid})
            .toInt();
    };
    const Actor nurse(QStringLiteral("zhao"), Role::Nurse);
    CHECK(residents.revealEmergencyPhone(nurse, uid) == QStringLiteral("13612340118"));
    CHECK(events() == 1);
    CHECK(kindOf([&] {
              residents.revealEmergencyPhone(Actor(QStringLiteral("viewer"), Role::ReadOnly), uid);
          }) == Error::Kind::Permission);
    CHECK(kindOf([&] { residents.revealEmergencyPhone(nurse, QStringLiteral("no-such-uid")); }) ==
          Error::Kind::NotFound);
    CHECK(events() == 1);

    SECTION("a database open read-only cannot record the view, so it refuses")
    {
        const QString path = db.path();
        db.close();
        const std::unique_ptr<Database> readOnly = Database::open(path, Database::OpenMode::ReadOnly);
        CHECK(kindOf([&] { ResidentService(*readOnly).revealEmergencyPhone(nurse, uid); }) ==
              Error::Kind::Conflict);
    }
}
