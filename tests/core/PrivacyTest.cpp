#include "auth/Privacy.h"

#include "auth/Actor.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;

TEST_CASE("ID numbers, phones and addresses are masked", "[privacy]")
{
    CHECK(privacy::maskIdNumber(QStringLiteral("11010519491231002X")) ==
          QStringLiteral("1101**********002X"));
    CHECK(privacy::maskPhone(QStringLiteral("13812345678")) == QStringLiteral("138****5678"));
    CHECK(privacy::maskAddress(QStringLiteral("河北省承德市双桥区幸福路1号")) ==
          QStringLiteral("河北省承德市****"));
    CHECK(privacy::maskIdNumber(QStringLiteral("1234")) == QStringLiteral("****"));
    CHECK(privacy::maskPhone(QString()) == QString());
}

TEST_CASE("Only roles with personal-data permission see ID numbers in full", "[privacy]")
{
    const QString id = QStringLiteral("11010519491231002X");
    const QString phone = QStringLiteral("13812345678");
    const QString address = QStringLiteral("河北省承德市双桥区幸福路1号");
    const Actor admin(QStringLiteral("admin"), Role::Administrator);
    const Actor nurse(QStringLiteral("nurse"), Role::Nurse);
    const Actor reader(QStringLiteral("reader"), Role::ReadOnly);

    CHECK(privacy::shownIdNumber(admin, id) == id);
    CHECK(privacy::shownPhone(admin, phone) == phone);
    CHECK(privacy::shownAddress(admin, address) == address);
    for (const Actor& masked : {nurse, reader}) {
        CHECK(privacy::shownIdNumber(masked, id) == QStringLiteral("1101**********002X"));
        CHECK(privacy::shownPhone(masked, phone) == QStringLiteral("138****5678"));
        CHECK(privacy::shownAddress(masked, address) == QStringLiteral("河北省承德市****"));
    }
}

TEST_CASE("Formula escaping round-trips", "[privacy]")
{
    for (const QString& text :
         {QStringLiteral("=cmd"), QStringLiteral("+1"), QStringLiteral("-1"), QStringLiteral("@x"),
          QStringLiteral("\tx"), QStringLiteral("\rx"), QStringLiteral("plain"), QStringLiteral("'quoted")}) {
        for (const privacy::FormulaRule rule :
             {privacy::FormulaRule::CountySpec, privacy::FormulaRule::Spreadsheet})
            CHECK(privacy::unescapeFormula(privacy::escapeFormula(text, rule), rule) == text);
    }
    CHECK(privacy::escapeFormula(QStringLiteral("=1"), privacy::FormulaRule::CountySpec) ==
          QStringLiteral("'=1"));
}

TEST_CASE("A leading TAB or CR is formula-escaped in files for people, not in the county's", "[privacy]")
{
    constexpr auto Spreadsheet = privacy::FormulaRule::Spreadsheet;
    constexpr auto CountySpec = privacy::FormulaRule::CountySpec;
    // county-csv-spec.md: exactly = + - @, and on import one apostrophe before those only.
    CHECK(privacy::escapeFormula(QStringLiteral("\t=1"), CountySpec) == QStringLiteral("\t=1"));
    CHECK(privacy::escapeFormula(QStringLiteral("@x"), CountySpec) == QStringLiteral("'@x"));
    CHECK(privacy::unescapeFormula(QStringLiteral("'\tx"), CountySpec) == QStringLiteral("'\tx"));
    CHECK(privacy::escapeFormula(QStringLiteral("\t=1"), Spreadsheet) == QStringLiteral("'\t=1"));
    CHECK(privacy::escapeFormula(QStringLiteral("\r=1"), Spreadsheet) == QStringLiteral("'\r=1"));
    CHECK(privacy::escapeFormula(QStringLiteral("a\tb"), Spreadsheet) == QStringLiteral("a\tb"));
    CHECK(privacy::escapeFormula(QStringLiteral("\nx"), Spreadsheet) == QStringLiteral("\nx"));
    CHECK(privacy::unescapeFormula(QStringLiteral("'\tx"), Spreadsheet) == QStringLiteral("\tx"));
    CHECK(privacy::unescapeFormula(QStringLiteral("'x"), Spreadsheet) == QStringLiteral("'x"));
}
