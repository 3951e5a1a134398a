// The shift-log step of the demo data: closed sessions with handover notes, entries about the
// residents present, occasional incidents followed up, and the same log for the same seed.

#include "demo/ShiftLogDemo.h"

#include "ShiftLogFixture.h"
#include "checks/HealthCheck.h"
#include "shiftlog/ShiftLogService.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using testing::ShiftLogFixture;

namespace {
const QDate first(2026, 7, 1);
const QDate last(2026, 10, 31);

// Two nurses and a caregiver over four months of three shifts a day, and eight residents.
void roster(ShiftLogFixture& f)
{
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const QString zhao = f.addStaff(QStringLiteral("赵护理员"), QStringLiteral("CAREGIVER"));
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        f.addShift(day.day() % 2 ? li : wang, day, QStringLiteral("D"), 7);
        f.addShift(zhao, day, QStringLiteral("D"), 7);
        f.addShift(day.day() % 2 ? wang : li, day, QStringLiteral("E"), 15);
        f.addShift(zhao, day, QStringLiteral("N"), 23);
    }
    for (const char* name : {"张德福", "刘淑珍", "王建国", "李桂英", "陈玉兰", "杨文华", "赵秀英", "孙志强"})
        f.addResident(QString::fromUtf8(name));
}

QList<QVariantMap> logContent(core::Database& db)
{
    return core::sql::rows(
        db,
        QStringLiteral("SELECT l.written_at, l.summary, l.incident, r.name AS resident, s.shift_code "
                       "FROM shift_logs l JOIN shifts s ON s.uid = l.shift_uid "
                       "LEFT JOIN residents r ON r.uid = l.resident_uid ORDER BY l.written_at, l.summary"));
}
} // namespace

TEST_CASE("The demo step logs every past shift slot with a closed, handed-over session", "[shiftlog]")
{
    ShiftLogFixture f;
    roster(f);
    ShiftLogFixture::setNow(QDate(2026, 11, 2), 9);
    std::mt19937 rng(7);
    const core::ShiftLogDemoResult result = core::ShiftLogDemo::generate(f.db(), f.admin, rng, first, last);

    const int days = static_cast<int>(first.daysTo(last)) + 1;
    CHECK(result.sessions == 3 * days); // one session per date and code
    CHECK(core::sql::scalar(f.db(),
                            QStringLiteral("SELECT count(*) FROM duty_sessions WHERE closed_at IS NULL OR "
                                           "handover_note IS NULL OR handover_accepted_at IS NULL"))
              .toInt() == 0);
    // The day shift is logged by the nurse, not the caregiver on the same shift.
    CHECK(core::sql::scalar(
              f.db(),
              QStringLiteral(
                  "SELECT count(*) FROM duty_sessions d JOIN staff st ON st.uid = d.opened_by "
                  "JOIN shifts s ON s.uid = d.shift_uid WHERE s.shift_code = 'D' AND st.role <> 'NURSE'"))
              .toInt() == 0);
    CHECK(result.entries >= result.sessions * 2);
    // A few falls a month, each followed up by the next shift.
    const int falls =
        core::sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM shift_logs WHERE incident = 'FALL'"))
            .toInt();
    CHECK(falls >= 4);
    CHECK(falls <= 40);
    CHECK(core::sql::scalar(
              f.db(),
              QStringLiteral(
                  "SELECT count(*) FROM shift_logs WHERE incident IS NOT NULL AND resident_uid IS NULL"))
              .toInt() == 0);
    CHECK(core::sql::scalar(f.db(),
                            QStringLiteral("SELECT count(*) FROM shift_logs WHERE resolves_uid IS NOT NULL"))
              .toInt() >= result.incidents - 1);
    CHECK(core::sql::scalar(f.db(),
                            QStringLiteral("SELECT count(*) FROM duty_sessions WHERE previous_uid IS NULL"))
              .toInt() == 1);
    CHECK(core::sql::scalar(f.db(),
                            QStringLiteral("SELECT count(*) FROM shift_logs WHERE summary LIKE '%血压%'"))
              .toInt() > 0);
}

TEST_CASE("In the demo a nurse opens and accepts the handover only after the preceding shift closed",
          "[shiftlog]")
{
    ShiftLogFixture f;
    roster(f);
    ShiftLogFixture::setNow(QDate(2026, 11, 2), 9);
    std::mt19937 rng(7);
    core::ShiftLogDemo::generate(f.db(), f.admin, rng, first, last);

    CHECK(core::sql::scalar(
              f.db(), QStringLiteral("SELECT count(*) FROM duty_sessions d JOIN duty_sessions p ON p.uid = "
                                     "d.previous_uid WHERE d.opened_at < p.closed_at "
                                     "OR d.handover_accepted_at < p.closed_at"))
              .toInt() == 0);
    // Entries are written after the handover was accepted, and no record is changed before it exists.
    CHECK(
        core::sql::scalar(
            f.db(), QStringLiteral("SELECT count(*) FROM shift_logs l JOIN duty_sessions d ON d.shift_uid = "
                                   "l.shift_uid WHERE l.written_at < d.handover_accepted_at"))
            .toInt() == 0);
    // What `jinglao-cli check` says: nothing about handovers or record rules.
    for (const core::HealthCheck::Finding& finding : core::HealthCheck(f.db()).run()) {
        INFO(finding.message.toStdString());
        CHECK(finding.check != QStringLiteral("handover"));
        CHECK(finding.check != QStringLiteral("record_rules"));
    }
    // The handover each session read is the one the service would show it.
    core::ShiftLogService service(f.db());
    const QString some =
        core::sql::scalar(f.db(), QStringLiteral("SELECT uid FROM duty_sessions d WHERE "
                                                 "d.previous_uid IS NOT NULL LIMIT 1 OFFSET 40"))
            .toString();
    const QString shift =
        core::sql::scalar(f.db(), QStringLiteral("SELECT shift_uid FROM duty_sessions WHERE uid = ?"), {some})
            .toString();
    const core::ShiftLogService::Handover expected = service.handoverFor(f.reader, shift);
    REQUIRE(expected.previous.has_value());
    CHECK(expected.previous->uid == service.session(f.reader, some).previousUid);
}

TEST_CASE("The demo step writes the same log for the same seed", "[shiftlog]")
{
    QList<QVariantMap> runs[2];
    for (QList<QVariantMap>& content : runs) {
        ShiftLogFixture f;
        roster(f);
        ShiftLogFixture::setNow(QDate(2026, 11, 2), 9);
        std::mt19937 rng(11);
        core::ShiftLogDemo::generate(f.db(), f.admin, rng, first, QDate(2026, 8, 31));
        content = logContent(f.db());
    }
    REQUIRE(runs[0].size() > 100);
    CHECK(runs[0] == runs[1]);
}
