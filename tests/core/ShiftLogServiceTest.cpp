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
    const core::Actor liNurse = f.nurseFor(li);
    const core::Actor wangNurse = f.nurseFor(wang);

    const ShiftLogService::Session first = service.openShift(liNurse, day);
    CHECK(service.handover(liNurse, first.uid).previous == std::nullopt);
    const QString fall = service.addEntry(
        liNurse, first.uid,
        {QStringLiteral("午饭后在走廊跌倒，右膝擦伤，已处理"), zhang, Incident::Fall, {}, {}});
    ShiftLogFixture::setNow(day1, 15);
    service.closeShift(liNurse, first.uid, QStringLiteral("张大爷右膝擦伤，请晚班留意"));

    const ShiftLogService::Session second = service.openShift(wangNurse, evening);
    CHECK(second.previousUid == first.uid);
    const ShiftLogService::Handover handover = service.handover(wangNurse, second.uid);
    REQUIRE(handover.previous.has_value());
    CHECK(handover.previous->handoverNote == QStringLiteral("张大爷右膝擦伤，请晚班留意"));
    CHECK(handover.previous->staffName == QStringLiteral("李护士"));
    REQUIRE(handover.openIncidents.size() == 1);
    CHECK(handover.openIncidents.constFirst().uid == fall);
    CHECK(handover.openIncidents.constFirst().residentName == QStringLiteral("张大爷"));

    SECTION("a follow-up entry closes the incident")
    {
        const QString followUp = service.addEntry(
            wangNurse, second.uid, {QStringLiteral("复查右膝，无红肿"), zhang, Incident::None, {}, fall});
        CHECK(service.openIncidents(wangNurse).isEmpty());
        CHECK(service.entry(wangNurse, fall).resolvedByUid == followUp);
    }
}

TEST_CASE("Accepting the handover is recorded with its time", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    CHECK(session.handoverAcceptedAt.isEmpty());

    ShiftLogFixture::setNow(day1, 7, 12);
    const QString accepted = service.acceptHandover(liNurse, session.uid);
    CHECK(accepted == QStringLiteral("2026-11-02T07:12:00+08:00"));
    CHECK(service.session(liNurse, session.uid).handoverAcceptedAt == accepted);

    SECTION("accepting again keeps the first time")
    {
        ShiftLogFixture::setNow(day1, 9);
        CHECK(service.acceptHandover(liNurse, session.uid) == accepted);
    }
}

TEST_CASE("Closing a shift without a handover note is refused", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString shift = f.addShift(li, day1, QStringLiteral("D"), 7);
    const ShiftLogService::Session session = service.openShift(liNurse, shift);

    CHECK(errorKindOf([&] { service.closeShift(liNurse, session.uid, QStringLiteral("   ")); }) ==
          Error::Kind::Validation);
    CHECK_FALSE(service.session(liNurse, session.uid).isClosed());

    service.closeShift(liNurse, session.uid, QStringLiteral("一切正常"));
    const ShiftLogService::Session closed = service.session(liNurse, session.uid);
    CHECK(closed.isClosed());
    CHECK(closed.handoverNote == QStringLiteral("一切正常"));
    CHECK(core::sql::scalar(f.db(), QStringLiteral("SELECT status FROM shifts WHERE uid = ?"), {shift})
              .toString() == QStringLiteral("WORKED"));
    CHECK(errorKindOf([&] { service.openShift(liNurse, shift); }) == Error::Kind::Conflict);
}

TEST_CASE("Entries of a closed shift cannot be changed; a correction is shown with the entry it corrects",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const core::Actor wangNurse = f.nurseFor(wang);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session first =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const QString note =
        service.addEntry(liNurse, first.uid, {QStringLiteral("血压 150/90"), zhang, Incident::None, {}, {}});

    SECTION("while the shift is open the entry can be edited and deleted")
    {
        service.editEntry(liNurse, note, {QStringLiteral("血压 140/90"), zhang, Incident::None, {}, {}});
        CHECK(service.entry(liNurse, note).summary == QStringLiteral("血压 140/90"));
        service.deleteEntry(liNurse, note);
        CHECK(service.entriesOfShift(liNurse, first.shiftUid).isEmpty());
    }

    SECTION("after closing, edit and delete are refused and a correction names the entry")
    {
        ShiftLogFixture::setNow(day1, 15);
        service.closeShift(liNurse, first.uid, QStringLiteral("交班"));
        try {
            service.editEntry(liNurse, note, {QStringLiteral("血压 140/90"), zhang, Incident::None, {}, {}});
            FAIL("editing an entry of a closed shift was allowed");
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::Conflict);
            CHECK(error.message().contains(QStringLiteral("closed shift")));
            CHECK(error.message().contains(QStringLiteral("correction")));
        }
        CHECK(errorKindOf([&] { service.deleteEntry(liNurse, note); }) == Error::Kind::Conflict);
        CHECK(service.entry(liNurse, note).summary == QStringLiteral("血压 150/90"));

        const ShiftLogService::Session second =
            service.openShift(wangNurse, f.addShift(wang, day1, QStringLiteral("E"), 15));
        const QString correction =
            service.addEntry(wangNurse, second.uid,
                             {QStringLiteral("更正：血压应为 140/90"), zhang, Incident::None, note, {}});

        const ShiftLogService::Entry corrected = service.entry(liNurse, note);
        CHECK(corrected.correctedByUid == correction);
        CHECK_FALSE(corrected.editable);
        const ShiftLogService::Entry fix = service.entry(liNurse, correction);
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
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const QString liu = f.addResident(QStringLiteral("刘奶奶"));
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    ShiftLogFixture::setNow(day1, 10, 30);
    const QString fall =
        service.addEntry(liNurse, session.uid, {QStringLiteral("如厕时跌倒"), zhang, Incident::Fall, {}, {}});
    service.addEntry(liNurse, session.uid,
                     {QStringLiteral("骶尾部压红"), liu, Incident::PressureSore, {}, {}});
    service.addEntry(liNurse, session.uid, {QStringLiteral("午睡良好"), zhang, Incident::None, {}, {}});

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
                  service.addEntry(liNurse, session.uid,
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
    const ShiftLogService::Session session = service.openShift(f.nurseFor(li), shift);
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
    // At 06:00 Li's night shift runs and Wang's day shift starts within the hour; at 16:00 neither.
    CHECK(service.dutyChoices(f.admin, ShiftLogFixture::at(day1, 6)).onDuty.size() == 2);
    CHECK(service.dutyChoices(f.admin, ShiftLogFixture::at(day1, 16)).onDuty.isEmpty());
}

TEST_CASE("The log query pages newest first and filters by incident, resident, author and date", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    for (int i = 0; i < 25; ++i) {
        ShiftLogFixture::setNow(day1, 7, i);
        const bool fall = i % 5 == 0;
        service.addEntry(liNurse, session.uid,
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

TEST_CASE("A nurse account without a staff record cannot open, write or close any shift", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString shift = f.addShift(li, day1, QStringLiteral("D"), 7);
    // f.nurse has the nurse role but no account linked to a staff record.
    try {
        service.openShift(f.nurse, shift);
        FAIL("an unlinked nurse account opened a shift");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Permission);
        CHECK(error.message().contains(QStringLiteral("not linked to a staff record")));
    }
    const ShiftLogService::Session session = service.openShift(f.nurseFor(li), shift);
    CHECK(errorKindOf([&] {
              service.addEntry(f.nurse, session.uid, {QStringLiteral("x"), {}, Incident::None, {}, {}});
          }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.acceptHandover(f.nurse, session.uid); }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.closeShift(f.nurse, session.uid, QStringLiteral("交班")); }) ==
          Error::Kind::Permission);
    CHECK(service.entriesOfShift(f.reader, shift).isEmpty());
}

TEST_CASE("A nurse writes, edits, deletes and closes only her own shift's entries", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const core::Actor wangNurse = f.nurseFor(wang);
    const ShiftLogService::Session hers =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const QString entry =
        service.addEntry(liNurse, hers.uid, {QStringLiteral("巡视正常"), {}, Incident::None, {}, {}});

    CHECK(errorKindOf([&] {
              service.addEntry(wangNurse, hers.uid, {QStringLiteral("代写"), {}, Incident::None, {}, {}});
          }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] {
              service.editEntry(wangNurse, entry, {QStringLiteral("改写"), {}, Incident::None, {}, {}});
          }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.deleteEntry(wangNurse, entry); }) == Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.closeShift(wangNurse, hers.uid, QStringLiteral("交班")); }) ==
          Error::Kind::Permission);
    CHECK(errorKindOf([&] { service.acceptHandover(wangNurse, hers.uid); }) == Error::Kind::Permission);

    const QList<ShiftLogService::Entry> entries = service.entriesOfShift(f.reader, hers.shiftUid);
    REQUIRE(entries.size() == 1);
    CHECK(entries.constFirst().summary == QStringLiteral("巡视正常"));
    CHECK(entries.constFirst().authorStaffUid == li);
    CHECK_FALSE(service.session(f.reader, hers.uid).isClosed());
}

TEST_CASE("An administrator writing on a nurse's behalf is recorded as doing so", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const ShiftLogService::Session session =
        service.openShift(f.admin, f.addShift(li, day1, QStringLiteral("D"), 7));
    CHECK(session.staffUid == li);
    CHECK(session.openedOnBehalfBy == QStringLiteral("admin"));
    const QString entry = service.addEntry(f.admin, session.uid,
                                           {QStringLiteral("补录：巡视正常"), {}, Incident::None, {}, {}});
    service.acceptHandover(f.admin, session.uid);
    ShiftLogFixture::setNow(day1, 15);
    service.closeShift(f.admin, session.uid, QStringLiteral("交班"));

    const ShiftLogService::Entry written = service.entry(f.reader, entry);
    CHECK(written.authorStaffUid == li);
    CHECK(written.writtenOnBehalfBy == QStringLiteral("admin"));
    const ShiftLogService::Session closed = service.session(f.reader, session.uid);
    CHECK(closed.acceptedOnBehalfBy == QStringLiteral("admin"));
    CHECK(closed.closedOnBehalfBy == QStringLiteral("admin"));

    SECTION("the nurse herself writes without an on-behalf mark")
    {
        const core::Actor liNurse = f.nurseFor(li);
        const ShiftLogService::Session own =
            service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("E"), 15));
        CHECK(own.openedOnBehalfBy.isEmpty());
        const QString mine =
            service.addEntry(liNurse, own.uid, {QStringLiteral("晚饭正常"), {}, Incident::None, {}, {}});
        CHECK(service.entry(f.reader, mine).writtenOnBehalfBy.isEmpty());
    }
}

TEST_CASE("The handover is the preceding roster shift's: opening early waits, accepting waits for its close",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const QString zhao = f.addStaff(QStringLiteral("赵护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const core::Actor wangNurse = f.nurseFor(wang);
    const core::Actor zhaoNurse = f.nurseFor(zhao);

    // The night before is closed; the early shift is still open when the late nurse arrives.
    const ShiftLogService::Session night =
        service.openShift(zhaoNurse, f.addShift(zhao, day1.addDays(-1), QStringLiteral("N"), 23));
    ShiftLogFixture::setNow(day1, 7);
    service.closeShift(zhaoNurse, night.uid, QStringLiteral("夜班平稳"));
    const ShiftLogService::Session early =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    service.acceptHandover(liNurse, early.uid);
    CHECK(service.session(f.reader, early.uid).previousUid == night.uid);

    ShiftLogFixture::setNow(day1, 14, 45);
    const QString lateShift = f.addShift(wang, day1, QStringLiteral("E"), 15);
    const ShiftLogService::Handover before = service.handoverFor(wangNurse, lateShift);
    CHECK(before.state == ShiftLogService::Handover::State::Waiting);
    const ShiftLogService::Session late = service.openShift(wangNurse, lateShift);
    // Not the night shift's note, which was the last one closed.
    CHECK(late.previousUid.isEmpty());
    const ShiftLogService::Handover waiting = service.handover(wangNurse, late.uid);
    CHECK(waiting.state == ShiftLogService::Handover::State::Waiting);
    CHECK_FALSE(waiting.canAccept());
    REQUIRE(waiting.previous.has_value());
    CHECK(waiting.previous->uid == early.uid);
    CHECK(waiting.waitingMessage().contains(QStringLiteral("李护士")));
    try {
        service.acceptHandover(wangNurse, late.uid);
        FAIL("the handover was accepted while the preceding shift was open");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("李护士")));
    }
    CHECK(service.session(f.reader, late.uid).handoverAcceptedAt.isEmpty());

    ShiftLogFixture::setNow(day1, 15, 5);
    service.closeShift(liNurse, early.uid, QStringLiteral("早班交班：张大爷血压偏高"));
    const ShiftLogService::Handover ready = service.handover(wangNurse, late.uid);
    CHECK(ready.state == ShiftLogService::Handover::State::Ready);
    CHECK(ready.previous->handoverNote == QStringLiteral("早班交班：张大爷血压偏高"));
    ShiftLogFixture::setNow(day1, 15, 7);
    service.acceptHandover(wangNurse, late.uid);
    const ShiftLogService::Session accepted = service.session(f.reader, late.uid);
    CHECK(accepted.previousUid == early.uid);
    CHECK(accepted.handoverAcceptedAt == QStringLiteral("2026-11-02T15:07:00+08:00"));
}

TEST_CASE("A preceding shift nobody logged leaves no note; accepting is possible once it has ended",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    f.addShift(li, day1, QStringLiteral("D"), 7);
    ShiftLogFixture::setNow(day1, 15, 10);
    const core::Actor wangNurse = f.nurseFor(wang);
    const ShiftLogService::Session late =
        service.openShift(wangNurse, f.addShift(wang, day1, QStringLiteral("E"), 15));
    const ShiftLogService::Handover handover = service.handover(wangNurse, late.uid);
    CHECK(handover.state == ShiftLogService::Handover::State::NotLogged);
    CHECK(handover.waitingMessage().contains(QStringLiteral("李护士")));
    service.acceptHandover(wangNurse, late.uid);
    CHECK(service.session(f.reader, late.uid).previousUid.isEmpty());
}

TEST_CASE("Incidents in a period count a corrected incident once, by its correction", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const core::Actor liNurse = f.nurseFor(li);
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const QString fall =
        service.addEntry(liNurse, session.uid, {QStringLiteral("跌倒"), zhang, Incident::Fall, {}, {}});
    service.addEntry(liNurse, session.uid, {QStringLiteral("噎食"), zhang, Incident::Choking, {}, {}});
    CHECK(service.incidentCount(f.reader, day1, day1) == 2);
    service.addEntry(liNurse, session.uid,
                     {QStringLiteral("更正：右膝擦伤的跌倒"), zhang, Incident::Fall, fall, {}});
    CHECK(service.incidentCount(f.reader, day1, day1) == 2);
    CHECK(service.incidentCount(f.reader, day1.addDays(1), day1.addDays(30)) == 0);
}

TEST_CASE("The nurse-on-duty list starts with the account's own staff member, then the nurses and caregivers "
          "on duty; doctors and managers stay among the others",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString head = f.addStaff(QStringLiteral("院长"), QStringLiteral("ADMIN"));
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString zhao = f.addStaff(QStringLiteral("赵护理员"), QStringLiteral("CAREGIVER"));
    const QString doctor = f.addStaff(QStringLiteral("孙医生"), QStringLiteral("DOCTOR"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    f.addShift(li, day1, QStringLiteral("D"), 7);
    f.addShift(zhao, day1, QStringLiteral("D"), 7);
    f.addShift(doctor, day1, QStringLiteral("D"), 7);
    f.addShift(head, day1, QStringLiteral("D"), 7);
    f.addShift(wang, day1, QStringLiteral("E"), 15);
    const auto uids = [](const QList<core::PersonChoice>& people) {
        QStringList result;
        for (const core::PersonChoice& person : people)
            result.append(person.uid);
        return result;
    };

    SECTION("an administrator linked to the manager's record sees herself first, then who is on duty")
    {
        const QString account = f.nurseFor(head).userUid();
        const core::Actor manager(QStringLiteral("head"), core::Role::Administrator, account);
        const ShiftLogService::DutyChoices at10 = service.dutyChoices(manager, ShiftLogFixture::at(day1, 10));
        REQUIRE(at10.own.has_value());
        CHECK(at10.own->uid == head);
        CHECK(at10.own->detail == core::staffRoleCodes().label(core::StaffRole::Admin));
        CHECK(uids(at10.onDuty) == QStringList{li, zhao});
        // The doctor works the day shift too, but does not keep the shift log; Wang comes at 15:00.
        CHECK(uids(at10.others).contains(doctor));
        CHECK(uids(at10.others).contains(wang));
        CHECK_FALSE(uids(at10.others).contains(head));

        // Within the hour before her shift, Wang arrives for the handover and counts as on duty.
        CHECK(uids(service.dutyChoices(manager, ShiftLogFixture::at(day1, 14, 10)).onDuty) ==
              QStringList{li, wang, zhao});
    }
    SECTION("a nurse is offered only herself")
    {
        const ShiftLogService::DutyChoices mine =
            service.dutyChoices(f.nurseFor(wang), ShiftLogFixture::at(day1, 10));
        REQUIRE(mine.own.has_value());
        CHECK(mine.own->uid == wang);
        CHECK(mine.onDuty.isEmpty());
        CHECK(mine.others.isEmpty());
    }
    SECTION("a closed shift is no longer on duty")
    {
        const core::Actor liNurse = f.nurseFor(li);
        const ShiftLogService::Session session = service.openShift(
            liNurse, service.shiftsToOpen(liNurse, li, ShiftLogFixture::at(day1, 7)).constFirst().uid);
        service.closeShift(liNurse, session.uid, QStringLiteral("交班"));
        CHECK(uids(service.dutyChoices(f.admin, ShiftLogFixture::at(day1, 10)).onDuty) == QStringList{zhao});
    }
}

TEST_CASE("An incident keeps its own time: the risk window and the monthly count read it, not when it was "
          "written",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    // A night shift from 23:00 on 31 October; the fall at 23:40 is written up at 00:30.
    const QDate october31(2026, 10, 31);
    ShiftLogFixture::setNow(october31, 23);
    const ShiftLogService::Session night =
        service.openShift(liNurse, f.addShift(li, october31, QStringLiteral("N"), 23));
    ShiftLogFixture::setNow(october31.addDays(1), 0, 30);
    const QString fall = service.addEntry(liNurse, night.uid,
                                          {QStringLiteral("夜间如厕跌倒"),
                                           zhang,
                                           Incident::Fall,
                                           {},
                                           {},
                                           ShiftLogFixture::at(october31, 23, 40)});
    const ShiftLogService::Entry stored = service.entry(f.reader, fall);
    CHECK(stored.occurredAt == QStringLiteral("2026-10-31T23:40:00+08:00"));
    CHECK(stored.writtenAt == QStringLiteral("2026-11-01T00:30:00+08:00"));

    // October's incident, not November's.
    CHECK(service.incidentCount(f.reader, QDate(2026, 10, 1), october31) == 1);
    CHECK(service.incidentCount(f.reader, QDate(2026, 11, 1), QDate(2026, 11, 30)) == 0);
    // 30 days from 31 October are 31 October … 29 November: the fall leaves the window on 30 November,
    // although it was written on 1 November.
    CHECK(service.riskEvents(f.reader, zhang, QDate(2026, 11, 29)).size() == 1);
    CHECK(service.riskEvents(f.reader, zhang, QDate(2026, 11, 30)).isEmpty());
    CHECK(service.riskEvents(f.reader, zhang, october31).size() == 1);

    SECTION("without a time of its own an incident happened when it was written")
    {
        const QString choking = service.addEntry(
            liNurse, night.uid, {QStringLiteral("进食呛咳"), zhang, Incident::Choking, {}, {}});
        CHECK(service.entry(f.reader, choking).occurredAt == QStringLiteral("2026-11-01T00:30:00+08:00"));
    }
    SECTION("a note has no time of its own")
    {
        const QString note = service.addEntry(
            liNurse, night.uid,
            {QStringLiteral("巡视"), zhang, Incident::None, {}, {}, ShiftLogFixture::at(october31, 23, 50)});
        CHECK(service.entry(f.reader, note).occurredAt.isEmpty());
    }
    SECTION("a correction restates the incident at its time, and editing keeps it")
    {
        ShiftLogFixture::setNow(october31.addDays(1), 6);
        service.closeShift(liNurse, night.uid, QStringLiteral("张大爷夜间跌倒"));
        const QString wang = f.addStaff(QStringLiteral("王护士"));
        const core::Actor wangNurse = f.nurseFor(wang);
        const ShiftLogService::Session day =
            service.openShift(wangNurse, f.addShift(wang, october31.addDays(1), QStringLiteral("D"), 7));
        ShiftLogFixture::setNow(october31.addDays(1), 9);
        const QString correction = service.addEntry(
            wangNurse, day.uid, {QStringLiteral("更正：在床边跌倒"), zhang, Incident::Fall, fall, {}});
        CHECK(service.entry(f.reader, correction).occurredAt == QStringLiteral("2026-10-31T23:40:00+08:00"));
        service.editEntry(wangNurse, correction,
                          {QStringLiteral("更正：在床边滑倒"), zhang, Incident::Fall, {}, {}});
        CHECK(service.entry(f.reader, correction).occurredAt == QStringLiteral("2026-10-31T23:40:00+08:00"));
        CHECK(service.incidentCount(f.reader, QDate(2026, 10, 1), october31) == 1);
    }
}

TEST_CASE("An incident's time is refused in the future, after it was written, and more than 12 hours before "
          "its shift began",
          "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    ShiftLogFixture::setNow(day1, 10);
    const auto fallAt = [&](const QDateTime& at) {
        return ShiftLogService::NewEntry{QStringLiteral("跌倒"), zhang, Incident::Fall, {}, {}, at};
    };
    const auto refusal = [&](const QDateTime& at) {
        try {
            service.addEntry(liNurse, session.uid, fallAt(at));
        } catch (const Error& error) {
            CHECK(error.kind() == Error::Kind::Validation);
            return error.message();
        }
        return QString();
    };

    CHECK(refusal(ShiftLogFixture::at(day1, 11)).contains(QStringLiteral("in the future")));
    CHECK(refusal(ShiftLogFixture::at(day1, 11)).contains(QStringLiteral("2026-11-02 11:00")));
    // The shift began at 07:00: 19:00 the evening before is the earliest.
    CHECK(refusal(ShiftLogFixture::at(day1.addDays(-1), 18, 59)).contains(QStringLiteral("12 hours")));
    CHECK(service.entriesOfShift(f.reader, session.shiftUid).isEmpty());
    CHECK(refusal(ShiftLogFixture::at(day1.addDays(-1), 19)).isEmpty());
    CHECK(refusal(ShiftLogFixture::at(day1, 10)).isEmpty());

    SECTION("an edit may not move it after the time the entry was written")
    {
        const QString entry = service.addEntry(liNurse, session.uid, fallAt(ShiftLogFixture::at(day1, 9)));
        ShiftLogFixture::setNow(day1, 12);
        try {
            service.editEntry(liNurse, entry, fallAt(ShiftLogFixture::at(day1, 11)));
            FAIL("an incident after its entry was accepted");
        } catch (const Error& error) {
            CHECK(error.message().contains(QStringLiteral("after the entry was written (2026-11-02 10:00)")));
        }
        CHECK(service.entry(f.reader, entry).occurredAt == QStringLiteral("2026-11-02T09:00:00+08:00"));
    }
}
