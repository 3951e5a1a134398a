// The person picker every form and filter uses: pinyin order, bed or role shown, typed spellings
// ranked by core, Enter takes the closest.

#include "common/PersonPicker.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "common/AppContext.h"
#include "residents/ResidentService.h"

#include <QLineEdit>
#include <QStandardItemModel>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct Center {
    testing::FixedToday today{QDate(2026, 11, 2)};
    testing::TempDatabase db;
    QStringList uids;

    explicit Center(const QStringList& names)
    {
        core::ResidentService residents(db.db());
        int sequence = 0;
        for (const QString& name : names) {
            ++sequence;
            const QString bed = testing::addBed(db.db(), QStringLiteral("A-10%1-1").arg(sequence));
            uids.append(
                residents.admit(testing::admin(), testing::person(name, QDate(1940, 3, 1), 1,
                                                                  QDate(2026, 10, 1), bed, sequence)));
        }
    }
};

void fill(ui::PersonPicker& picker, core::Database& db)
{
    const auto choices = [&db](const QString& typed) {
        return core::ResidentService(db).choices(testing::admin(), typed,
                                                 core::ResidentFilter::Presence::Current);
    };
    picker.setNoneLabel(QStringLiteral("(no resident)"));
    picker.setSearch(choices);
    picker.setPeople(choices({}));
}
} // namespace

TEST_CASE(
    "A person picker lists people by pinyin with their bed; typing zeng finds 曾 first and Enter takes it",
    "[ui][people]")
{
    // 张增 has zeng as a given name, 岑 reads cen; 曾 as a surname is zeng.
    Center center(
        {QStringLiteral("张增"), QStringLiteral("岑红"), QStringLiteral("曾国华"), QStringLiteral("王五")});
    ui::PersonPicker picker;
    fill(picker, center.db.db());
    picker.show();

    // The nobody entry, a line, then pinyin order: cen, wang, zeng (曾), zhang.
    REQUIRE(picker.count() == 6);
    CHECK(picker.itemText(0) == QStringLiteral("(no resident)"));
    CHECK(picker.itemText(2) == QStringLiteral("岑红 · A-102-1"));
    CHECK(picker.itemText(3) == QStringLiteral("王五 · A-104-1"));
    CHECK(picker.itemText(4) == QStringLiteral("曾国华 · A-103-1"));
    CHECK(picker.itemText(5) == QStringLiteral("张增 · A-101-1"));

    picker.setFocus();
    picker.lineEdit()->selectAll();
    QTest::keyClicks(picker.lineEdit(), QStringLiteral("zeng"));
    const QStandardItemModel* matches = picker.matches();
    REQUIRE(matches->rowCount() == 2);
    CHECK(matches->item(0)->text() == QStringLiteral("曾国华 · A-103-1"));
    CHECK(matches->item(1)->text() == QStringLiteral("张增 · A-101-1"));
    QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
    CHECK(picker.currentUid() == center.uids.at(2));
    CHECK(picker.lineEdit()->text() == QStringLiteral("曾国华 · A-103-1"));

    SECTION("initials and a bed find people too")
    {
        picker.lineEdit()->selectAll();
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("ww"));
        QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
        CHECK(picker.currentUid() == center.uids.at(3));
        picker.lineEdit()->selectAll();
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("A-102"));
        QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
        CHECK(picker.currentUid() == center.uids.at(1));
    }
    SECTION("what matches nobody is not taken: the person chosen stays")
    {
        picker.lineEdit()->selectAll();
        QTest::keyClicks(picker.lineEdit(), QStringLiteral("xyz"));
        CHECK_FALSE(picker.hasMatches());
        CHECK(picker.matches()->item(0)->text().contains(QStringLiteral("xyz")));
        QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
        CHECK(picker.currentUid() == center.uids.at(2));
        CHECK(picker.lineEdit()->text() == QStringLiteral("曾国华 · A-103-1"));
    }
    SECTION("an emptied field is nobody")
    {
        picker.lineEdit()->selectAll();
        QTest::keyClick(picker.lineEdit(), Qt::Key_Backspace);
        QTest::keyClick(picker.lineEdit(), Qt::Key_Return);
        CHECK(picker.currentUid().isEmpty());
    }
    SECTION("a person no longer listed can still be shown as chosen")
    {
        picker.setCurrentPerson(
            {QStringLiteral("gone"), QStringLiteral("刘奶奶"), QStringLiteral("discharged")});
        CHECK(picker.currentUid() == QStringLiteral("gone"));
        CHECK(picker.lineEdit()->text() == QStringLiteral("刘奶奶 · discharged"));
    }
}
