// The home page as a dashboard: the charts of the last 12 months from the monthly report's
// figures, a hint instead of charts of zeros on a new database, the alerts of every module, and an
// alert opening the record it is about on its page (MainWindow::openRecord).

#include "home/HomePage.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "demo/DemoGenerator.h"
#include "home/TrendCharts.h"
#include "mainwindow/MainWindow.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentsPage.h"
#include "shiftlog/Incident.h"
#include "storage/Sql.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTableWidget>
#include <QTest>
#include <QXYSeries>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

struct Window {
    explicit Window(core::Database& db)
        : context(db, testing::admin())
        , window(context)
    {
        window.resize(1366, 768);
        window.show();
        REQUIRE(window.showPage(QStringLiteral("home")));
        home = qobject_cast<ui::HomePage*>(window.page(QStringLiteral("home")));
        REQUIRE(home);
    }
    QChartView* chart(const char* name) const
    {
        auto* view = home->findChild<QChartView*>(QString::fromLatin1(name) + QStringLiteral("ChartView"));
        REQUIRE(view);
        return view;
    }
    QTableWidget* alertTable() const
    {
        auto* table = home->findChild<QTableWidget*>(QStringLiteral("homeAlertTableWidget"));
        REQUIRE(table);
        return table;
    }
    ui::AppContext context;
    ui::MainWindow window;
    ui::HomePage* home = nullptr;
};

int barSets(QChartView* view)
{
    const QList<QAbstractSeries*> series = view->chart()->series();
    REQUIRE(series.size() == 1);
    auto* bars = qobject_cast<QAbstractBarSeries*>(series.first());
    REQUIRE(bars);
    return int(bars->count());
}

struct DemoCenter {
    DemoCenter()
    {
        core::PasswordHasher::setIterationsForTesting(1000);
        core::DemoOptions options;
        options.beds = 20;
        options.years = 1;
        options.endDate = core::Clock::today();
        core::DemoGenerator(temp.db()).run(testing::admin(), options);
    }
    ~DemoCenter() { core::PasswordHasher::resetForTesting(); }
    testing::TempDatabase temp;
};

} // namespace

TEST_CASE("The home page of a demo center charts its last 12 months", "[ui][home]")
{
    DemoCenter demo;
    Window w(demo.temp.db());

    CHECK(w.home->findChild<QLabel*>(QStringLiteral("homeNoHistoryLabel"))->isHidden());
    CHECK(w.home->findChild<QWidget*>(QStringLiteral("homeTrendCharts"))->isVisible());
    // One series per line (a target is a line of its own), one bar series per bar chart.
    const QList<std::pair<const char*, int>> expected{{"occupancy", 1}, {"careLevel", 1}, {"nursingRatio", 2},
                                                      {"visitRate", 2}, {"referrals", 1}, {"incidents", 1}};
    for (const auto& [name, count] : expected) {
        INFO(name);
        QChartView* view = w.chart(name);
        CHECK(view->isVisible());
        CHECK_FALSE(w.home->findChild<QLabel*>(QString::fromLatin1(name) + QStringLiteral("ChartHintLabel"))
                        ->isVisible());
        CHECK(view->chart()->series().size() == count);
        CHECK_FALSE(view->chart()->title().isEmpty());
        // A year of history: twelve months on the axis, the current one last.
        const QList<QAbstractAxis*> axes = view->chart()->axes(Qt::Horizontal);
        REQUIRE(axes.size() == 1);
        auto* months = qobject_cast<QBarCategoryAxis*>(axes.first());
        REQUIRE(months);
        CHECK(months->count() == 12);
    }
    CHECK(barSets(w.chart("careLevel")) == 6); // five levels and the unassessed
    CHECK(barSets(w.chart("referrals")) == 2); // out and back
    CHECK(barSets(w.chart("incidents")) == int(core::allIncidents().size()));
    // The lines lie on the report's figures: this month's occupancy as the monthly report has it.
    const auto* occupancy = qobject_cast<QXYSeries*>(w.chart("occupancy")->chart()->series().first());
    REQUIRE(occupancy);
    REQUIRE(occupancy->count() > 0);
    const core::MonthlyReport now =
        core::ReportService(demo.temp.db()).month(testing::admin(), core::Clock::today());
    CHECK(occupancy->points().last().y() ==
          Approx(double(*now.figures.value(QStringLiteral("occupancy_rate"))) / 10.0));

    SECTION("the figures of today are shown with the new ones")
    {
        for (const char* name :
             {"homeOnDutyValueLabel", "homeOpenReferralsValueLabel", "homeVisitRateValueLabel"}) {
            INFO(name);
            auto* label = w.home->findChild<QLabel*>(QString::fromLatin1(name));
            REQUIRE(label);
            CHECK(label->isVisible());
            CHECK_FALSE(label->text().isEmpty());
        }
    }
    SECTION("every alert is listed with its severity, and each one about a record opens it")
    {
        QTableWidget* table = w.alertTable();
        const QList<core::Alert>& alerts = w.home->alerts();
        REQUIRE_FALSE(alerts.isEmpty());
        CHECK(table->rowCount() == alerts.size());
        CHECK(table->item(0, 2)->text() == alerts.first().text);
        QSet<QString> tables;
        for (const core::Alert& alert : alerts) {
            if (alert.record.isEmpty() || tables.contains(alert.record.table))
                continue;
            tables.insert(alert.record.table);
            INFO(alert.record.table.toStdString() << " " << alert.text.toStdString());
            CHECK(w.window.openRecord(alert.record));
            CHECK(w.window.currentPageId() != QStringLiteral("home"));
        }
        CHECK_FALSE(tables.isEmpty());
    }
}

TEST_CASE("Records of every kind an alert names open on their page", "[ui][home]")
{
    DemoCenter demo;
    core::Database& db = demo.temp.db();
    // The demo makes no accounts; the users page lists this one.
    core::UserService(db).addUser(testing::admin(), QStringLiteral("liu"), QStringLiteral("刘芳"),
                                  core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    Window w(db);
    const auto anyUid = [&](const char* table) {
        const QString uid =
            core::sql::scalar(db, QStringLiteral("SELECT uid FROM %1 WHERE deleted = 0 ORDER BY uid LIMIT 1")
                                      .arg(QString::fromLatin1(table)))
                .toString();
        REQUIRE_FALSE(uid.isEmpty());
        return uid;
    };
    const QList<std::pair<const char*, const char*>> pages{
        {"residents", "residents"}, {"staff", "staff"},         {"family_beds", "familybeds"},
        {"referrals", "referrals"}, {"shift_logs", "shiftlog"}, {"partner_institutions", "referrals"},
        {"users", "users"}};
    for (const auto& [table, page] : pages) {
        INFO(table);
        REQUIRE(w.window.showPage(QStringLiteral("home")));
        CHECK(w.window.openRecord({QString::fromLatin1(table), anyUid(table)}));
        CHECK(w.window.currentPageId() == QString::fromLatin1(page));
    }
    CHECK(w.window.openRecord({QStringLiteral("roster"), core::Clock::today().toString(Qt::ISODate)}));
    CHECK(w.window.currentPageId() == QStringLiteral("roster"));

    SECTION("a record that is not there, or about the center as a whole, opens nothing")
    {
        CHECK_FALSE(w.window.openRecord({QStringLiteral("residents"), QStringLiteral("no-such-uid")}));
        CHECK_FALSE(w.window.openRecord({QStringLiteral("no_such_table"), QStringLiteral("x")}));
        REQUIRE(w.window.showPage(QStringLiteral("home")));
        CHECK_FALSE(w.window.openRecord({}));
        CHECK(w.window.currentPageId() == QStringLiteral("home"));
    }
}

TEST_CASE("A new center's home page says there is no history instead of drawing zeros", "[ui][home]")
{
    testing::TempDatabase db;
    Window w(db.db());
    auto* hint = w.home->findChild<QLabel*>(QStringLiteral("homeNoHistoryLabel"));
    REQUIRE(hint);
    CHECK(hint->isVisible());
    CHECK(hint->text().startsWith(QStringLiteral("No history yet")));
    CHECK_FALSE(w.home->findChild<QWidget*>(QStringLiteral("homeTrendCharts"))->isVisible());
    for (QChartView* view : w.home->findChildren<QChartView*>())
        CHECK_FALSE(view->isVisible());

    SECTION("with a bed the history begins and the charts appear")
    {
        testing::addBed(db.db(), QStringLiteral("A-101"));
        w.context.notifyDataChanged();
        CHECK(hint->isHidden());
        CHECK(w.chart("occupancy")->isVisible());
        // Nothing was ever referred: that chart says so rather than drawing zeros.
        CHECK_FALSE(w.chart("referrals")->isVisible());
        auto* referralsHint = w.home->findChild<QLabel*>(QStringLiteral("referralsChartHintLabel"));
        REQUIRE(referralsHint);
        CHECK(referralsHint->isVisible());
    }
}

TEST_CASE("An alert opens the record it is about with Enter or a double-click", "[ui][home]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101"));
    // Admitted long ago and never assessed: the assessments module raises an alert about her.
    const QString resident = core::ResidentService(db.db()).admit(
        testing::admin(), testing::person(QStringLiteral("张淑兰"), QDate(1940, 5, 6), 2,
                                          core::Clock::today().addDays(-120), bed));
    Window w(db.db());
    QTableWidget* table = w.alertTable();
    int row = -1;
    for (int index = 0; index < w.home->alerts().size(); ++index) {
        if (w.home->alerts().at(index).record == core::RecordRef{QStringLiteral("residents"), resident})
            row = index;
    }
    REQUIRE(row >= 0);
    CHECK(table->item(row, 2)->text().contains(QStringLiteral("张淑兰")));
    const auto selectedResident = [&] {
        auto* page = qobject_cast<ui::ResidentsPage*>(w.window.page(QStringLiteral("residents")));
        REQUIRE(page);
        return page->detailView()->residentUid();
    };

    SECTION("Enter")
    {
        table->setFocus();
        table->setCurrentCell(row, 2);
        QTest::keyClick(table, Qt::Key_Return);
        CHECK(w.window.currentPageId() == QStringLiteral("residents"));
        CHECK(selectedResident() == resident);
    }
    SECTION("double-click")
    {
        const QRect cell = table->visualItemRect(table->item(row, 2));
        // As a hand double-clicks: the first click's press, then the double-click.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        CHECK(w.window.currentPageId() == QStringLiteral("residents"));
        CHECK(selectedResident() == resident);
    }
    SECTION("an alert about the center as a whole stays on the home page")
    {
        int centerRow = -1;
        for (int index = 0; index < w.home->alerts().size(); ++index) {
            if (w.home->alerts().at(index).record.isEmpty())
                centerRow = index;
        }
        REQUIRE(centerRow >= 0); // never backed up
        w.home->openAlert(centerRow);
        CHECK(w.window.currentPageId() == QStringLiteral("home"));
    }
}
