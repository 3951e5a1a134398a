#include "common/DateText.h"

#include "QtStringMaker.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;

TEST_CASE("A typed date is yyyy-MM-dd with a day the calendar has", "[datetext]")
{
    CHECK(datetext::isoDate(QStringLiteral("2026-11-02")) == QDate(2026, 11, 2));
    CHECK(datetext::isoDate(QStringLiteral("2024-02-29")) == QDate(2024, 2, 29));
    CHECK_FALSE(datetext::isoDate(QStringLiteral("2026-02-29")));
    CHECK_FALSE(datetext::isoDate(QStringLiteral("2026-11-2")));
    CHECK_FALSE(datetext::isoDate(QStringLiteral("2026/11/02")));
    CHECK_FALSE(datetext::isoDate(QStringLiteral(" 2026-11-02")));
    CHECK_FALSE(datetext::isoDate(QString()));
}

TEST_CASE("A typed month is yyyy-MM, read as its first day", "[datetext]")
{
    CHECK(datetext::isoMonth(QStringLiteral("2026-11")) == QDate(2026, 11, 1));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("2026-13")));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("2026-00")));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("0000-01")));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("2026-1")));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("2026-11-01")));
}

TEST_CASE("A line break after a date or month is not taken as part of it", "[datetext]")
{
    CHECK_FALSE(datetext::isoDate(QStringLiteral("2026-11-02\n")));
    CHECK_FALSE(datetext::isoMonth(QStringLiteral("2026-11\n")));
}

TEST_CASE("Only ASCII digits make a date or month", "[datetext]")
{
    // Full-width digits, as a Chinese input method may type them.
    CHECK_FALSE(datetext::isoDate(QString::fromUtf8("２０２６-１１-０２")));
    CHECK_FALSE(datetext::isoMonth(QString::fromUtf8("２０２６-１１")));
}
