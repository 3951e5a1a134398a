// Every table model of the program, run under QAbstractItemModelTester on a demo center while it
// loads, pages, sorts and reloads; and a model whose service fails keeps what it showed.

#include "TempDatabase.h"
#include "assessments/DueListModel.h"
#include "audit/AuditTableModel.h"
#include "common/AppContext.h"
#include "common/AssessmentListModel.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "demo/DemoGenerator.h"
#include "familybeds/CoverageTableModel.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"
#include "familybeds/HomeVisitService.h"
#include "residents/ResidentTableModel.h"
#include "roster/RosterRules.h"
#include "roster/RosterService.h"
#include "roster/RosterTableModel.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "staff/StaffService.h"
#include "staff/StaffTableModel.h"
#include "storage/Sql.h"

#include <QAbstractItemModelTester>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

// QAbstractItemModelTester reports a broken rule as a warning starting with "FAIL!".
QStringList* failures = nullptr;
void collect(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (failures && type != QtDebugMsg && message.contains(QStringLiteral("FAIL")))
        failures->append(message);
}

struct TestedModels {
    QStringList found;
    QtMessageHandler previous = qInstallMessageHandler(collect);
    TestedModels() { failures = &found; }
    ~TestedModels()
    {
        failures = nullptr;
        qInstallMessageHandler(previous);
    }
    void watch(QAbstractItemModel* model)
    {
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Warning, model);
    }
};

void fetchAll(QAbstractItemModel& model)
{
    for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard)
        model.fetchMore({});
}

struct DemoCenter {
    testing::TempDatabase temp;
    core::Actor admin{QStringLiteral("wang"), core::Role::Administrator};
    DemoCenter()
    {
        core::DemoOptions options;
        // Enough residents, assessments and log entries for every model to page.
        options.beds = 140;
        options.years = 1;
        options.endDate = core::Clock::today();
        core::DemoGenerator(temp.db()).run(admin, options);
    }
};

} // namespace

TEST_CASE("Every table model keeps Qt's model rules while it loads, pages, sorts and reloads", "[ui][models]")
{
    DemoCenter center;
    ui::AppContext context(center.temp.db(), center.admin);
    TestedModels tested;

    ui::ResidentTableModel residents(context);
    tested.watch(&residents);
    core::ResidentFilter everyone;
    everyone.presence = core::ResidentFilter::Presence::All;
    residents.setFilter(everyone);
    fetchAll(residents);
    CHECK(residents.rowCount() > ui::ResidentTableModel::PageSize);
    for (int column = 0; column < residents.columnCount(); ++column) {
        residents.sort(column, Qt::AscendingOrder);
        residents.sort(column, Qt::DescendingOrder);
    }
    residents.reload();

    ui::AuditTableModel audit(center.temp.db());
    tested.watch(&audit);
    audit.load(center.admin, {});
    fetchAll(audit);
    CHECK(audit.rowCount() > ui::AuditTableModel::PageSize);

    ui::AssessmentListModel assessments(context);
    tested.watch(&assessments);
    assessments.refresh();
    fetchAll(assessments);
    CHECK(assessments.rowCount() > ui::AssessmentListModel::PageSize);
    assessments.setResidentUid(residents.residentUid(0));
    assessments.refresh();

    ui::DueListModel due(context);
    tested.watch(&due);
    due.refresh();
    due.refresh();

    ui::ShiftLogTableModel log(center.temp.db(), center.admin);
    tested.watch(&log);
    log.setFilter({});
    for (int page = 0; page < 3 && log.canFetchMore({}); ++page)
        log.fetchMore({});
    CHECK(log.rowCount() > ui::ShiftLogTableModel::PageSize);
    log.reload();

    ui::StaffTableModel staff;
    tested.watch(&staff);
    staff.setStaff(core::StaffService(center.temp.db())
                       .list(center.admin, core::StaffService::Filter::All, core::Clock::today()));
    CHECK(staff.rowCount() > 0);

    ui::RosterTableModel roster;
    tested.watch(&roster);
    const core::RosterMonth month =
        core::RosterService(center.temp.db()).month(center.admin, core::Clock::today());
    roster.setMonth(month, core::RosterRules::check(month));
    roster.setMonth(month, {});
    CHECK(roster.rowCount() > 0);

    ui::FamilyBedTableModel familyBeds;
    tested.watch(&familyBeds);
    familyBeds.setListings(
        core::FamilyBedService(center.temp.db()).overview(center.admin, {}, core::Clock::today()),
        core::Clock::today());
    CHECK(familyBeds.rowCount() > 0);
    familyBeds.setListings({}, core::Clock::today());

    ui::CoverageTableModel coverage;
    tested.watch(&coverage);
    coverage.setCoverage(
        core::HomeVisitService(center.temp.db()).coverage(center.admin, core::Clock::today()));
    CHECK(coverage.rowCount() > 0);
    coverage.setCoverage({});

    INFO(tested.found.join(QLatin1Char('\n')).toStdString());
    CHECK(tested.found.isEmpty());
}

TEST_CASE("A model whose service fails keeps what it showed, and the error reaches the caller",
          "[ui][models]")
{
    DemoCenter center;
    ui::AppContext context(center.temp.db(), center.admin);
    TestedModels tested;
    ui::ResidentTableModel residents(context);
    tested.watch(&residents);
    residents.reload();
    const int shown = residents.rowCount();
    REQUIRE(shown > 0);
    // A table the service needs has gone (a damaged or foreign file): the reload throws.
    core::sql::execStatement(center.temp.db(),
                             QStringLiteral("ALTER TABLE residents RENAME TO residents_gone"));
    CHECK_THROWS_AS(residents.reload(), core::Error);
    CHECK(residents.rowCount() == shown);
    // Once the table is back the next reload works, with no reset left half done before it.
    core::sql::execStatement(center.temp.db(),
                             QStringLiteral("ALTER TABLE residents_gone RENAME TO residents"));
    residents.reload();
    CHECK(residents.rowCount() == shown);
    INFO(tested.found.join(QLatin1Char('\n')).toStdString());
    CHECK(tested.found.isEmpty());
}
