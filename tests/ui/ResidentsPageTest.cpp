// The resident list: pinyin search and the lazy model.

#include "residents/ResidentsPage.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "common/AppContext.h"
#include "residents/DischargeDialog.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("Searching by pinyin initials narrows the list and shows the resident", "[residents][ui]")
{
    testing::TempDatabase db;
    core::ResidentService residents(db.db());
    const QDate admitted = QDate::currentDate().addDays(-30);
    residents.admit(testing::admin(),
                    testing::person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, admitted,
                                    testing::addBed(db.db(), QStringLiteral("A-101-1")), 1));
    residents.admit(testing::admin(),
                    testing::person(QStringLiteral("李秀兰"), QDate(1938, 5, 6), 2, admitted,
                                    testing::addBed(db.db(), QStringLiteral("A-101-2")), 2));
    ui::AppContext context(db.db(), testing::admin());
    ui::ResidentsPage page(context);
    page.refresh();
    CHECK(page.model()->rowCount() == 2);

    auto* search = page.findChild<QLineEdit*>(QStringLiteral("residentSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("zs"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page.model()->rowCount() == 1);
    CHECK(page.model()->data(page.model()->index(0, ui::ResidentTableModel::Name)).toString() ==
          QStringLiteral("张三"));
    CHECK(page.detailView()->findChild<QLabel*>(QStringLiteral("residentHeadingLabel"))->text() ==
          QStringLiteral("张三"));
}

TEST_CASE("A resident discharged from the list stays selected, shown as discharged", "[residents][ui]")
{
    testing::TempDatabase db;
    core::ResidentService residents(db.db());
    const QDate admitted = QDate::currentDate().addDays(-30);
    residents.admit(testing::admin(),
                    testing::person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, admitted,
                                    testing::addBed(db.db(), QStringLiteral("A-101-1")), 1));
    const QString li = residents.admit(
        testing::admin(), testing::person(QStringLiteral("李秀兰"), QDate(1938, 5, 6), 2, admitted,
                                          testing::addBed(db.db(), QStringLiteral("A-101-2")), 2));
    ui::AppContext context(db.db(), testing::admin());
    ui::ResidentsPage page(context);
    QObject::connect(&context, &ui::AppContext::dataChanged, &page, &ui::ResidentsPage::refresh);
    page.refresh();
    page.showResident(li);
    REQUIRE(page.detailView()->residentUid() == li);

    QTest::mouseClick(page.detailView()->findChild<QPushButton*>(QStringLiteral("dischargeButton")),
                      Qt::LeftButton);
    auto* dialog = page.detailView()->findChild<ui::DischargeDialog*>(QStringLiteral("dischargeDialog"));
    REQUIRE(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);

    // Not gone from the list: still selected, with the outcome in the details.
    CHECK(page.detailView()->residentUid() == li);
    const int row = page.model()->rowOf(li);
    REQUIRE(row >= 0);
    CHECK(page.model()->data(page.model()->index(row, ui::ResidentTableModel::DischargeDate)).toString() ==
          QDate::currentDate().toString(Qt::ISODate));
    CHECK(page.findChild<QComboBox*>(QStringLiteral("presenceComboBox"))->currentData().toInt() ==
          static_cast<int>(core::ResidentFilter::Presence::All));
    CHECK(page.detailView()->findChild<QPushButton*>(QStringLiteral("readmitButton"))->isEnabled());
}

TEST_CASE("The resident model loads a page at a time", "[residents][ui]")
{
    testing::TempDatabase db;
    core::ResidentService residents(db.db());
    core::BedService beds(db.db());
    const QStringList codes = beds.addRoomBeds(testing::admin(), QStringLiteral("A"), QStringLiteral("1"),
                                               QStringLiteral("101"), 20, core::BedType::Nursing, false);
    const QDate admitted = QDate::currentDate().addDays(-30);
    for (int i = 0; i < 130; ++i) {
        const QString bed = i < codes.size() ? beds.bedByCode(testing::admin(), codes.at(i)).uid : QString();
        residents.admit(testing::admin(),
                        testing::person(QStringLiteral("老人%1").arg(i), QDate(1940, 1, 1).addDays(i),
                                        i % 2 == 0 ? 1 : 2, admitted, bed, i));
    }
    ui::AppContext context(db.db(), testing::admin());
    ui::ResidentTableModel model(context);
    model.reload();
    CHECK(model.totalCount() == 130);
    CHECK(model.rowCount() == ui::ResidentTableModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 130);
    CHECK_FALSE(model.canFetchMore({}));
}
