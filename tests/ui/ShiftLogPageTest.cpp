// The shift log page: a nurse's shift from opening to handover, the lazy log model and the
// printed handover sheet.

#include "shiftlog/ShiftLogPage.h"

#include "ShiftLogFixture.h"
#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "mainwindow/MainWindow.h"
#include "residents/ResidentDetailView.h"
#include "shiftlog/DutyPanel.h"
#include "shiftlog/HandoverSheet.h"
#include "shiftlog/ResidentShiftLogSection.h"
#include "shiftlog/ShiftLogBrowser.h"
#include "shiftlog/ShiftLogService.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::Incident;
using core::ShiftLogService;
using testing::ShiftLogFixture;

namespace {
const QDate day1(2026, 11, 2);

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

void click(QWidget& parent, const char* name)
{
    QTest::mouseClick(child<QPushButton>(parent, name), Qt::LeftButton);
}

void select(QComboBox* combo, const QString& text)
{
    const int index = combo->findText(text);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

struct Messages {
    Messages()
    {
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { shown.append(message); });
    }
    ~Messages() { ui::setMessageSinkForTesting({}); }
    QStringList shown;
};
} // namespace

TEST_CASE(
    "A nurse opens her shift, reads and accepts the handover, logs an entry and an incident, and hands over",
    "[shiftlog]")
{
    ShiftLogFixture f;
    Messages messages;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    f.addResident(QStringLiteral("张大爷"));
    const QString liu = f.addResident(QStringLiteral("刘奶奶"));
    const core::Actor liNurse = f.nurseFor(li);
    const core::Actor wangNurse = f.nurseFor(wang);
    const ShiftLogService::Session morning =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    service.addEntry(liNurse, morning.uid,
                     {QStringLiteral("骶尾部皮肤发红"), liu, Incident::PressureSore, {}, {}});
    ShiftLogFixture::setNow(day1, 15);
    service.closeShift(liNurse, morning.uid, QStringLiteral("刘奶奶骶尾部发红，每两小时翻身"));
    const QString evening = f.addShift(wang, day1, QStringLiteral("E"), 15);

    ui::AppContext context(f.db(), wangNurse);
    ui::ShiftLogPage page(context);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    ui::DutyPanel& duty = *page.dutyPanel();

    select(child<QComboBox>(duty, "staffComboBox"), QStringLiteral("王护士"));
    REQUIRE(child<QComboBox>(duty, "shiftComboBox")->count() == 1);
    // The handover is read first; it is accepted once the shift is open.
    CHECK(child<QLabel>(duty, "previousHandoverLabel")->text().contains(QStringLiteral("每两小时翻身")));
    CHECK_FALSE(child<QPushButton>(duty, "acceptHandoverButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(duty, "addEntryButton")->isVisible());
    click(duty, "openShiftButton");
    INFO(messages.shown.join(QLatin1Char('\n')).toStdString());
    REQUIRE(duty.session().has_value());
    CHECK(duty.session()->shiftUid == evening);

    CHECK(child<QLabel>(duty, "previousHandoverLabel")->text().contains(QStringLiteral("每两小时翻身")));
    QListWidget* incidents = child<QListWidget>(duty, "openIncidentsListWidget");
    REQUIRE(incidents->count() == 1);
    CHECK(incidents->item(0)->text().contains(QStringLiteral("刘奶奶")));

    ShiftLogFixture::setNow(day1, 15, 5);
    click(duty, "acceptHandoverButton");
    CHECK(child<QLabel>(duty, "handoverAcceptedLabel")->text().contains(QStringLiteral("2026-11-02 15:05")));
    CHECK(service.session(f.reader, duty.session()->uid).handoverAcceptedAt ==
          QStringLiteral("2026-11-02T15:05:00+08:00"));

    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("晚饭进食正常，血压 130/80"));
    select(child<QComboBox>(duty, "entryResidentComboBox"), QStringLiteral("张大爷"));
    click(duty, "addEntryButton");
    ShiftLogFixture::setNow(day1, 18, 40);
    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("起夜时在床边跌倒，无明显外伤，已通知医生"));
    select(child<QComboBox>(duty, "entryResidentComboBox"), QStringLiteral("刘奶奶"));
    select(child<QComboBox>(duty, "entryIncidentComboBox"), core::incidentLabel(Incident::Fall));
    click(duty, "addEntryButton");
    CHECK(messages.shown.isEmpty());
    QTableWidget* entries = child<QTableWidget>(duty, "sessionEntriesTableWidget");
    REQUIRE(entries->rowCount() == 2);
    CHECK(entries->item(1, 2)->text() == core::incidentLabel(Incident::Fall));
    CHECK(service.riskEvents(f.reader, liu, day1).size() == 1);

    // While the shift is open an entry can still be edited.
    entries->setCurrentCell(0, 3);
    click(duty, "editEntryButton");
    CHECK(child<QPlainTextEdit>(duty, "entrySummaryEdit")->toPlainText() ==
          QStringLiteral("晚饭进食正常，血压 130/80"));
    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("晚饭进食正常，血压 135/85"));
    click(duty, "addEntryButton");
    REQUIRE(entries->rowCount() == 2);
    CHECK(entries->item(0, 3)->text() == QStringLiteral("晚饭进食正常，血压 135/85"));

    // Closing without a note is refused and the shift stays open.
    click(duty, "closeShiftButton");
    REQUIRE(messages.shown.size() == 1);
    CHECK(messages.shown.constFirst().contains(QStringLiteral("Handover note")));
    REQUIRE(duty.session().has_value());

    const QString sessionUid = duty.session()->uid;
    ShiftLogFixture::setNow(day1, 23);
    child<QPlainTextEdit>(duty, "handoverNoteEdit")
        ->setPlainText(QStringLiteral("刘奶奶晚间跌倒一次，夜班注意观察"));
    click(duty, "closeShiftButton");
    CHECK_FALSE(duty.session().has_value());
    const ShiftLogService::Session closed = service.session(f.reader, sessionUid);
    CHECK(closed.closedAt == QStringLiteral("2026-11-02T23:00:00+08:00"));
    CHECK(closed.handoverNote == QStringLiteral("刘奶奶晚间跌倒一次，夜班注意观察"));

    // The log tab shows the new entries first.
    ui::ShiftLogTableModel* model = page.browser()->model();
    REQUIRE(model->rowCount() == 3);
    CHECK(model->entryAt(0).incident == Incident::Fall);
}

TEST_CASE("A read-only user sees the duty panel disabled", "[shiftlog]")
{
    ShiftLogFixture f;
    const QString li = f.addStaff(QStringLiteral("李护士"));
    f.addShift(li, day1, QStringLiteral("D"), 7);
    ui::AppContext context(f.db(), f.reader);
    ui::ShiftLogPage page(context);
    page.refresh();
    CHECK_FALSE(child<QPushButton>(*page.dutyPanel(), "openShiftButton")->isEnabled());
    CHECK_FALSE(child<QLabel>(*page.dutyPanel(), "dutyReadOnlyLabel")->isHidden());
}

TEST_CASE("The log model loads a page at a time and filters by incident", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const int total = 2 * ui::ShiftLogTableModel::PageSize + 50;
    for (int i = 0; i < total; ++i) {
        core::Clock::advanceForTesting(60);
        const bool choking = i % 10 == 0;
        service.addEntry(
            liNurse, session.uid,
            {QStringLiteral("记录 %1").arg(i), zhang, choking ? Incident::Choking : Incident::None, {}, {}});
    }

    ui::ShiftLogTableModel model(f.db(), f.reader);
    CHECK(model.rowCount() == ui::ShiftLogTableModel::PageSize);
    CHECK(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ui::ShiftLogTableModel::PageSize);
    model.fetchMore({});
    CHECK(model.rowCount() == total);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.data(model.index(0, ui::ShiftLogTableModel::SummaryColumn)).toString() ==
          QStringLiteral("记录 %1").arg(total - 1));

    core::ShiftLogQuery::Filter choking;
    choking.incidentsOnly = true;
    choking.incident = Incident::Choking;
    model.setFilter(choking);
    CHECK(model.rowCount() == total / 10);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.data(model.index(0, ui::ShiftLogTableModel::IncidentColumn)).toString() ==
          core::incidentLabel(Incident::Choking));
}

TEST_CASE("The day's handover sheet is written as an A4 PDF", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    service.addEntry(liNurse, session.uid, {QStringLiteral("全体老人早餐正常"), {}, Incident::None, {}, {}});
    service.closeShift(liNurse, session.uid, QStringLiteral("无特殊情况"));

    const ui::HandoverSheet sheet(f.db(), f.reader, day1);
    CHECK(sheet.sessionCount() == 1);
    CHECK(sheet.html().contains(QStringLiteral("全体老人早餐正常")));
    CHECK(sheet.html().contains(QStringLiteral("无特殊情况")));
    const QString path = f.m_temp.dir() + QStringLiteral("/sheet.pdf");
    sheet.writePdf(path);
    QFile pdf(path);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    const QByteArray bytes = pdf.readAll();
    CHECK(bytes.startsWith("%PDF-"));
    CHECK(bytes.contains("CJK"));                // the Chinese text is set in an embedded CJK font
    CHECK(bytes.contains("/MediaBox [0 0 595")); // A4 portrait, in points
    // The export is audited: who, what, how many records (one session, one entry), which file.
    const QVariantMap audited = core::sql::row(
        f.db(), QStringLiteral(
                    "SELECT actor, action, table_name, new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    CHECK(audited.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(audited.value(QStringLiteral("actor")).toString() == QStringLiteral("reader"));
    CHECK(audited.value(QStringLiteral("table_name")).toString() == QStringLiteral("shift_logs"));
    CHECK(audited.value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("\"kind\":\"handover_sheet_pdf\"")));
    CHECK(audited.value(QStringLiteral("new_values")).toString().contains(QStringLiteral("\"records\":2")));
    CHECK(audited.value(QStringLiteral("new_values")).toString().contains(QStringLiteral("sheet.pdf")));
}

TEST_CASE("In the main window a nurse's open shift survives the refresh after each entry", "[shiftlog]")
{
    ShiftLogFixture f;
    Messages messages;
    const QString li = f.addStaff(QStringLiteral("李护士"));
    f.addShift(li, day1, QStringLiteral("D"), 7);
    ui::AppContext context(f.db(), f.nurseFor(li));
    ui::MainWindow window(context);
    window.show();
    REQUIRE(window.showPage(QStringLiteral("shiftlog")));
    auto* page = qobject_cast<ui::ShiftLogPage*>(window.page(QStringLiteral("shiftlog")));
    REQUIRE(page != nullptr);
    ui::DutyPanel& duty = *page->dutyPanel();
    click(duty, "openShiftButton");
    REQUIRE(duty.session().has_value());
    child<QPlainTextEdit>(duty, "entrySummaryEdit")->setPlainText(QStringLiteral("早餐后巡视，情况平稳"));
    click(duty, "addEntryButton");
    CHECK(messages.shown.isEmpty());
    REQUIRE(duty.session().has_value());
    CHECK(child<QTableWidget>(duty, "sessionEntriesTableWidget")->rowCount() == 1);
    CHECK(page->browser()->model()->rowCount() == 1);
}

TEST_CASE("The resident detail view lists the resident's shift-log entries and incidents", "[shiftlog]")
{
    ShiftLogFixture f;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
    const QString liu = f.addResident(QStringLiteral("刘奶奶"));
    const ShiftLogService::Session session =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    service.addEntry(liNurse, session.uid, {QStringLiteral("血压 130/80"), zhang, Incident::None, {}, {}});
    ShiftLogFixture::setNow(day1, 9);
    service.addEntry(liNurse, session.uid, {QStringLiteral("如厕时跌倒"), zhang, Incident::Fall, {}, {}});
    service.addEntry(liNurse, session.uid, {QStringLiteral("午睡好"), liu, Incident::None, {}, {}});

    ui::AppContext context(f.db(), f.reader);
    ui::ResidentDetailView view(context);
    QTabWidget* tabs = child<QTabWidget>(view, "residentTabWidget");
    int found = 0;
    for (int i = 0; i < tabs->count(); ++i)
        found += tabs->tabText(i) == QStringLiteral("Shift log") ? 1 : 0;
    CHECK(found == 1);

    view.setResident(zhang);
    QTableWidget* table = child<QTableWidget>(view, "residentShiftLogTableWidget");
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 3)->text() == QStringLiteral("如厕时跌倒"));
    CHECK(table->item(0, 2)->text() == core::incidentLabel(Incident::Fall));
    CHECK(child<QLabel>(view, "residentShiftLogSummaryLabel")
              ->text()
              .startsWith(QStringLiteral("1 risk event")));
    view.setResident(liu);
    CHECK(table->rowCount() == 1);
}

TEST_CASE("A nurse account without a staff record is told so instead of being offered every nurse on duty",
          "[shiftlog]")
{
    ShiftLogFixture f;
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    f.addShift(li, day1, QStringLiteral("D"), 7);
    f.addShift(wang, day1, QStringLiteral("D"), 7);
    ui::AppContext context(f.db(), f.nurse); // role nurse, no staff record linked
    ui::ShiftLogPage page(context);
    page.show();
    page.refresh();
    ui::DutyPanel& duty = *page.dutyPanel();
    CHECK(child<QComboBox>(duty, "staffComboBox")->count() == 0);
    CHECK(child<QComboBox>(duty, "shiftComboBox")->count() == 0);
    CHECK_FALSE(child<QPushButton>(duty, "openShiftButton")->isEnabled());
    QLabel* told = child<QLabel>(duty, "onBehalfLabel");
    CHECK(told->isVisible());
    CHECK(told->text().contains(QStringLiteral("not linked to a staff record")));

    SECTION("an administrator is offered the nurses on duty and told she writes on their behalf")
    {
        ShiftLogFixture::setNow(day1, 8);
        context.setActor(f.admin);
        CHECK(child<QComboBox>(duty, "staffComboBox")->count() == 2);
        CHECK(child<QLabel>(duty, "onBehalfLabel")->text().contains(QStringLiteral("on behalf")));
    }
}

TEST_CASE("While the preceding shift is open the panel names whose it is and waits; then the handover can be "
          "accepted",
          "[shiftlog]")
{
    ShiftLogFixture f;
    Messages messages;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    const QString wang = f.addStaff(QStringLiteral("王护士"));
    const core::Actor liNurse = f.nurseFor(li);
    const ShiftLogService::Session early =
        service.openShift(liNurse, f.addShift(li, day1, QStringLiteral("D"), 7));
    const QString late = f.addShift(wang, day1, QStringLiteral("E"), 15);
    ShiftLogFixture::setNow(day1, 14, 50);

    ui::AppContext context(f.db(), f.nurseFor(wang));
    ui::ShiftLogPage page(context);
    page.show();
    page.refresh();
    ui::DutyPanel& duty = *page.dutyPanel();
    QLabel* previous = child<QLabel>(duty, "previousHandoverLabel");
    CHECK(previous->text().contains(QStringLiteral("李护士")));
    CHECK(previous->text().contains(QStringLiteral("still open")));
    click(duty, "openShiftButton");
    REQUIRE(duty.session().has_value());
    CHECK(duty.session()->shiftUid == late);
    CHECK_FALSE(child<QPushButton>(duty, "acceptHandoverButton")->isEnabled());
    CHECK(child<QLabel>(duty, "handoverAcceptedLabel")->text().contains(QStringLiteral("Waiting")));
    QTimer* wait = duty.findChild<QTimer*>(QStringLiteral("handoverWaitTimer"));
    REQUIRE(wait != nullptr);
    CHECK(wait->isActive());

    // Li closes her shift on the other PC; the next time the panel looks, the handover is there.
    ShiftLogFixture::setNow(day1, 15, 5);
    service.closeShift(liNurse, early.uid, QStringLiteral("早班交班：一切正常"));
    REQUIRE(QMetaObject::invokeMethod(wait, "timeout", Qt::DirectConnection));
    CHECK(previous->text().contains(QStringLiteral("早班交班：一切正常")));
    CHECK_FALSE(wait->isActive());
    REQUIRE(child<QPushButton>(duty, "acceptHandoverButton")->isEnabled());
    click(duty, "acceptHandoverButton");
    CHECK(messages.shown.isEmpty());
    CHECK(service.session(f.reader, duty.session()->uid).previousUid == early.uid);
}
