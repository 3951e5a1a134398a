// Shift logs (交接班记录): opening, handover, entries, incidents, closing and immutability.

#include "shiftlog/ShiftLogService.h"

#include "ShiftLogFixture.h"
#include "common/Error.h"
#include "shiftlog/ShiftLogQuery.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using core::Error;
using core::Incident;
using core::ShiftLogService;
using testing::ShiftLogFixture;

namespace {
const QDate day1(2026, 11, 2);

Error::Kind errorKindOf(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.kind();
    }
    FAIL("no core::Error was thrown");
    return Error::Kind::Storage;
}
} // namespace

TEST_CASE("Opening a shift shows the previous shift's handover note and open incidents", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const QString day = f.addShift(li, day1, QStringLiteral("D"), 7);
    const QString evening = f.addShift(wang, day1, QStringLiteral("E"), 15);

    const ShiftLogService::Session first = service.openShift(f.nurse, day);
    CHECK(service.handover(f.nurse, first.uid).previous == std::nullopt);
    const QString fall = service.addEntry(
        f.nurse, first.uid,
        {QStringLiteral("午饭后在走廊跌倒，右膝擦伤，已处理"), zhang, Incident::Fall, {}, {}});
    ShiftLogFixture::setNow(day1, 15);
    service.closeShift(f.nurse, first.uid, QStringLiteral("张大爷右膝擦伤，请晚班留意"));

    const ShiftLogService::Session second = service.openShift(f.nurse, evening);
    CHECK(second.previousUid == first.uid);
    const ShiftLogService::Handover handover = service.handover(f.nurse, second.uid);
    REQUIRE(handover.previous.has_value());
    CHECK(handover.previous->handoverNote == QStringLiteral("张大爷右膝擦伤，请晚班留意"));
    CHECK(handover.previous->staffName == QStringLiteral("李护士"));
    REQUIRE(handover.openIncidents.size() == 1);
    CHECK(handover.openIncidents.constFirst().uid == fall);
    CHECK(handover.openIncidents.constFirst().residentName == QStringLiteral("张大爷"));

    SECTION("a follow-up entry closes the incident")
    {
        const QString followUp = service.addEntry(
            f.nurse, second.uid, {QStringLiteral("复查右膝，无红肿"), zhang, Incident::None, {}, fall});
        CHECK(service.openIncidents(f.nurse).isEmpty());
        CHECK(service.entry(f.nurse, fall).resolvedByUid == followUp);
    }
}

TEST_CASE("Accepting the handover is recorded with its time", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const ShiftLogService::Session session =
        service.openShift(f.nurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    CHECK(session.handoverAcceptedAt.isEmpty());

    ShiftLogFixture::setNow(day1, 7, 12);
    const QString accepted = service.acceptHandover(f.nurse, session.uid);
    CHECK(accepted == QStringLiteral("2026-11-02T07:12:00+08:00"));
    CHECK(service.session(f.nurse, session.uid).handoverAcceptedAt == accepted);

    SECTION("accepting again keeps the first time")
    {
        ShiftLogFixture::setNow(day1, 9);
        CHECK(service.acceptHandover(f.nurse, session.uid) == accepted);
    }
}

TEST_CASE("Closing a shift without a handover note is refused", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString shift = f.addShift(li, day1, QStringLiteral("D"), 7);
    const ShiftLogService::Session session = service.openShift(f.nurse, shift);

    CHECK(errorKindOf([&] { service.closeShift(f.nurse, session.uid, QStringLiteral("   ")); }) ==
          Error::Kind::Validation);
    CHECK_FALSE(service.session(f.nurse, session.uid).isClosed());

    service.closeShift(f.nurse, session.uid, QStringLiteral("一切正常"));
    const ShiftLogService::Session closed = service.session(f.nurse, session.uid);
    CHECK(closed.isClosed());
    CHECK(closed.handoverNote == QStringLiteral("一切正常"));
    CHECK(core::sql::scalar(f.db(), QStringLiteral("SELECT status FROM shifts WHERE uid = ?"), {shift})
              .toString() == QStringLiteral("WORKED"));
    CHECK(errorKindOf([&] { service.openShift(f.nurse, shift); }) == Error::Kind::Conflict);
}

TEST_CASE("Entries of a closed shift cannot be changed; a correction is shown with the entry it corrects",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session first =
        service.openShift(f.nurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const QString note =
        service.addEntry(f.nurse, first.uid, {QStringLiteral("血压 150/90"), zhang, Incident::None, {}, {}});

    SECTION("while the shift is open the entry can be edited and deleted")
    {
        service.editEntry(f.nurse, note, {QStringLiteral("血压 140/90"), zhang, Incident::None, {}, {}});
        CHECK(service.entry(f.nurse, note).summary == QStringLiteral("血压 140/90"));
        service.deleteEntry(f.nurse, note);
        CHECK(service.entriesOfShift(f.nurse, first.shiftUid).isEmpty());
    }

    SECTION("after closing, edit and delete are refused and a correction names the entry")
    {
        ShiftLogFixture::setNow(day1, 15);
        service.closeShift(f.nurse, first.uid, QStringLiteral("交班"));
        try {
            service.editEntry(f.nurse, note, {QStringLiteral("血压 140/90"), zhang, Incident::None, {}, {}});
            FAIL("editing an entry of a closed shift was allowed");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::Conflict);
            CHECK(error.message().contains(QStringLiteral("closed shift")));
            CHECK(error.message().contains(QStringLiteral("correction")));
        }
        CHECK(errorKindOf([&] { service.deleteEntry(f.nurse, note); }) == Error::Kind::Conflict);
        CHECK(service.entry(f.nurse, note).summary == QStringLiteral("血压 150/90"));

        const ShiftLogService::Session second =
            service.openShift(f.nurse, f.addShift(wang, day1, QStringLiteral("E"), 15));
        const QString correction = service.addEntry(
            f.nurse, second.uid, {QStringLiteral("更正：血压应为 140/90"), zhang, Incident::None, note, {}});

        const ShiftLogService::Entry corrected = service.entry(f.nurse, note);
        CHECK(corrected.correctedByUid == correction);
        CHECK_FALSE(corrected.editable);
        const ShiftLogService::Entry fix = service.entry(f.nurse, correction);
        CHECK(fix.correctsUid == note);
        CHECK(fix.correctsSummary == QStringLiteral("血压 150/90"));

        // Both stay in the log.
        core::ShiftLogQuery query(f.db(), f.reader, {});
        const QList<ShiftLogService::Entry> all = query.fetchNext(10);
        REQUIRE(all.size() == 2);
        CHECK(all.at(0).uid == correction);
        CHECK(all.at(1).uid == note);
    }
}

TEST_CASE("An incident is stored with its resident and time and counts as a risk event for 30 days",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const QString liu = f.addResident(QStringLiteral("刘奶奶"));
    const ShiftLogService::Session session =
        service.openShift(f.nurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    ShiftLogFixture::setNow(day1, 10, 30);
    const QString fall =
        service.addEntry(f.nurse, session.uid, {QStringLiteral("如厕时跌倒"), zhang, Incident::Fall, {}, {}});
    service.addEntry(f.nurse, session.uid,
                     {QStringLiteral("骶尾部压红"), liu, Incident::PressureSore, {}, {}});
    service.addEntry(f.nurse, session.uid, {QStringLiteral("午睡良好"), zhang, Incident::None, {}, {}});

    const QVariantMap stored = core::sql::row(
        f.db(), QStringLiteral("SELECT resident_uid, written_at, incident FROM shift_logs WHERE uid = ?"),
        {fall});
    CHECK(stored.value(QStringLiteral("resident_uid")).toString() == zhang);
    CHECK(stored.value(QStringLiteral("written_at")).toString() ==
          QStringLiteral("2026-11-02T10:30:00+08:00"));
    CHECK(stored.value(QStringLiteral("incident")).toString() == QStringLiteral("FALL"));

    CHECK(service.riskEvents(f.reader, zhang, day1).size() == 1);
    CHECK(service.riskEvents(f.reader, zhang, day1.addDays(29)).size() == 1);
    CHECK(service.riskEvents(f.reader, zhang, day1.addDays(30)).isEmpty());
    CHECK(service.riskEvents(f.reader, liu, day1).isEmpty()); // a pressure sore is not a risk event

    SECTION("an incident for a discharged resident is refused")
    {
        const QString gone = f.addResident(QStringLiteral("赵奶奶"), QStringLiteral("2026-10-01"));
        CHECK(errorKindOf([&] {
                  service.addEntry(f.nurse, session.uid,
                                   {QStringLiteral("跌倒"), gone, Incident::Fall, {}, {}});
              }) == Error::Kind::Validation);
    }
}

TEST_CASE("A read-only user may read the shift log but not write it", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString shift = f.addShift(li, day1, QStringLiteral("D"), 7);

    CHECK(errorKindOf([&] { service.openShift(f.reader, shift); }) == Error::Kind::Permission);
    const ShiftLogService::Session session = service.openShift(f.nurse, shift);
    CHECK(errorKindOf([&] {
              service.addEntry(f.reader, session.uid, {QStringLiteral("x"), {}, Incident::None, {}, {}});
          }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.closeShift(f.reader, session.uid, QStringLiteral("交班")); }) ==
          Error::Kind::Permission);
    CHECK(service.session(f.reader, session.uid).uid == session.uid);
    CHECK(service.shiftsToOpen(f.reader, li, ShiftLogFixture::at(day1, 8)).size() == 1);
}

TEST_CASE("The shifts a nurse can open are today's and a night shift still running", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    f.addShift(li, day1.addDays(-1), QStringLiteral("N"), 23);
    f.addShift(li, day1.addDays(-1), QStringLiteral("D"), 7);
    f.addShift(wang, day1, QStringLiteral("D"), 7);
    f.addShift(wang, day1.addDays(1), QStringLiteral("D"), 7);

    const QList<ShiftLogService::PlannedShift> running =
        service.shiftsToOpen(f.nurse, li, ShiftLogFixture::at(day1, 5));
    REQUIRE(running.size() == 1);
    CHECK(running.constFirst().code == QStringLiteral("N"));
    const QList<ShiftLogService::Choice> onDuty = service.staffOnDuty(f.nurse, ShiftLogFixture::at(day1, 6));
    CHECK(onDuty.size() == 2);
    CHECK(service.staffOnDuty(f.nurse, ShiftLogFixture::at(day1, 16)).isEmpty());
}

TEST_CASE("The log query pages newest first and filters by incident, resident, author and date", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session session =
        service.openShift(f.nurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    for (int i = 0; i < 25; ++i) {
        ShiftLogFixture::setNow(day1, 7, i);
        const bool fall = i % 5 == 0;
        service.addEntry(f.nurse, session.uid,
                         {QStringLiteral("记录 %1").arg(i),
                          fall ? zhang : QString(),
                          fall ? Incident::Fall : Incident::None,
                          {},
                          {}});
    }

    core::ShiftLogQuery all(f.db(), f.reader, {});
    const QList<ShiftLogService::Entry> first = all.fetchNext(10);
    REQUIRE(first.size() == 10);
    CHECK(first.constFirst().summary == QStringLiteral("记录 24"));
    CHECK(all.fetchNext(10).constFirst().summary == QStringLiteral("记录 14"));
    CHECK(all.fetchNext(10).size() == 5);
    CHECK(all.atEnd());

    core::ShiftLogQuery::Filter falls;
    falls.incidentsOnly = true;
    falls.incident = Incident::Fall;
    CHECK(core::ShiftLogQuery(f.db(), f.reader, falls).fetchNext(100).size() == 5);
    core::ShiftLogQuery::Filter choking = falls;
    choking.incident = Incident::Choking;
    CHECK(core::ShiftLogQuery(f.db(), f.reader, choking).fetchNext(100).isEmpty());
    core::ShiftLogQuery::Filter ofResident;
    ofResident.residentUid = zhang;
    CHECK(core::ShiftLogQuery(f.db(), f.reader, ofResident).fetchNext(100).size() == 5);
    core::ShiftLogQuery::Filter byAuthor;
    byAuthor.authorStaffUid = li;
    CHECK(core::ShiftLogQuery(f.db(), f.reader, byAuthor).fetchNext(100).size() == 25);
    core::ShiftLogQuery::Filter otherDay;
    otherDay.from = day1.addDays(1);
    CHECK(core::ShiftLogQuery(f.db(), f.reader, otherDay).fetchNext(100).isEmpty());
    otherDay.from = day1;
    otherDay.to = day1;
    CHECK(core::ShiftLogQuery(f.db(), f.reader, otherDay).fetchNext(100).size() == 25);
}

TEST_CASE("A nurse whose account is linked to a staff record opens only her own shifts", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    QString userUid;
    {
        core::Transaction transaction(f.db());
        userUid =
            core::RecordWriter(f.db(), f.admin)
                .insert(QStringLiteral("users"), {{QStringLiteral("username"), QStringLiteral("lihs")},
                                                  {QStringLiteral("role"), QStringLiteral("NURSE")},
                                                  {QStringLiteral("password_hash"), QStringLiteral("x")},
                                                  {QStringLiteral("staff_uid"), li}});
        transaction.commit();
    }
    const core::Actor liLoggedIn(QStringLiteral("lihs"), core::Role::Nurse, userUid);
    CHECK(service.staffUidOfActor(liLoggedIn) == li);
    CHECK(service.staffUidOfActor(f.nurse).isEmpty());

    const QString hers = f.addShift(li, day1, QStringLiteral("D"), 7);
    const QString his = f.addShift(wang, day1, QStringLiteral("D"), 7);
    CHECK(errorKindOf([&] { service.openShift(liLoggedIn, his); }) == Error::Kind::Permission);
    const ShiftLogService::Session session = service.openShift(liLoggedIn, hers);
    CHECK(session.staffUid == li);
    CHECK(service.openSessionOfStaff(liLoggedIn, li)->uid == session.uid);
    // Opening the same shift again resumes it.
    CHECK(service.openShift(liLoggedIn, hers).uid == session.uid);
}
