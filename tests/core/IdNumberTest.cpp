// 居民身份证号 rules (GB 11643) as residents are admitted with them.

#include "common/IdNumber.h"

#include "common/Error.h"

#include <catch2/catch.hpp>

using jinglao::core::Error;
using jinglao::core::IdNumber;

TEST_CASE("The standard's example number has the check character X", "[residents][idnumber]")
{
    CHECK(IdNumber::checkCharacter(QStringLiteral("11010519491231002")) == QLatin1Char('X'));
    CHECK(IdNumber::isValid(QStringLiteral("11010519491231002X")));
    CHECK(IdNumber::normalize(QStringLiteral(" 11010519491231002x ")) ==
          QStringLiteral("11010519491231002X"));
}

TEST_CASE("A wrong check digit is refused, naming the field and the value", "[residents][idnumber]")
{
    try {
        IdNumber::normalize(QStringLiteral("110105194912310021"));
        FAIL("accepted a wrong check digit");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Validation);
        CHECK(error.message().contains(QStringLiteral("110105194912310021")));
        CHECK(error.message().contains(IdNumber::fieldLabel()));
    }
    CHECK(IdNumber::isValid(QStringLiteral("440524188001010014")));
    CHECK_FALSE(IdNumber::isValid(QStringLiteral("440524188001010015")));
}

TEST_CASE("A 15-digit legacy number becomes 18 digits with the 19 century and a check digit",
          "[residents][idnumber]")
{
    const QString converted = IdNumber::normalize(QStringLiteral("110105491231002"));
    CHECK(converted == QStringLiteral("11010519491231002X"));
    CHECK(IdNumber::birthDate(converted) == QDate(1949, 12, 31));
}

TEST_CASE("Birth date and gender must agree with the number", "[residents][idnumber]")
{
    const QString id = QStringLiteral("11010519491231002X"); // 17th digit 2: a woman
    CHECK_NOTHROW(IdNumber::requireAgreement(id, QDate(1949, 12, 31), 2));
    CHECK_THROWS_AS(IdNumber::requireAgreement(id, QDate(1949, 12, 30), 2), Error);
    CHECK_THROWS_AS(IdNumber::requireAgreement(id, QDate(1949, 12, 31), 1), Error);
    CHECK(IdNumber::gender(id) == 2);
}

TEST_CASE("Malformed numbers are refused", "[residents][idnumber]")
{
    CHECK_THROWS_AS(IdNumber::normalize(QString()), Error);
    CHECK_THROWS_AS(IdNumber::normalize(QStringLiteral("1101051949123100")), Error);   // 16 characters
    CHECK_THROWS_AS(IdNumber::normalize(QStringLiteral("11010519491331002X")), Error); // month 13
    CHECK_THROWS_AS(IdNumber::normalize(QStringLiteral("1101051949123100AX")), Error);
}
