// 居民身份证号 rules (GB 11643) as residents are admitted with them.

#include "common/IdNumber.h"

#include "InstalledLanguage.h"
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

TEST_CASE("Leaving the ID field gives advice a nurse can act on", "[residents][idnumber]")
{
    const QString id = QStringLiteral("11010519491231002X"); // born 1949-12-31, a woman
    SECTION("an empty field says nothing")
    {
        CHECK(IdNumber::advice(QString()).text.isEmpty());
        CHECK_FALSE(IdNumber::advice(QStringLiteral("  ")).problem);
    }
    SECTION("a valid number names the birth date and gender it encodes")
    {
        const IdNumber::Advice advice = IdNumber::advice(id.toLower());
        CHECK_FALSE(advice.problem);
        CHECK(advice.text == QStringLiteral("This number stands for born 1949-12-31, female."));
        CHECK_FALSE(IdNumber::advice(id, QDate(1949, 12, 31), 2).problem);
    }
    SECTION("a wrong last character says which one it should be, and what the number encodes")
    {
        const IdNumber::Advice advice = IdNumber::advice(QStringLiteral("110105194912310021"));
        CHECK(advice.problem);
        CHECK(advice.text.startsWith(QStringLiteral("The last character should be X")));
        CHECK(advice.text.contains(QStringLiteral("1949-12-31, female")));
    }
    SECTION("a birth date or gender entered otherwise is named beside the encoded one")
    {
        const IdNumber::Advice date = IdNumber::advice(id, QDate(1949, 12, 30), 2);
        CHECK(date.problem);
        CHECK(date.text.contains(QStringLiteral("1949-12-31")));
        CHECK(date.text.contains(QStringLiteral("1949-12-30")));
        const IdNumber::Advice gender = IdNumber::advice(id, QDate(1949, 12, 31), 1);
        CHECK(gender.problem);
        CHECK(gender.text.contains(QStringLiteral("the gender entered is male")));
    }
    SECTION("length, letters and impossible dates are each named")
    {
        CHECK(IdNumber::advice(QStringLiteral("1101051949123100")).text.contains(QStringLiteral("has 16")));
        CHECK(IdNumber::advice(QStringLiteral("1101051949123100AX")).problem);
        const IdNumber::Advice month = IdNumber::advice(QStringLiteral("11010519491331002X"));
        CHECK(month.problem);
        CHECK(month.text.contains(QStringLiteral("19491331")));
    }
    SECTION("an old 15-digit number says what it is saved as")
    {
        const IdNumber::Advice advice = IdNumber::advice(QStringLiteral("110105491231002"));
        CHECK_FALSE(advice.problem);
        CHECK(advice.text.contains(id));
        CHECK(advice.text.contains(QStringLiteral("1949-12-31")));
    }
}

TEST_CASE("The ID advice reads as a nurse would say it in Chinese", "[residents][idnumber][translations]")
{
    const jinglao::testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    CHECK(IdNumber::advice(QStringLiteral("110105194912310021")).text ==
          QStringLiteral("身份证号最后一位应为 X，请核对。此号码对应出生日期 1949-12-31、性别 女。"));
    CHECK(IdNumber::advice(QStringLiteral("11010519491231002X")).text ==
          QStringLiteral("此号码对应出生日期 1949-12-31、性别 女。"));
}
