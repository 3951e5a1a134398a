#include "assessments/AssessmentsPage.h"

#include "AssessmentTestData.h"
#include "TempDatabase.h"
#include "assessments/AssessmentService.h"
#include "assessments/ResidentAssessmentsSection.h"
#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "mainwindow/MainWindow.h"
#include "residents/ResidentDetailView.h"
#include "storage/RecordWriter.h"
#include "storage/Transaction.h"

#include <QAbstractItemModel>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
const QDate today(2026, 11, 20);

struct FixedClock {
    FixedClock() { core::Clock::setFixedForTesting(QDateTime(today, QTime(9, 0), QTimeZone(8 * 3600))); }
    ~FixedClock() { core::Clock::resetForTesting(); }
};

struct MessageCatcher {
    QStringList messages;
    MessageCatcher()
    {
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { messages.append(message); });
    }
    ~MessageCatcher() { ui::setMessageSinkForTesting({}); }
};

void choose(ui::AssessmentDialog* dialog, const QString& code, int score)
{
    QComboBox* box = dialog->findChild<QComboBox*>(code + QStringLiteral("ComboBox"));
    REQUIRE(box != nullptr);
    const int index = box->findData(score);
    REQUIRE(index >= 0);
    box->setCurrentIndex(index);
}

int rowOf(QAbstractItemModel* model, const QString& text, int column)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, column).data().toString() == text)
            return row;
    }
    return -1;
}
} // namespace

TEST_CASE("The assessments page is reachable from the main window", "[assessments]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), testing::testAdministrator());
    ui::MainWindow window(context);
    CHECK(window.pageIds().contains(QStringLiteral("assessments")));
    CHECK(window.showPage(QStringLiteral("assessments")));
}

TEST_CASE("A nurse fills the form, sees the live total and level, saves and finds the assessment",
          "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    testing::insertIncident(db.db(), resident, QStringLiteral("FALL"), today.addDays(-5));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("护士小李"), core::Role::Nurse));
    ui::AssessmentsPage page(context);
    page.resize(1198, 700);
    page.refresh();

    auto* dueView = page.findChild<QTableView*>(QStringLiteral("dueTableView"));
    auto* assessButton = page.findChild<QPushButton*>(QStringLiteral("assessButton"));
    REQUIRE(dueView != nullptr);
    REQUIRE(assessButton != nullptr);
    const int row = rowOf(dueView->model(), QStringLiteral("王秀英"), 0);
    REQUIRE(row >= 0);
    // The first due resident is selected, so the button works at once; without a selection it does not.
    CHECK(dueView->currentIndex().row() == 0);
    CHECK(assessButton->isEnabled());
    dueView->clearSelection();
    CHECK_FALSE(assessButton->isEnabled());
    dueView->selectRow(row);
    CHECK(assessButton->isEnabled());
    CHECK(page.findChild<QPushButton*>(QStringLiteral("saveIntervalButton"))->isEnabled() == false);

    assessButton->click();
    auto* dialog = page.findChild<ui::AssessmentDialog*>(QStringLiteral("assessmentDialog"));
    REQUIRE(dialog != nullptr);
    auto* totalLabel = dialog->findChild<QLabel*>(QStringLiteral("totalLabel"));
    auto* levelLabel = dialog->findChild<QLabel*>(QStringLiteral("levelLabel"));
    auto* riskLabel = dialog->findChild<QLabel*>(QStringLiteral("riskEventsLabel"));
    REQUIRE(totalLabel != nullptr);
    REQUIRE(levelLabel != nullptr);
    REQUIRE(riskLabel != nullptr);
    CHECK(riskLabel->text().contains(QStringLiteral("shift log: 1")));
    CHECK(totalLabel->text().contains(QStringLiteral("26 item(s) not scored")));

    // Everything at the maximum except stairs (3 → 1) and memory (4 → 2): 86, 轻度失能.
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all())
        choose(dialog, item.code, item.maxScore);
    CHECK(totalLabel->text() == QStringLiteral("Total 90 / 90"));
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Fully able")));
    choose(dialog, QStringLiteral("stairs"), 1);
    choose(dialog, QStringLiteral("memory"), 2);
    CHECK(totalLabel->text() == QStringLiteral("Total 86 / 90"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("mobilityScoreLabel"))->text() ==
          QStringLiteral("13 / 15"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("mentalScoreLabel"))->text() ==
          QStringLiteral("26 / 28"));
    CHECK(levelLabel->text().contains(QStringLiteral("Preliminary level: Mildly disabled")));
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Mildly disabled")));

    // The dementia rule shows at once.
    dialog->findChild<QCheckBox*>(QStringLiteral("dementiaCheckBox"))->setChecked(true);
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Moderately disabled")));
    CHECK(levelLabel->text().contains(QStringLiteral("dementia")));
    // A psychiatric diagnosis as well still raises one step only.
    dialog->findChild<QCheckBox*>(QStringLiteral("psychiatricCheckBox"))->setChecked(true);
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Moderately disabled")));
    CHECK(levelLabel->text().contains(QStringLiteral("raised one step for dementia, psychiatric diagnosis")));

    dialog->findChild<QPushButton*>(QStringLiteral("saveButton"))->click();
    CHECK(catcher.messages.isEmpty());
    CHECK_FALSE(dialog->savedUid().isEmpty());

    const core::AssessmentService service(db.db());
    const std::optional<core::AssessmentService::Assessment> latest =
        service.latest(context.actor(), resident);
    REQUIRE(latest.has_value());
    CHECK(latest->total == 86);
    CHECK(latest->level == 2);
    CHECK(latest->psychiatric);
    CHECK(latest->reason == core::AssessmentReason::First);
    CHECK(latest->assessor == QStringLiteral("护士小李"));

    auto* recentView = page.findChild<QTableView*>(QStringLiteral("recentTableView"));
    REQUIRE(recentView != nullptr);
    const int saved = rowOf(recentView->model(), QStringLiteral("王秀英"), 1);
    REQUIRE(saved >= 0);
    CHECK(recentView->model()->index(saved, 7).data().toInt() == 86);
    CHECK(recentView->model()->index(saved, 8).data().toString() == QStringLiteral("Moderately disabled"));
    CHECK(rowOf(dueView->model(), QStringLiteral("王秀英"), 0) == -1);
}

TEST_CASE("An incomplete form is refused with the item named", "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("nurse"), core::Role::Nurse));
    ui::AssessmentDialog dialog(context, resident, QStringLiteral("王秀英"));
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all()) {
        if (item.code != QStringLiteral("hearing"))
            choose(&dialog, item.code, 0);
    }
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("totalLabel"))
              ->text()
              .contains(QStringLiteral("1 item(s)")));
    CHECK_FALSE(dialog.submit());
    REQUIRE(catcher.messages.size() == 1);
    CHECK(catcher.messages.first().contains(QStringLiteral("Hearing")));
    CHECK(core::AssessmentService(db.db()).count(context.actor()) == 0);
}

TEST_CASE("A read-only user cannot open the form and saving is refused", "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("viewer"), core::Role::ReadOnly));
    ui::AssessmentsPage page(context);
    page.refresh();
    auto* dueView = page.findChild<QTableView*>(QStringLiteral("dueTableView"));
    dueView->selectRow(0);
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("assessButton"))->isEnabled());

    ui::AssessmentDialog dialog(context, resident, QStringLiteral("王秀英"));
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all())
        choose(&dialog, item.code, item.maxScore);
    CHECK_FALSE(dialog.submit());
    REQUIRE(catcher.messages.size() == 1);
    CHECK(core::AssessmentService(db.db()).count(context.actor()) == 0);
}

TEST_CASE("An administrator changes the re-assessment interval on the page", "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    ui::AppContext context(db.db(), testing::testAdministrator());
    ui::AssessmentsPage page(context);
    page.refresh();
    auto* spin = page.findChild<QSpinBox*>(QStringLiteral("intervalSpinBox"));
    REQUIRE(spin != nullptr);
    CHECK(spin->value() == 6);
    spin->setValue(12);
    page.findChild<QPushButton*>(QStringLiteral("saveIntervalButton"))->click();
    CHECK(core::AssessmentService(db.db()).intervalMonths() == 12);
}

TEST_CASE("A recorded assessment opens read-only and can be withdrawn", "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 10, 1));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("nurse"), core::Role::Nurse));
    core::AssessmentService::Input input;
    input.residentUid = resident;
    input.assessedOn = today.addDays(-2);
    input.reason = core::AssessmentReason::Change;
    input.scores = testing::scoresForTotal(50);
    input.dementia = true;
    core::AssessmentService(db.db()).record(context.actor(), input);

    ui::AssessmentsPage page(context);
    page.refresh();
    auto* recentView = page.findChild<QTableView*>(QStringLiteral("recentTableView"));
    auto* dueView = page.findChild<QTableView*>(QStringLiteral("dueTableView"));
    CHECK(rowOf(dueView->model(), QStringLiteral("王秀英"), 0) == -1);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("viewAssessmentButton"))->isEnabled());
    recentView->clearSelection();
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("viewAssessmentButton"))->isEnabled());
    recentView->selectRow(0);
    CHECK(page.findChild<QPushButton*>(QStringLiteral("withdrawAssessmentButton"))->isEnabled());

    ui::AssessmentDialog* dialog = page.viewSelected();
    REQUIRE(dialog != nullptr);
    QComboBox* eating = dialog->findChild<QComboBox*>(QStringLiteral("eatingComboBox"));
    CHECK(eating->testAttribute(Qt::WA_TransparentForMouseEvents));
    CHECK(eating->focusPolicy() == Qt::NoFocus);
    CHECK(eating->currentData().toInt() == input.scores.value(QStringLiteral("eating")));
    CHECK(dialog->findChild<QCheckBox*>(QStringLiteral("dementiaCheckBox"))->isChecked());
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))->text() ==
          QStringLiteral("Total 50 / 90"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("levelLabel"))
              ->text()
              .contains(QStringLiteral("Severely disabled")));
    CHECK_FALSE(dialog->submit());
    dialog->close();

    recentView->selectRow(0);
    CHECK(page.withdrawSelected(true));
    CHECK(catcher.messages.isEmpty());
    CHECK(recentView->model()->rowCount() == 0);
    CHECK(rowOf(dueView->model(), QStringLiteral("王秀英"), 0) >= 0);
}

TEST_CASE("The resident detail view has an assessments tab with the care level", "[assessments]")
{
    FixedClock clock;
    MessageCatcher catcher;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 1, 5));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("nurse"), core::Role::Nurse));
    core::AssessmentService::Input input;
    input.residentUid = resident;
    input.assessedOn = QDate(2026, 4, 1);
    input.reason = core::AssessmentReason::First;
    input.scores = testing::scoresForTotal(70);
    core::AssessmentService(db.db()).record(context.actor(), input);

    ui::ResidentDetailView view(context);
    auto* tabs = view.findChild<QTabWidget*>(QStringLiteral("residentTabWidget"));
    REQUIRE(tabs != nullptr);
    int found = 0;
    for (int index = 0; index < tabs->count(); ++index)
        found += tabs->tabText(index) == QStringLiteral("Assessments") ? 1 : 0;
    CHECK(found == 1);

    view.setResident(resident);
    auto* section =
        view.findChild<ui::ResidentAssessmentsSection*>(QStringLiteral("residentAssessmentsSection"));
    REQUIRE(section != nullptr);
    auto* level = section->findChild<QLabel*>(QStringLiteral("careLevelLabel"));
    CHECK(level->text().contains(QStringLiteral("Mildly disabled")));
    CHECK(level->text().contains(QStringLiteral("was due on 2026-10-01")));
    auto* table = section->findChild<QTableView*>(QStringLiteral("residentAssessmentsTableView"));
    CHECK(table->model()->rowCount() == 1);

    // Assess from the tab: the new assessment becomes the care level.
    ui::AssessmentDialog* dialog = section->assessResident();
    REQUIRE(dialog != nullptr);
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all())
        choose(dialog, item.code, item.maxScore);
    choose(dialog, QStringLiteral("walking"), 0);
    REQUIRE(dialog->submit());
    CHECK(catcher.messages.isEmpty());
    CHECK(table->model()->rowCount() == 2);
    CHECK(level->text().contains(QStringLiteral("Mildly disabled")));
    CHECK(level->text().contains(QStringLiteral("total 86")));
    CHECK(level->text().contains(QStringLiteral("Next assessment due on 2027-05-20")));
}

TEST_CASE("An assessment imported with only its total shows the stored level", "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    const QString resident = testing::insertResident(db.db(), QStringLiteral("王秀英"), QDate(2026, 1, 5));
    {
        core::Transaction transaction(db.db());
        core::RecordWriter(db.db(), testing::testAdministrator())
            .insert(QStringLiteral("assessments"),
                    {{QStringLiteral("resident_uid"), resident},
                     {QStringLiteral("assessed_on"), QStringLiteral("2026-06-01")},
                     {QStringLiteral("reason"), QStringLiteral("ROUTINE")},
                     {QStringLiteral("total"), 70},
                     {QStringLiteral("preliminary_level"), 1},
                     {QStringLiteral("level"), 2},
                     {QStringLiteral("assessor"), QStringLiteral("县评估中心")}});
        transaction.commit();
    }
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("viewer"), core::Role::ReadOnly));
    ui::AssessmentsPage page(context);
    page.refresh();
    auto* recentView = page.findChild<QTableView*>(QStringLiteral("recentTableView"));
    REQUIRE(recentView->model()->rowCount() == 1);
    CHECK(recentView->model()->index(0, 3).data().isNull());
    CHECK(recentView->model()->index(0, 8).data().toString() == QStringLiteral("Moderately disabled"));
    CHECK(recentView->model()->index(0, 8).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("Moderately disabled"));
    recentView->selectRow(0);
    ui::AssessmentDialog* dialog = page.viewSelected();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("totalLabel"))
              ->text()
              .contains(QStringLiteral("not recorded")));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("levelLabel"))->text() ==
          QStringLiteral("Preliminary level: Mildly disabled    Final level: Moderately disabled"));
    CHECK(dialog->findChild<QLabel*>(QStringLiteral("selfCareScoreLabel"))->text() ==
          QStringLiteral("– / 32"));
    dialog->close();
}

TEST_CASE("Enter on the due list opens the form; those never assessed come first; the assessor is the linked "
          "staff member",
          "[assessments]")
{
    FixedClock clock;
    testing::TempDatabase db;
    const QString overdue = testing::insertResident(db.db(), QStringLiteral("过期评估"), QDate(2025, 1, 5));
    testing::insertResident(db.db(), QStringLiteral("从未评估"), QDate(2026, 11, 1));
    core::AssessmentService service(db.db());
    core::AssessmentService::Input old;
    old.residentUid = overdue;
    old.assessedOn = QDate(2025, 2, 1);
    old.reason = core::AssessmentReason::First;
    old.scores = testing::scoresForTotal(70);
    service.record(testing::testAdministrator(), old);
    const QString account =
        testing::insertNurseAccount(db.db(), QStringLiteral("李秀梅"), QStringLiteral("lxm"), true);
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("lxm"), core::Role::Nurse, account));
    ui::AssessmentsPage page(context);
    page.resize(1198, 700);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.refresh();

    auto* dueView = page.findChild<QTableView*>(QStringLiteral("dueTableView"));
    REQUIRE(dueView->model()->rowCount() == 2);
    // Admitted a day ago and never assessed, before one overdue for months.
    CHECK(dueView->model()->index(0, 0).data().toString() == QStringLiteral("从未评估"));
    CHECK(dueView->model()->index(1, 0).data().toString() == QStringLiteral("过期评估"));

    dueView->setFocus();
    QTest::keyClick(dueView, Qt::Key_Return);
    auto* dialog = page.findChild<ui::AssessmentDialog*>(QStringLiteral("assessmentDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    CHECK(dialog->windowTitle().contains(QStringLiteral("从未评估")));
    CHECK(dialog->findChild<QLineEdit*>(QStringLiteral("assessorLineEdit"))->text() ==
          QStringLiteral("李秀梅"));
    // Where none scores higher, the choice says so.
    auto* aggression = dialog->findChild<QComboBox*>(QStringLiteral("aggressionComboBox"));
    REQUIRE(aggression != nullptr);
    CHECK(aggression->itemText(1) == QStringLiteral("1 no aggressive behaviour"));
    CHECK(aggression->itemText(2) == QStringLiteral("0 aggressive behaviour"));
    dialog->reject();
}
