// The shift log page: a nurse's shift from opening to handover, the lazy log model and the
// printed handover sheet.

#include "shiftlog/ShiftLogPage.h"

#include "ResidentFixtures.h"
#include "ShiftLogFixture.h"
#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "common/PersonPicker.h"
#include "mainwindow/MainWindow.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentService.h"
#include "shiftlog/DutyPanel.h"
#include "shiftlog/HandoverSheet.h"
#include "shiftlog/ResidentShiftLogSection.h"
#include "shiftlog/ShiftLogBrowser.h"
#include "shiftlog/ShiftLogService.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
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

// Chinese text arrives from the input method as one committed string, as when a nurse types pinyin
// and picks the characters.
void typeChinese(QWidget* widget, const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(widget, &event);
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
    const QString zhang = f.addResident(QStringLiteral("张大爷"));
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

    // A nurse logs her own shift: she is the one offered.
    CHECK(child<ui::PersonPicker>(duty, "staffComboBox")->currentUid() == wang);
    CHECK_FALSE(child<ui::PersonPicker>(duty, "staffComboBox")->isEnabled());
    REQUIRE(child<QComboBox>(duty, "shiftComboBox")->count() == 1);
    // The handover is read first; opening the shift (接班) accepts it, so no second step remains.
    CHECK(child<QLabel>(duty, "previousHandoverLabel")->text().contains(QStringLiteral("每两小时翻身")));
    CHECK_FALSE(child<QPushButton>(duty, "acceptHandoverButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(duty, "addEntryButton")->isVisible());
    click(duty, "openShiftButton");
    INFO(messages.shown.join(QLatin1Char('\n')).toStdString());
    REQUIRE(duty.session().has_value());
    CHECK(duty.session()->shiftUid == evening);
    CHECK(child<QLabel>(duty, "handoverAcceptedLabel")->text().contains(QStringLiteral("2026-11-02 15:00")));
    CHECK(service.session(f.reader, duty.session()->uid).handoverAcceptedAt ==
          QStringLiteral("2026-11-02T15:00:00+08:00"));
    CHECK_FALSE(child<QPushButton>(duty, "acceptHandoverButton")->isEnabled());
    CHECK(child<QLabel>(duty, "previousHandoverLabel")->text().contains(QStringLiteral("每两小时翻身")));
    QListWidget* incidents = child<QListWidget>(duty, "openIncidentsListWidget");
    REQUIRE(incidents->count() == 1);
    CHECK(incidents->item(0)->text().contains(QStringLiteral("刘奶奶")));
    // Following up needs an incident chosen; nothing to act on leaves the buttons off.
    CHECK_FALSE(child<QPushButton>(duty, "followUpButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(duty, "addEntryButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(duty, "editEntryButton")->isEnabled());
    CHECK_FALSE(child<QPushButton>(duty, "closeShiftButton")->isEnabled());
    incidents->setCurrentRow(0);
    CHECK(child<QPushButton>(duty, "followUpButton")->isEnabled());

    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("晚饭进食正常，血压 130/80"));
    REQUIRE(child<ui::PersonPicker>(duty, "entryResidentComboBox")->setCurrentUid(zhang));
    click(duty, "addEntryButton");
    ShiftLogFixture::setNow(day1, 18, 40);
    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("起夜时在床边跌倒，无明显外伤，已通知医生"));
    REQUIRE(child<ui::PersonPicker>(duty, "entryResidentComboBox")->setCurrentUid(liu));
    select(child<QComboBox>(duty, "entryIncidentComboBox"), core::incidentCodes().label(Incident::Fall));
    click(duty, "addEntryButton");
    CHECK(messages.shown.isEmpty());
    QTableWidget* entries = child<QTableWidget>(duty, "sessionEntriesTableWidget");
    REQUIRE(entries->rowCount() == 2);
    CHECK(entries->item(1, 2)->text() == core::incidentCodes().label(Incident::Fall));
    CHECK(service.riskEvents(f.reader, liu, day1).size() == 1);

    // While the shift is open an entry can still be edited.
    entries->setCurrentCell(0, 4);
    click(duty, "editEntryButton");
    CHECK(child<QPlainTextEdit>(duty, "entrySummaryEdit")->toPlainText() ==
          QStringLiteral("晚饭进食正常，血压 130/80"));
    child<QPlainTextEdit>(duty, "entrySummaryEdit")
        ->setPlainText(QStringLiteral("晚饭进食正常，血压 135/85"));
    click(duty, "addEntryButton");
    REQUIRE(entries->rowCount() == 2);
    CHECK(entries->item(0, 4)->text() == QStringLiteral("晚饭进食正常，血压 135/85"));

    // Closing needs a handover note, and asks before it closes; "no" leaves the shift open.
    CHECK_FALSE(child<QPushButton>(duty, "closeShiftButton")->isEnabled());
    const QString sessionUid = duty.session()->uid;
    ShiftLogFixture::setNow(day1, 23);
    child<QPlainTextEdit>(duty, "handoverNoteEdit")
        ->setPlainText(QStringLiteral("刘奶奶晚间跌倒一次，夜班注意观察"));
    REQUIRE(child<QPushButton>(duty, "closeShiftButton")->isEnabled());
    QStringList asked;
    bool answer = false;
    ui::setQuestionAnswererForTesting([&](const QString&, const QString& question) {
        asked.append(question);
        return answer;
    });
    click(duty, "closeShiftButton");
    REQUIRE(asked.size() == 1);
    CHECK(asked.constFirst().contains(QStringLiteral("2026-11-02 E")));
    REQUIRE(duty.session().has_value());
    answer = true;
    click(duty, "closeShiftButton");
    ui::setQuestionAnswererForTesting({});
    CHECK_FALSE(duty.session().has_value());
    // … and says it is done.
    CHECK(child<QLabel>(duty, "dutyStatusLabel")
              ->text()
              .contains(QStringLiteral("closed and handed over at 23:00")));
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
          core::incidentCodes().label(Incident::Choking));
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
    CHECK(table->item(0, 4)->text() == QStringLiteral("如厕时跌倒"));
    CHECK(table->item(0, 2)->text() == core::incidentCodes().label(Incident::Fall));
    CHECK(table->item(0, 3)->text() == QStringLiteral("2026-11-02 09:00"));
    CHECK(table->item(1, 3)->text().isEmpty()); // a note has no time of its own
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
    CHECK(child<ui::PersonPicker>(duty, "staffComboBox")->currentUid().isEmpty());
    CHECK_FALSE(child<ui::PersonPicker>(duty, "staffComboBox")->isEnabled());
    CHECK(child<QComboBox>(duty, "shiftComboBox")->count() == 0);
    CHECK_FALSE(child<QPushButton>(duty, "openShiftButton")->isEnabled());
    QLabel* told = child<QLabel>(duty, "onBehalfLabel");
    CHECK(told->isVisible());
    CHECK(told->text().contains(QStringLiteral("not linked to a staff record")));

    SECTION("an administrator is offered the nurses on duty and told she writes on their behalf")
    {
        ShiftLogFixture::setNow(day1, 8);
        context.setActor(f.admin);
        auto* staff = child<ui::PersonPicker>(duty, "staffComboBox");
        CHECK(staff->isEnabled());
        // Both on duty, under their heading, the first chosen.
        CHECK(staff->itemText(0) == QStringLiteral("On duty now"));
        CHECK(staff->findData(li) > 0);
        CHECK(staff->findData(wang) > 0);
        CHECK(staff->currentUid() == li);
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

TEST_CASE(
    "By keyboard alone: the shift opens with the handover accepted, the resident is found by pinyin, and "
    "the incident keeps the time it happened",
    "[shiftlog][people]")
{
    ShiftLogFixture f;
    Messages messages;
    ShiftLogService service(f.db());
    const QString li = f.addStaff(QStringLiteral("李护士"));
    core::ResidentService residents(f.db());
    QStringList uids;
    int sequence = 0;
    for (const QString& name :
         {QStringLiteral("刘秀英"), QStringLiteral("曾德福"), QStringLiteral("张国庆")}) {
        ++sequence;
        uids.append(residents.admit(
            f.admin,
            testing::person(name, QDate(1940, 3, 1), 1, QDate(2026, 10, 1),
                            testing::addBed(f.db(), QStringLiteral("A-101-%1").arg(sequence)), sequence)));
    }
    f.addShift(li, day1, QStringLiteral("D"), 7);
    ui::AppContext context(f.db(), f.nurseFor(li));
    ui::ShiftLogPage page(context);
    page.resize(1300, 700);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.refresh();
    ui::DutyPanel& duty = *page.dutyPanel();

    // 接班: opening takes over the handover too, and the cursor waits in the new entry.
    auto* open = child<QPushButton>(duty, "openShiftButton");
    open->setFocus();
    QTest::keyClick(open, Qt::Key_Space);
    REQUIRE(duty.session().has_value());
    CHECK_FALSE(duty.session()->handoverAcceptedAt.isEmpty());
    auto* summary = child<QPlainTextEdit>(duty, "entrySummaryEdit");
    CHECK(QApplication::focusWidget() == summary);

    // At 10:00 she writes up a fall that happened at 08:40: text, Tab, "zeng", Enter, Tab, the
    // kind, Tab, the time, Ctrl+Enter.
    ShiftLogFixture::setNow(day1, 10);
    typeChinese(summary, QStringLiteral("走廊跌倒，右肘擦伤"));
    QTest::keyClick(summary, Qt::Key_Tab);
    auto* resident = child<ui::PersonPicker>(duty, "entryResidentComboBox");
    REQUIRE(resident->hasFocus());
    resident->lineEdit()->selectAll();
    QTest::keyClicks(resident->lineEdit(), QStringLiteral("zeng"));
    QTest::keyClick(resident->lineEdit(), Qt::Key_Return);
    CHECK(resident->currentUid() == uids.at(1));
    CHECK(resident->currentText() == QStringLiteral("曾德福 · A-101-2"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    auto* kind = child<QComboBox>(duty, "entryIncidentComboBox");
    REQUIRE(QApplication::focusWidget() == kind);
    QTest::keyClick(kind, Qt::Key_Down);
    CHECK(kind->currentText() == core::incidentCodes().label(Incident::Fall));
    QTest::keyClick(kind, Qt::Key_Tab);
    auto* when = child<QDateTimeEdit>(duty, "occurredAtDateTimeEdit");
    REQUIRE(QApplication::focusWidget() == when);
    QTest::keyClicks(when, QStringLiteral("0840"));
    CHECK(when->time() == QTime(8, 40));
    QTest::keyClick(when, Qt::Key_Return, Qt::ControlModifier);
    INFO(messages.shown.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.shown.isEmpty());

    const QList<ShiftLogService::Entry> written = service.entriesOfShift(f.reader, duty.session()->shiftUid);
    REQUIRE(written.size() == 1);
    CHECK(written.constFirst().residentUid == uids.at(1));
    CHECK(written.constFirst().writtenAt == QStringLiteral("2026-11-02T10:00:00+08:00"));
    CHECK(written.constFirst().occurredAt == QStringLiteral("2026-11-02T08:40:00+08:00"));
    // Its own time shows in the shift's entries and the log, apart from when it was written.
    QTableWidget* entries = child<QTableWidget>(duty, "sessionEntriesTableWidget");
    REQUIRE(entries->rowCount() == 1);
    CHECK(entries->item(0, 0)->text() == QStringLiteral("10:00"));
    CHECK(entries->item(0, 3)->text() == QStringLiteral("08:40"));
    ui::ShiftLogTableModel* log = page.browser()->model();
    REQUIRE(log->rowCount() == 1);
    CHECK(log->data(log->index(0, ui::ShiftLogTableModel::OccurredColumn)).toString() ==
          QStringLiteral("2026-11-02 08:40"));
    CHECK(log->data(log->index(0, ui::ShiftLogTableModel::TimeColumn)).toString() ==
          QStringLiteral("2026-11-02 10:00"));
    // … and on the printed handover sheet.
    CHECK(ui::HandoverSheet(f.db(), f.reader, day1).html().contains(QStringLiteral("<td>08:40</td>")));
    // The form is ready for the next entry.
    CHECK(summary->toPlainText().isEmpty());
    CHECK(QApplication::focusWidget() == summary);

    SECTION(
        "a fall the evening before, written up this morning, leaves the 30-day risk window by its own day")
    {
        typeChinese(summary, QStringLiteral("昨晚 19:30 在房间跌倒，夜班未记录"));
        QTest::keyClick(summary, Qt::Key_Tab);
        resident->lineEdit()->selectAll();
        QTest::keyClicks(resident->lineEdit(), QStringLiteral("lxy"));
        QTest::keyClick(resident->lineEdit(), Qt::Key_Return);
        CHECK(resident->currentUid() == uids.at(0));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(kind, Qt::Key_Down);
        QTest::keyClick(kind, Qt::Key_Tab);
        QTest::keyClicks(when, QStringLiteral("1930"));
        QTest::keyClick(when, Qt::Key_Backtab); // back to the hour …
        QTest::keyClick(when, Qt::Key_Backtab); // … and the day: yesterday
        QTest::keyClick(when, Qt::Key_Down);
        CHECK(when->dateTime() == QDateTime(day1.addDays(-1), QTime(19, 30)));
        QTest::keyClick(when, Qt::Key_Enter, Qt::ControlModifier);
        CHECK(messages.shown.isEmpty());
        CHECK(service.riskEvents(f.reader, uids.at(0), day1).size() == 1);
        // Written on 2 November, it happened on 1 November: gone from the window on 1 December.
        CHECK(service.riskEvents(f.reader, uids.at(0), day1.addDays(28)).size() == 1);
        CHECK(service.riskEvents(f.reader, uids.at(0), day1.addDays(29)).isEmpty());
    }
    SECTION("a time after it was written is refused and the entry stays in the form")
    {
        typeChinese(summary, QStringLiteral("噎食"));
        child<QComboBox>(duty, "entryIncidentComboBox")->setCurrentIndex(2);
        when->setTime(QTime(11, 0));
        QTest::keyClick(summary, Qt::Key_Return, Qt::ControlModifier);
        REQUIRE(messages.shown.size() == 1);
        CHECK(messages.shown.constFirst().contains(QStringLiteral("in the future")));
        CHECK(summary->toPlainText() == QStringLiteral("噎食"));
    }
}
