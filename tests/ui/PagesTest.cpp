// Pages that look like one program: every page's header, the first row selected or an
// empty-state hint on every list, the home page of a new center without alarms, the audit page
// naming records, the staff page's pinyin search.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "audit/AuditPage.h"
#include "audit/AuditTableModel.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/EmptyStateHint.h"
#include "common/Page.h"
#include "common/PageHeader.h"
#include "demo/DemoGenerator.h"
#include "mainwindow/MainWindow.h"
#include "staff/StaffPage.h"
#include "staff/StaffService.h"
#include "staff/StaffTableModel.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

struct FastHashing {
    FastHashing() { core::PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { core::PasswordHasher::resetForTesting(); }
};

// A main window at the documented size, as an administrator so that every page is listed.
struct Window {
    explicit Window(core::Database& db)
        : context(db, testing::admin())
        , window(context)
    {
        window.resize(1366, 768);
        window.show();
    }
    ui::Page* open(const QString& pageId)
    {
        REQUIRE(window.showPage(pageId));
        ui::Page* page = window.page(pageId);
        REQUIRE(page);
        return page;
    }
    QString navigationText(const QString& pageId) const
    {
        auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
        for (int row = 0; row < navigation->count(); ++row) {
            if (navigation->item(row)->data(Qt::UserRole).toString() == pageId)
                return navigation->item(row)->text();
        }
        return {};
    }
    ui::AppContext context;
    ui::MainWindow window;
};

// The lists of each page, by the object names of the view and of its empty-state hint.
struct ListOnPage {
    const char* page;
    const char* view;
    const char* hint;
};
const QList<ListOnPage> lists{
    {"residents", "residentTableView", "residentEmptyLabel"},
    {"staff", "staffTableView", "staffEmptyLabel"},
    {"assessments", "dueTableView", "dueEmptyLabel"},
    {"assessments", "recentTableView", "recentEmptyLabel"},
    {"roster", "rosterTableView", "rosterEmptyLabel"},
    {"shiftlog", "shiftLogTableView", "shiftLogEmptyLabel"},
    {"audit", "auditTableView", "auditEmptyLabel"},
    {"users", "userTableWidget", "usersEmptyLabel"},
};

QAbstractItemView* viewOf(ui::Page* page, const ListOnPage& list)
{
    auto* view = page->findChild<QAbstractItemView*>(QString::fromLatin1(list.view));
    REQUIRE(view);
    return view;
}

ui::EmptyStateHint* hintOf(ui::Page* page, const ListOnPage& list)
{
    auto* hint = page->findChild<ui::EmptyStateHint*>(QString::fromLatin1(list.hint));
    REQUIRE(hint);
    return hint;
}

bool firstRowSelected(QAbstractItemView* view)
{
    return view->currentIndex().isValid() && view->currentIndex().row() == 0;
}

void checkHeaders(Window& w)
{
    for (const QString& pageId : w.window.pageIds()) {
        INFO("page " << pageId.toStdString());
        ui::Page* page = w.open(pageId);
        auto* header = page->findChild<ui::PageHeader*>(QStringLiteral("pageHeader"));
        REQUIRE(header);
        auto* title = header->findChild<QLabel*>(QStringLiteral("pageTitleLabel"));
        auto* summary = header->findChild<QLabel*>(QStringLiteral("pageSummaryLabel"));
        REQUIRE(title);
        REQUIRE(summary);
        // One name: the navigation's, the header's.
        CHECK(title->text() == page->title());
        CHECK(w.navigationText(pageId) == page->title());
        CHECK_FALSE(summary->text().trimmed().isEmpty());
        CHECK(summary->isVisible());
    }
}

} // namespace

TEST_CASE("Every page of a new, empty center has the header and says why its lists are empty", "[ui][pages]")
{
    testing::TempDatabase db;
    Window w(db.db());
    checkHeaders(w);

    for (const ListOnPage& list : lists) {
        INFO("list " << list.view);
        ui::Page* page = w.open(QString::fromLatin1(list.page));
        QAbstractItemView* view = viewOf(page, list);
        ui::EmptyStateHint* hint = hintOf(page, list);
        // The audit log already holds the window's first writes; the others are empty.
        if (QString::fromLatin1(list.page) == QStringLiteral("audit") && view->model()->rowCount() > 0) {
            CHECK(firstRowSelected(view));
            CHECK(hint->isHidden());
            continue;
        }
        CHECK_FALSE(hint->isHidden());
        CHECK_FALSE(hint->text().isEmpty());
    }
    ui::Page* beds = w.open(QStringLiteral("beds"));
    CHECK(beds->findChild<QLabel*>(QStringLiteral("emptyMapLabel")));
    CHECK(hintOf(w.open(QStringLiteral("staff")), lists.at(1))
              ->text()
              .contains(QStringLiteral("Add staff member")));
}

TEST_CASE("Every list of a demo center has its first row selected", "[ui][pages]")
{
    FastHashing fast;
    testing::TempDatabase db;
    core::DemoOptions options;
    options.beds = 20;
    options.years = 1;
    options.endDate = core::Clock::today();
    core::DemoGenerator(db.db()).run(testing::admin(), options);
    core::UserService(db.db()).addUser(testing::admin(), QStringLiteral("liu"), QStringLiteral("刘芳"),
                                       core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    Window w(db.db());
    checkHeaders(w);

    for (const ListOnPage& list : lists) {
        INFO("list " << list.view);
        ui::Page* page = w.open(QString::fromLatin1(list.page));
        QAbstractItemView* view = viewOf(page, list);
        // Whether anyone is due for assessment today depends on the day; every other list has rows.
        if (QString::fromLatin1(list.view) == QStringLiteral("dueTableView") &&
            view->model()->rowCount() == 0) {
            CHECK_FALSE(hintOf(page, list)->isHidden());
            continue;
        }
        REQUIRE(view->model()->rowCount() > 0);
        CHECK(firstRowSelected(view));
        CHECK(hintOf(page, list)->isHidden());
    }
    SECTION("the staff page shows the first person's details, not an empty box")
    {
        ui::Page* page = w.open(QStringLiteral("staff"));
        auto* heading = page->findChild<QLabel*>(QStringLiteral("staffHeadingLabel"));
        REQUIRE(heading);
        auto* staff = qobject_cast<ui::StaffPage*>(page);
        REQUIRE(staff);
        CHECK(heading->text() == staff->model()->member(0).name);
        CHECK(page->findChild<QListWidget*>(QStringLiteral("staffDetailsListWidget"))->count() > 0);
    }
    SECTION("the home page shows its figures, with no 'missing' notes")
    {
        ui::Page* home = w.open(QStringLiteral("home"));
        CHECK(home->findChild<QLabel*>(QStringLiteral("homeNoBedsLabel"))->isHidden());
        CHECK(home->findChild<QLabel*>(QStringLiteral("homeNoStaffLabel"))->isHidden());
        CHECK(home->findChild<QLabel*>(QStringLiteral("homeShortShiftsValueLabel"))->isVisible());
    }
}

TEST_CASE("A new center's home page says what is missing and raises no alarm", "[ui][pages][home]")
{
    testing::TempDatabase db;
    Window w(db.db());
    ui::Page* home = w.open(QStringLiteral("home"));
    auto* noBeds = home->findChild<QLabel*>(QStringLiteral("homeNoBedsLabel"));
    auto* noStaff = home->findChild<QLabel*>(QStringLiteral("homeNoStaffLabel"));
    REQUIRE(noBeds);
    REQUIRE(noStaff);
    CHECK(noBeds->isVisible());
    CHECK(noBeds->text().startsWith(QStringLiteral("No beds yet")));
    CHECK(noStaff->isVisible());
    CHECK(noStaff->text().startsWith(QStringLiteral("No staff yet")));
    // Neither the empty ratio nor a month of "short" shifts is shown, and nothing is red or green.
    CHECK_FALSE(home->findChild<QLabel*>(QStringLiteral("homeNursingRatioValueLabel"))->isVisible());
    CHECK_FALSE(home->findChild<QLabel*>(QStringLiteral("homeShortShiftsValueLabel"))->isVisible());
    for (QLabel* label : home->findChildren<QLabel*>()) {
        INFO(label->objectName().toStdString());
        CHECK_FALSE(label->property("offTarget").toBool());
        CHECK_FALSE(label->property("onTarget").toBool());
        CHECK_FALSE(label->styleSheet().contains(QStringLiteral("#c62828")));
        CHECK_FALSE(label->styleSheet().contains(QStringLiteral("#2e7d32")));
    }

    SECTION("with staff but no roster this month the short shifts are not counted")
    {
        core::StaffMember member;
        member.name = QStringLiteral("孙丽");
        member.role = core::StaffRole::Caregiver;
        member.hireDate = core::Clock::today().addYears(-1);
        core::StaffService(db.db()).add(testing::admin(), member);
        w.context.notifyDataChanged();
        CHECK(noStaff->isHidden());
        auto* shortShifts = home->findChild<QLabel*>(QStringLiteral("homeShortShiftsValueLabel"));
        CHECK(shortShifts->text() == QStringLiteral("—"));
        CHECK_FALSE(shortShifts->property("offTarget").toBool());
        CHECK(home->findChild<QLabel*>(QStringLiteral("homeShortShiftsCaptionLabel"))->text() ==
              QStringLiteral("No roster for this month yet"));
    }
}

TEST_CASE("The audit page shows a resident's name, the table's name and keeps the uid at hand",
          "[ui][pages][audit]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101"));
    const QString resident = core::ResidentService(db.db()).admit(
        testing::admin(), testing::person(QStringLiteral("张淑兰"), QDate(1940, 5, 6), 2,
                                          core::Clock::today().addDays(-3), bed));
    Window w(db.db());
    auto* page = qobject_cast<ui::AuditPage*>(w.open(QStringLiteral("audit")));
    REQUIRE(page);
    auto* tables = page->findChild<QComboBox*>(QStringLiteral("auditTableComboBox"));
    REQUIRE(tables);
    const int residents = tables->findData(QStringLiteral("residents"));
    REQUIRE(residents > 0);
    CHECK(tables->itemText(residents) == QStringLiteral("Residents"));
    tables->setCurrentIndex(residents);

    ui::AuditTableModel* model = page->model();
    REQUIRE(model->rowCount() >= 1);
    const QModelIndex record = model->index(0, ui::AuditTableModel::RecordColumn);
    CHECK(model->data(record).toString() == QStringLiteral("张淑兰"));
    CHECK_FALSE(model->data(record).toString().contains(resident));
    CHECK(model->data(record, Qt::ToolTipRole).toString().contains(resident));
    CHECK(model->data(model->index(0, ui::AuditTableModel::TableColumn)).toString() ==
          QStringLiteral("Residents"));
    CHECK(model->data(model->index(0, ui::AuditTableModel::ActionColumn)).toString() ==
          QStringLiteral("Created"));
    // The details name the record and keep its uid for those who need it.
    auto* detail = page->findChild<QLabel*>(QStringLiteral("auditDetailLabel"));
    REQUIRE(detail);
    CHECK(detail->text().contains(QStringLiteral("张淑兰")));
    CHECK(detail->text().contains(resident));
}

TEST_CASE("The staff page finds people by pinyin and Ctrl+F goes to its search box", "[ui][pages][staff]")
{
    testing::TempDatabase db;
    for (const char* name : {"周敏", "于秀芳", "孙丽"}) {
        core::StaffMember member;
        member.name = QString::fromUtf8(name);
        member.role = core::StaffRole::Caregiver;
        member.hireDate = QDate(2024, 1, 1);
        core::StaffService(db.db()).add(testing::admin(), member);
    }
    Window w(db.db());
    auto* page = qobject_cast<ui::StaffPage*>(w.open(QStringLiteral("staff")));
    REQUIRE(page);
    // Listed as the names are said: sun, yu, zhou (not by code point: 于, 周, 孙).
    REQUIRE(page->model()->rowCount() == 3);
    CHECK(page->model()->member(0).name == QStringLiteral("孙丽"));
    CHECK(page->model()->member(1).name == QStringLiteral("于秀芳"));
    CHECK(page->model()->member(2).name == QStringLiteral("周敏"));

    auto* search = page->findChild<QLineEdit*>(QStringLiteral("staffSearchLineEdit"));
    REQUIRE(search);
    auto* table = page->findChild<QTableView*>(QStringLiteral("staffTableView"));
    w.window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&w.window));
    table->setFocus();
    REQUIRE(table->hasFocus());
    QTest::keySequence(&w.window, QKeySequence(QKeySequence::Find));
    CHECK(search->hasFocus());

    QTest::keyClicks(search, QStringLiteral("zm"));
    QTest::keyClick(search, Qt::Key_Return);
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).name == QStringLiteral("周敏"));
    CHECK(page->findChild<QLabel*>(QStringLiteral("staffHeadingLabel"))->text() == QStringLiteral("周敏"));

    SECTION("a search that finds nobody says so")
    {
        search->setText(QStringLiteral("qqq"));
        QTest::keyClick(search, Qt::Key_Return);
        CHECK(page->model()->rowCount() == 0);
        auto* hint = page->findChild<ui::EmptyStateHint*>(QStringLiteral("staffEmptyLabel"));
        CHECK(hint->isVisible());
        CHECK(hint->text().contains(QStringLiteral("qqq")));
    }
}

TEST_CASE("The user accounts page has one name", "[ui][pages][auth]")
{
    testing::TempDatabase db;
    Window w(db.db());
    ui::Page* page = w.open(QStringLiteral("users"));
    CHECK(page->title() == QStringLiteral("User accounts"));
    CHECK(w.navigationText(QStringLiteral("users")) == QStringLiteral("User accounts"));
    CHECK(page->findChild<QLabel*>(QStringLiteral("pageTitleLabel"))->text() ==
          QStringLiteral("User accounts"));
}
