#include "common/Clock.h"

#include "QtStringMaker.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using jinglao::core::Clock;

TEST_CASE("Timestamps are ISO 8601 with an explicit offset", "[clock]")
{
    CHECK(Clock::timestamp(QDateTime(QDate(2026, 11, 2), QTime(8, 30), QTimeZone(8 * 3600))) ==
          QStringLiteral("2026-11-02T08:30:00+08:00"));
    CHECK(Clock::timestamp(QDateTime(QDate(2026, 11, 2), QTime(0, 30), QTimeZone::utc())) ==
          QStringLiteral("2026-11-02T00:30:00+00:00"));
}

TEST_CASE("A stored timestamp is shown in its own wall time", "[clock]")
{
    CHECK(Clock::displayTimestamp(QStringLiteral("2026-11-02T08:30:00+08:00")) ==
          QStringLiteral("2026-11-02 08:30"));
    CHECK(Clock::displayTimestamp(QStringLiteral("not a time")) == QStringLiteral("not a time"));
}

TEST_CASE("A fixed clock can be advanced and reset", "[clock]")
{
    Clock::setFixedForTesting(QDateTime(QDate(2026, 1, 1), QTime(23, 59, 30), QTimeZone(8 * 3600)));
    Clock::advanceForTesting(60);
    CHECK(Clock::today() == QDate(2026, 1, 2));
    CHECK(Clock::nowTimestamp() == QStringLiteral("2026-01-02T00:00:30+08:00"));
    Clock::resetForTesting();
    CHECK(qAbs(Clock::now().secsTo(QDateTime::currentDateTime())) < 5);
}

TEST_CASE("An override holds the clock where it is set, then gives back what it read before", "[clock]")
{
    Clock::setFixedForTesting(QDateTime(QDate(2026, 5, 1), QTime(9, 0), QTimeZone(8 * 3600)));
    {
        Clock::Override demo(QDateTime(QDate(2025, 12, 31), QTime(23, 59), QTimeZone(8 * 3600)));
        CHECK(Clock::nowTimestamp() == QStringLiteral("2025-12-31T23:59:00+08:00"));
        {
            Clock::Override step(QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone(8 * 3600)));
            step.set(QDateTime(QDate(2024, 3, 2), QTime(11, 30), QTimeZone(8 * 3600)));
            CHECK(Clock::nowTimestamp() == QStringLiteral("2024-03-02T11:30:00+08:00"));
        }
        CHECK(Clock::today() == QDate(2025, 12, 31));
    }
    CHECK(Clock::nowTimestamp() == QStringLiteral("2026-05-01T09:00:00+08:00"));
    Clock::resetForTesting();
    {
        Clock::Override demo(QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone(8 * 3600)));
        CHECK(Clock::today() == QDate(2020, 1, 1));
    }
    CHECK(qAbs(Clock::now().secsTo(QDateTime::currentDateTime())) < 5);
}
