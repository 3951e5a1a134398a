#include "roster/RosterPage.h"

#include "ExportedText.h"
#include "TempDatabase.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "mainwindow/MainWindow.h"
#include "roster/RosterGridView.h"
#include "roster/RosterPdfWriter.h"
#include "roster/RosterService.h"
#include "roster/RosterTableModel.h"
#include "roster/ShiftTemplatesDialog.h"
#include "staff/StaffDialog.h"
#include "staff/StaffPage.h"
#include "staff/StaffService.h"
#include "staff/StaffTableModel.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct PageFixture {
    PageFixture()
    {
        core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { messages.append(message); });
    }
    ~PageFixture()
    {
        ui::setMessageSinkForTesting({});
        core::Clock::resetForTesting();
    }
    QString addStaff(const QString& name, core::StaffRole role = core::StaffRole::Caregiver)
    {
        core::StaffMember member;
        member.name = name;
        member.role = role;
        member.hireDate = QDate(2025, 1, 1);
        return core::StaffService(db.db()).add(context.actor(), member);
    }

    testing::TempDatabase db;
    ui::AppContext context{db.db(), core::Actor(QStringLiteral("admin"), core::Role::Administrator)};
    QStringList messages;
};
} // namespace

TEST_CASE_METHOD(PageFixture, "A week of shifts entered by keyboard on the roster grid is stored", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("张护理"));
    ui::RosterPage page(context);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    CHECK(page.month() == QDate(2026, 11, 1));
    ui::RosterGridView* grid = page.findChild<ui::RosterGridView*>(QStringLiteral("rosterTableView"));
    REQUIRE(grid);
    ui::RosterTableModel* model = page.model();
    const int row = model->rowOf(uid);
    REQUIRE(row >= 0);

    grid->setFocus();
    grid->setCurrentIndex(model->index(row, 1)); // Monday 2026-11-02
    QTest::keyClicks(grid, QStringLiteral("ddeen"));
    QTest::keyClick(grid, Qt::Key_N);
    QTest::keyClick(grid, Qt::Key_Minus);
    CHECK(messages.isEmpty());
    CHECK(grid->currentIndex().column() == 8);

    const core::RosterMonth month = core::RosterService(db.db()).month(context.actor(), QDate(2026, 11, 1));
    QStringList week;
    for (int i = 0; i < 7; ++i)
        week.append(month.cellText(uid, QDate(2026, 11, 2).addDays(i)));
    CHECK(week.join(QLatin1Char(',')) == QStringLiteral("D,D,E,E,N,N,"));
    CHECK(model->data(model->index(row, 5)).toString() == QStringLiteral("N"));
    CHECK(
        core::sql::scalar(db.db(), QStringLiteral("SELECT end_at FROM shifts WHERE shift_date = '2026-11-06' "
                                                  "AND deleted = 0"))
            .toString() == QStringLiteral("2026-11-07T07:00:00+08:00"));

    SECTION("arrows move and Delete clears the current cell")
    {
        QTest::keyClick(grid, Qt::Key_Left);
        QTest::keyClick(grid, Qt::Key_Left);
        CHECK(grid->currentIndex().column() == 6);
        QTest::keyClick(grid, Qt::Key_Delete);
        CHECK(core::RosterService(db.db())
                  .month(context.actor(), QDate(2026, 11, 1))
                  .cellText(uid, QDate(2026, 11, 7))
                  .isEmpty());
    }
    SECTION("an unknown code is refused with a message and nothing is stored")
    {
        QTest::keyClick(grid, Qt::Key_Z);
        CHECK(messages.size() == 1);
        CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM shifts WHERE deleted = 0"))
                  .toInt() == 6);
    }
    SECTION("the warnings list and the indicators follow the roster")
    {
        auto* warnings = page.findChild<QListWidget*>(QStringLiteral("warningListWidget"));
        REQUIRE(warnings);
        CHECK(warnings->count() > 0); // every shift is below its minimum of caregivers
        auto* caregivers = page.findChild<QLabel*>(QStringLiteral("rosterCaregiversValueLabel"));
        REQUIRE(caregivers);
        CHECK(caregivers->text() == QStringLiteral("1"));
        auto* short_ = page.findChild<QLabel*>(QStringLiteral("rosterShortShiftsValueLabel"));
        REQUIRE(short_);
        CHECK(short_->text().toInt() > 0);
        CHECK(short_->property("offTarget").toBool());
    }
}

TEST_CASE_METHOD(PageFixture, "A nurse sees the roster grid read-only", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("张护理"));
    context.setActor(core::Actor(QStringLiteral("nurse"), core::Role::Nurse));
    ui::RosterPage page(context);
    page.show();
    page.refresh();
    ui::RosterGridView* grid = page.findChild<ui::RosterGridView*>(QStringLiteral("rosterTableView"));
    REQUIRE(grid);
    grid->setCurrentIndex(page.model()->index(page.model()->rowOf(uid), 0));
    QTest::keyClick(grid, Qt::Key_D);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT COUNT(*) FROM shifts")).toInt() == 0);
    CHECK_FALSE(page.findChild<QWidget*>(QStringLiteral("fillPatternButton"))->isEnabled());
}

TEST_CASE_METHOD(PageFixture, "The roster page fills a pattern and exports XLSX and PDF", "[roster]")
{
    // 工, 老 and 人 share their glyphs with the Kangxi radicals ⼯, ⽼ and ⼈ in Noto CJK.
    const QString a = addStaff(QStringLiteral("工老人"));
    const QString b = addStaff(QStringLiteral("乙"));
    ui::RosterPage page(context);
    page.refresh();
    REQUIRE(page.fillPattern({a, b}, QDate(2026, 11, 1), QDate(2026, 11, 30),
                             QStringLiteral("D,D,E,E,N,N,-,-"), 2));
    CHECK(page.model()->month().totals(a).shifts == 24); // 3 full 8-day rounds and 6 more days
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
    const QString pdf = dir.filePath(QStringLiteral("roster.pdf"));
    CHECK(page.exportXlsx(xlsx));
    CHECK(page.exportPdf(pdf));
    CHECK(testing::fileBytes(xlsx).startsWith("PK"));
    const QByteArray pdfBytes = testing::fileBytes(pdf);
    CHECK(pdfBytes.startsWith("%PDF"));
    CHECK(pdfBytes.size() > 2000);
    // The text is searchable as written: the ideographs, not the radicals drawn alike.
    const QString text = testing::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("工老人")));
    CHECK_FALSE(text.contains(QChar(0x2F2F))); // ⼯
    CHECK_FALSE(text.contains(QChar(0x2F7C))); // ⽼
    CHECK(messages.isEmpty());
    // Both exports are audited with the month and the number of shifts.
    const QList<QVariantMap> exports = core::sql::rows(
        db.db(),
        QStringLiteral("SELECT actor, new_values FROM audit_log WHERE action = 'EXPORT' ORDER BY id"));
    REQUIRE(exports.size() == 2);
    CHECK(
        exports.at(0).value(QStringLiteral("new_values")).toString().contains(QStringLiteral("roster_xlsx")));
    CHECK(
        exports.at(1).value(QStringLiteral("new_values")).toString().contains(QStringLiteral("roster_pdf")));
    for (const QVariantMap& row : exports) {
        CHECK(row.value(QStringLiteral("actor")).toString() == QStringLiteral("admin"));
        CHECK(row.value(QStringLiteral("new_values"))
                  .toString()
                  .contains(QStringLiteral("\"scope\":\"2026-11\"")));
        CHECK(row.value(QStringLiteral("new_values"))
                  .toString()
                  .contains(QStringLiteral("\"records\":%1").arg(page.model()->month().shiftCount())));
    }
}

TEST_CASE_METHOD(
    PageFixture,
    "The shift templates dialog shows built-in names translated and sets the overtime norm and the "
    "caregiver target",
    "[roster]")
{
    ui::ShiftTemplatesDialog dialog(context);
    CHECK(dialog.table()->item(0, 1)->text() == QStringLiteral("Early shift"));
    // Stored as the label's code, so another language shows its own word.
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT name FROM shift_templates WHERE code = 'D'"))
              .toString() == QStringLiteral("EARLY"));
    auto* norm = dialog.findChild<QComboBox*>(QStringLiteral("monthlyNormComboBox"));
    REQUIRE(norm != nullptr);
    CHECK(norm->currentText().contains(QStringLiteral("174")));
    norm->setCurrentIndex(norm->findData(static_cast<int>(core::MonthlyNorm::Weekdays)));
    auto* target = dialog.findChild<QDoubleSpinBox*>(QStringLiteral("caregiverTargetSpinBox"));
    REQUIRE(target != nullptr);
    CHECK(target->text() == QStringLiteral("No target"));
    target->setValue(4.5);
    REQUIRE(dialog.submit());
    CHECK(core::RosterService(db.db()).monthlyNorm() == core::MonthlyNorm::Weekdays);
    CHECK(core::RosterService(db.db()).caregiverTarget() == 4.5);
    CHECK(core::sql::scalar(db.db(), QStringLiteral("SELECT name FROM shift_templates WHERE code = 'D'"))
              .toString() == QStringLiteral("EARLY"));
}

TEST_CASE_METHOD(PageFixture,
                 "The staff page adds a caregiver through its dialog and lists former staff apart", "[staff]")
{
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("staff")));
    REQUIRE(window.pageIds().contains(QStringLiteral("roster")));
    auto* page = qobject_cast<ui::StaffPage*>(window.page(QStringLiteral("staff")));
    REQUIRE(page);
    ui::StaffDialog dialog(context, core::StaffMember{}, page);
    dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("李护理"));
    dialog.findChild<QSpinBox*>(QStringLiteral("skillLevelSpinBox"))->setValue(3);
    dialog.findChild<QDateEdit*>(QStringLiteral("hireDateEdit"))->setDate(QDate(2025, 3, 1));
    dialog.findChild<QLineEdit*>(QStringLiteral("phoneLineEdit"))->setText(QStringLiteral("13812345678"));
    REQUIRE(dialog.submit());
    page->refresh();
    REQUIRE(page->model()->rowCount() == 1);
    CHECK(page->model()->member(0).skillLevel == 3);

    core::StaffService(db.db()).setLeaveDate(context.actor(), dialog.savedUid(), QDate(2026, 11, 1));
    page->refresh();
    CHECK(page->model()->rowCount() == 0);
    page->findChild<QComboBox*>(QStringLiteral("staffFilterComboBox"))->setCurrentIndex(1);
    CHECK(page->model()->rowCount() == 1);

    SECTION("a nurse's skill level is refused with a message")
    {
        ui::StaffDialog nurseDialog(context, core::StaffMember{}, page);
        nurseDialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("王护士"));
        auto* role = nurseDialog.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
        role->setCurrentIndex(1);
        CHECK(nurseDialog.findChild<QSpinBox*>(QStringLiteral("skillLevelSpinBox"))->value() == 0);
        CHECK(nurseDialog.submit());
        ui::StaffDialog badId(context, core::StaffMember{}, page);
        badId.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(QStringLiteral("赵"));
        badId.findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit"))->setText(QStringLiteral("123"));
        CHECK_FALSE(badId.submit());
        CHECK(messages.size() == 1);
    }
}

TEST_CASE_METHOD(PageFixture, "Shift templates are edited in their dialog and a cell can be marked absent",
                 "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    ui::RosterPage page(context);
    page.refresh();
    ui::ShiftTemplatesDialog dialog(context, &page);
    QTableWidget* table = dialog.table();
    REQUIRE(table->rowCount() == 3);
    qobject_cast<QSpinBox*>(table->cellWidget(0, 4))->setValue(5);
    REQUIRE(dialog.submit());
    CHECK(core::RosterService(db.db()).templates(context.actor()).first().minCaregivers == 5);

    core::RosterService(db.db()).setDay(context.actor(), uid, QDate(2026, 11, 3), {QStringLiteral("D")});
    page.refresh();
    const QModelIndex cell = page.model()->index(page.model()->rowOf(uid), 2);
    REQUIRE(page.setStatus(cell, core::Shift::Status::Absent));
    CHECK(page.model()->data(cell).toString() == QStringLiteral("d"));
    CHECK(page.model()->month().totals(uid).shifts == 0);
}

TEST_CASE_METHOD(PageFixture, "The printable roster paints the grid with its Chinese headers", "[roster]")
{
    const QString a = addStaff(QStringLiteral("张护理"));
    core::RosterService(db.db()).fillPattern(context.actor(), {a}, QDate(2026, 11, 1), QDate(2026, 11, 30),
                                             core::RosterService::parsePattern(QStringLiteral("D,E,N,-")));
    const core::RosterMonth month = core::RosterService(db.db()).month(context.actor(), QDate(2026, 11, 1));
    QImage image(1754, 1240, QImage::Format_RGB32); // A4 landscape at 150 dpi
    image.setDotsPerMeterX(5906);
    image.setDotsPerMeterY(5906);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        int pages = 1;
        ui::RosterPdfWriter::paint(painter, QRectF(image.rect()), [&pages] { ++pages; },
                                   QStringLiteral("测试镇敬老院 排班表 2026-11"), month, {});
        CHECK(pages == 1);
    }
    {
        // With the warnings (every shift is short of caregivers: 83) the list runs onto more pages.
        QImage scratch(image.size(), QImage::Format_RGB32);
        scratch.setDotsPerMeterX(5906);
        scratch.setDotsPerMeterY(5906);
        QPainter painter(&scratch);
        int pages = 1;
        ui::RosterPdfWriter::paint(
            painter, QRectF(scratch.rect()), [&pages] { ++pages; }, QStringLiteral("title"), month,
            core::RosterRules::check(month));
        CHECK(pages > 1);
    }
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4) {
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
    }
    CHECK(dark > 500);
    if (!qEnvironmentVariableIsEmpty("JINGLAO_SAVE_RENDER"))
        image.save(qEnvironmentVariable("JINGLAO_SAVE_RENDER"));
}

TEST_CASE_METHOD(PageFixture, "F2 edits a cell as text for two shifts on one day", "[roster]")
{
    const QString uid = addStaff(QStringLiteral("甲"));
    ui::RosterPage page(context);
    page.resize(1200, 700);
    page.show();
    page.refresh();
    ui::RosterGridView* grid = page.grid();
    grid->setFocus();
    const QModelIndex cell = page.model()->index(page.model()->rowOf(uid), 3);
    grid->setCurrentIndex(cell);
    QTest::keyClick(grid, Qt::Key_F2);
    auto* editor = grid->findChild<QLineEdit*>();
    REQUIRE(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("d/n"));
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits on the next turn of the event loop; the grid reloads on the one after.
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    CHECK(messages.isEmpty());
    CHECK(core::RosterService(db.db())
              .month(context.actor(), QDate(2026, 11, 1))
              .cellText(uid, QDate(2026, 11, 4)) == QStringLiteral("D/N"));
    CHECK(page.model()->data(page.model()->index(page.model()->rowOf(uid), 3)).toString() ==
          QStringLiteral("D/N"));
}

TEST_CASE_METHOD(PageFixture, "A rest day looks different from a day not planned yet", "[roster]")
{
    const QString a = addStaff(QStringLiteral("张护理"));
    const QString b = addStaff(QStringLiteral("李护理"));
    core::RosterService roster(db.db());
    roster.setDay(context.actor(), a, QDate(2026, 11, 2), {QStringLiteral("D")});
    roster.setDay(context.actor(), b, QDate(2026, 11, 4), {QStringLiteral("E")});
    ui::RosterPage page(context);
    page.refresh();
    ui::RosterTableModel* model = page.model();
    const int row = model->rowOf(a);
    // Columns are days: 1 November is column 0.
    const QModelIndex rest = model->index(row, 2);      // 3 November: 李 works the 4th, so planned
    const QModelIndex unplanned = model->index(row, 4); // 5 November: nobody is rostered yet
    CHECK(model->data(rest).toString() == QStringLiteral("-"));
    CHECK(model->data(rest, Qt::EditRole).toString().isEmpty());
    CHECK(model->data(unplanned).toString().isEmpty());
    const auto brush = [&](const QModelIndex& index) {
        return model->data(index, Qt::BackgroundRole).value<QBrush>();
    };
    CHECK(brush(unplanned).style() == Qt::BDiagPattern);
    CHECK(brush(rest).style() == Qt::SolidPattern);
    CHECK(brush(rest).color() != brush(unplanned).color());
    CHECK(model->data(rest, Qt::ToolTipRole).toString().contains(QStringLiteral("Rest day")));
    CHECK(model->data(unplanned, Qt::ToolTipRole).toString().contains(QStringLiteral("2026-11-04")));
}
