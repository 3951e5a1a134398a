#include "demo/StaffRosterDemo.h"

#include "TempDatabase.h"
#include "auth/Actor.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "roster/RosterRules.h"
#include "roster/RosterService.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
QStringList rosterFingerprint(core::Database& db)
{
    QStringList lines;
    for (const QVariantMap& row : core::sql::rows(
             db, QStringLiteral(
                     "SELECT s.name, s.id_number, s.role, s.hire_date, s.leave_date, "
                     "f.shift_date, f.shift_code, f.status FROM shifts f JOIN staff s "
                     "ON s.uid = f.staff_uid WHERE f.deleted = 0 ORDER BY s.id_number, f.shift_date"))) {
        QStringList values;
        for (const QVariant& value : row)
            values.append(value.toString());
        lines.append(values.join(QLatin1Char('|')));
    }
    return lines;
}
} // namespace

TEST_CASE("The staff and roster demo step is reproducible and follows the rules", "[roster]")
{
    core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    const core::Actor actor(QStringLiteral("demo"), core::Role::Administrator);
    const QDate from(2026, 8, 1);
    const QDate to(2026, 12, 31);
    testing::TempDatabase first;
    testing::TempDatabase second;
    std::mt19937 randomA(42);
    std::mt19937 randomB(42);
    const auto result = core::StaffRosterDemo::generate(first.db(), actor, randomA, from, to);
    core::StaffRosterDemo::generate(second.db(), actor, randomB, from, to);
    CHECK(result.staff >= 8 + 3 + 3 + 3);
    CHECK(result.shifts > 1000);
    CHECK(rosterFingerprint(first.db()) == rosterFingerprint(second.db()));

    CHECK(core::sql::scalar(first.db(),
                            QStringLiteral("SELECT COUNT(*) FROM shifts WHERE shift_date < '2026-11-10' "
                                           "AND status <> 'WORKED'"))
              .toInt() == 0);
    CHECK(core::sql::scalar(first.db(),
                            QStringLiteral("SELECT COUNT(*) FROM shifts WHERE shift_date >= '2026-11-10' "
                                           "AND status <> 'PLANNED'"))
              .toInt() == 0);
    CHECK(core::sql::scalar(first.db(),
                            QStringLiteral("SELECT COUNT(*) FROM staff WHERE leave_date IS NOT NULL"))
              .toInt() == 3);

    core::RosterService roster(first.db());
    for (const QDate month : {QDate(2026, 8, 1), QDate(2026, 9, 1), QDate(2026, 10, 1), QDate(2026, 12, 1)}) {
        for (const core::RosterWarning& warning : roster.warnings(actor, month)) {
            INFO(warning.message.toStdString());
            // The 6-on-2-off rotation averages 42 h a week but reaches 44.8 h in some 30-day
            // months, which the weekly-average rule rightly flags; nothing else may be broken.
            CHECK((warning.kind == core::RosterWarning::Kind::OnLeave ||
                   warning.kind == core::RosterWarning::Kind::WeeklyHours));
        }
    }
    core::Clock::resetForTesting();
}

TEST_CASE("jinglao-cli demo adds staff for its residents and rosters its whole period and the month after",
          "[roster][demo]")
{
    core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    testing::TempDatabase db;
    core::DemoOptions options;
    options.seed = 3;
    options.beds = 40;
    options.years = 1;
    core::DemoGenerator(db.db()).run(core::Actor(QStringLiteral("demo"), core::Role::Administrator), options);
    const int residents =
        core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM residents WHERE deleted = 0 "
                                                  "AND discharge_date IS NULL"))
            .toInt();
    const int caregivers =
        core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'CAREGIVER' "
                                                  "AND leave_date IS NULL"))
            .toInt();
    // A caregiver for about three residents, a nurse for about sixty (at least three).
    CHECK(caregivers == std::max(8, (residents + 2) / 3));
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM staff WHERE role = 'NURSE'"))
              .toInt() == std::max(3, residents / 60));
    // The period is the year up to 2026-11-10: from the first of its first month.
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT MIN(shift_date) FROM shifts")).toString() ==
          QStringLiteral("2025-11-01"));
    // Every day of it has its three shifts logged, and nobody works before being hired.
    CHECK(
        core::sql::scalar(db.db(), QStringLiteral("SELECT count(DISTINCT s.shift_date) FROM duty_sessions d "
                                                  "JOIN shifts s ON s.uid = d.shift_uid WHERE s.shift_date "
                                                  "BETWEEN '2025-11-10' AND '2026-11-09'"))
            .toInt() == 365);
    CHECK(core::sql::scalar(db.db(),
                            QStringLiteral("SELECT count(*) FROM shifts s JOIN staff st ON st.uid = "
                                           "s.staff_uid WHERE s.shift_date < st.hire_date OR "
                                           "(st.leave_date IS NOT NULL AND s.shift_date >= st.leave_date)"))
              .toInt() == 0);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT MAX(shift_date) FROM shifts")).toString() ==
          QStringLiteral("2026-12-31"));
    core::Clock::resetForTesting();
}

TEST_CASE(
    "The monthly count of understaffed shifts agrees with the roster rules, leaves and leavers included",
    "[roster][demo]")
{
    core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    testing::TempDatabase db;
    core::DemoOptions options;
    options.seed = 5;
    options.beds = 30;
    options.years = 1;
    const core::Actor admin(QStringLiteral("demo"), core::Role::Administrator);
    core::DemoGenerator(db.db()).run(admin, options);
    // Leaves for three caregivers over the same days, and a shift marked absent: shifts fall short.
    const QList<QVariantMap> caregivers = core::sql::rows(
        db.db(), QStringLiteral("SELECT uid FROM staff WHERE role = 'CAREGIVER' AND leave_date IS NULL "
                                "ORDER BY id_number LIMIT 3"));
    REQUIRE(caregivers.size() == 3);
    for (const QVariantMap& caregiver : caregivers)
        core::StaffService(db.db()).addLeave(admin, {{},
                                                     caregiver.value(QStringLiteral("uid")).toString(),
                                                     QDate(2026, 9, 10),
                                                     QDate(2026, 9, 20),
                                                     QStringLiteral("病假")});
    core::sql::execStatement(db.db(),
                             QStringLiteral("UPDATE shifts SET status = 'ABSENT' WHERE uid = (SELECT uid "
                                            "FROM shifts WHERE shift_date = '2026-10-05' LIMIT 1)"));
    core::RosterService roster(db.db());
    int understaffed = 0;
    for (QDate month(2025, 11, 1); month <= QDate(2026, 12, 1); month = month.addMonths(1)) {
        INFO(month.toString(Qt::ISODate).toStdString());
        const int byRules =
            static_cast<int>(core::RosterRules::understaffed(roster.month(admin, month)).size());
        CHECK(roster.understaffedShifts(admin, month) == byRules);
        understaffed += byRules;
    }
    CHECK(understaffed > 0);
    core::Clock::resetForTesting();
}
