// The family-beds page: registering an elder and an agreement through the dialogs, a nurse's
// round of home visits entered by keyboard only, refusals shown beside the form, the month's
// coverage without special-difficulty elders, and the printed agreement and visit plan.

#include "familybeds/FamilyBedsPage.h"

#include "ExportedText.h"
#include "FamilyBedFixture.h"
#include "UiMessages.h"
#include "assessments/AssessmentService.h"
#include "assessments/AssessmentsPage.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/FormMessage.h"
#include "familybeds/AgreementDialog.h"
#include "familybeds/AgreementSheet.h"
#include "familybeds/CoveragePanel.h"
#include "familybeds/EndAgreementDialog.h"
#include "familybeds/FamilyBedDetailView.h"
#include "familybeds/FamilyBedDialog.h"
#include "familybeds/FamilyBedRegistry.h"
#include "familybeds/FamilyBedTableModel.h"
#include "familybeds/HomeVisitEntry.h"
#include "familybeds/VisitPlanSheet.h"
#include "familybeds/WithdrawVisitDialog.h"
#include "i18n/Translations.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace jinglao;
using core::HomeVisitService;
using testing::FamilyBedFixture;

namespace {

template <typename T> T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    REQUIRE(found != nullptr);
    return found;
}

int count(core::Database& db, const char* table)
{
    return core::sql::scalar(
               db, QStringLiteral("SELECT count(*) FROM %1 WHERE deleted = 0").arg(QLatin1String(table)))
        .toInt();
}

// Keys go where the keyboard is, as a person at the keyboard types them.
QWidget* focused()
{
    QWidget* widget = QApplication::focusWidget();
    REQUIRE(widget != nullptr);
    return widget;
}
void type(const QString& text)
{
    QTest::keyClicks(focused(), text);
}
// Chinese comes from the input method, committed whole.
void typeChinese(const QString& text)
{
    QInputMethodEvent event;
    event.setCommitString(text);
    QApplication::sendEvent(focused(), &event);
}
void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// A nurse's account linked to her staff record, logged in.
core::Actor nurseAccount(FamilyBedFixture& f, const QString& staffUid)
{
    const core::UserAccount account =
        core::UserService(f.db()).addUser(f.admin, QStringLiteral("lixm"), QStringLiteral("李秀梅"),
                                          core::Role::Nurse, QStringLiteral("secret-pass"), staffUid);
    return core::Actor(account.username, core::Role::Nurse, account.uid);
}

struct Chinese {
    Chinese() { REQUIRE(core::translations::install(QStringLiteral("zh_CN"))); }
    ~Chinese()
    {
        for (QTranslator* translator : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        QLocale::setDefault(QLocale::c());
    }
};

} // namespace

TEST_CASE("An administrator registers an elder and an agreement through the dialogs", "[familybeds]")
{
    FamilyBedFixture f;
    testing::UiMessages messages;
    ui::AppContext context(f.db(), f.admin);

    ui::FamilyBedDialog dialog(context, QString());
    child<QLineEdit>(dialog, "nameLineEdit")->setText(QStringLiteral("刘芳"));
    const QString id = testing::makeIdNumber(QDate(1940, 5, 6), 2, 7);
    QString wrong = id;
    wrong[17] = wrong[17] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
    child<QLineEdit>(dialog, "idNumberLineEdit")->setText(wrong);
    child<QLineEdit>(dialog, "villageLineEdit")->setText(QStringLiteral("南沟村"));
    child<QLineEdit>(dialog, "streetLineEdit")->setText(QStringLiteral("3组12号"));
    child<QLineEdit>(dialog, "phoneLineEdit")->setText(QStringLiteral("13812345678"));
    child<QCheckBox>(dialog, "specialCheckBox")->setChecked(true);
    child<QCheckBox>(dialog, "aloneReasonCheckBox")->setChecked(true);

    // The wrong check digit: core's message beside the form, naming the value; nothing written.
    CHECK_FALSE(dialog.submit());
    auto* message = child<ui::FormMessage>(dialog, "familyBedMessageLabel");
    CHECK(message->isVisibleTo(&dialog));
    CHECK(message->isRefusal());
    CHECK(message->text().contains(wrong));
    CHECK(dialog.focusWidget() == child<QLineEdit>(dialog, "idNumberLineEdit"));
    CHECK(count(f.db(), "family_beds") == 0);
    CHECK(messages.shown.isEmpty()); // beside the form, not in a box

    // A valid number gives the birth date and gender.
    child<QLineEdit>(dialog, "idNumberLineEdit")->setText(id);
    CHECK(child<QDateEdit>(dialog, "birthDateEdit")->date() == QDate(1940, 5, 6));
    INFO(message->text().toStdString());
    REQUIRE(dialog.submit());
    const core::FamilyBed bed = core::FamilyBedService(f.db()).familyBed(f.admin, dialog.familyBedUid());
    CHECK(bed.name == QStringLiteral("刘芳"));
    CHECK(bed.birthDate == QDate(1940, 5, 6));
    CHECK(bed.specialReasons == QList<core::SpecialReason>{core::SpecialReason::Alone});
    CHECK(bed.address().endsWith(QStringLiteral("南沟村3组12号")));

    ui::AgreementDialog agreement(context, bed.uid, QString());
    child<QDateEdit>(agreement, "startDateEdit")->setDate(QDate(2026, 11, 1));
    child<QDateEdit>(agreement, "endDateEdit")->setDate(QDate(2027, 10, 31));
    child<QSpinBox>(agreement, "plannedVisitsSpinBox")->setValue(4);
    // Without a service: refused beside the form.
    CHECK_FALSE(agreement.submit());
    CHECK(child<ui::FormMessage>(agreement, "agreementMessageLabel")
              ->text()
              .contains(core::FamilyBedService::servicesLabel()));
    CHECK(count(f.db(), "family_bed_agreements") == 0);
    child<QCheckBox>(agreement, "mealServiceCheckBox")->setChecked(true);
    child<QCheckBox>(agreement, "visitServiceCheckBox")->setChecked(true);
    auto* staff = child<QComboBox>(agreement, "staffComboBox");
    staff->setCurrentIndex(staff->findData(f.li));
    child<QCheckBox>(agreement, "homeAdaptationCheckBox")->setChecked(true);
    REQUIRE(agreement.submit());
    const core::Agreement stored =
        core::FamilyBedService(f.db()).agreement(f.admin, agreement.agreementUid());
    CHECK(stored.startsOn == QDate(2026, 11, 1));
    CHECK(stored.endsOn == QDate(2027, 10, 31));
    CHECK(stored.plannedVisits == 4);
    CHECK(stored.services == QList<core::VisitService>{core::VisitService::Meal, core::VisitService::Visit});
    CHECK(stored.staffUid == f.li);
    CHECK(stored.homeAdaptation);

    // The page lists the new elder with the agreement active, its details show it.
    ui::FamilyBedsPage page(context);
    page.refresh();
    page.registry()->showFamilyBed(bed.uid);
    const int row = page.registry()->model()->rowOf(bed.uid);
    REQUIRE(row >= 0);
    CHECK(page.registry()->model()->listing(row).state == core::Agreement::State::Active);
    auto* agreements = child<QTableWidget>(page, "agreementTableWidget");
    REQUIRE(agreements->rowCount() == 1);
    CHECK(agreements->item(0, 1)->text() ==
          core::FamilyBedService::agreementStateLabel(core::Agreement::State::Active));
    CHECK(page.registry()->detail()->selectedAgreementUid() == stored.uid);

    SECTION("ending needs a day and a reason; the renewal keeps the history")
    {
        ui::EndAgreementDialog end(context, stored.uid);
        child<QDateEdit>(end, "lastDayDateEdit")->setDate(QDate(2026, 11, 15));
        CHECK_FALSE(end.submit());
        CHECK(child<ui::FormMessage>(end, "endAgreementMessageLabel")
                  ->text()
                  .contains(core::FamilyBedService::endReasonLabel()));
        child<QLineEdit>(end, "endReasonLineEdit")->setText(QStringLiteral("服务内容调整"));
        REQUIRE(end.submit());

        ui::AgreementDialog renewal(context, bed.uid, stored.uid);
        // The renewal starts the day after the last day and keeps the services and staff.
        CHECK(child<QDateEdit>(renewal, "startDateEdit")->date() == QDate(2026, 11, 16));
        CHECK(child<QCheckBox>(renewal, "mealServiceCheckBox")->isChecked());
        REQUIRE(renewal.submit());
        const QList<core::Agreement> history = core::FamilyBedService(f.db()).agreements(f.admin, bed.uid);
        REQUIRE(history.size() == 2);
        CHECK(history.at(0).endReason == QStringLiteral("服务内容调整"));
        CHECK(history.at(1).renewsUid == stored.uid);
        CHECK(history.at(1).staffUid == f.li);
        page.refresh();
        CHECK(agreements->rowCount() == 2);
    }
}

TEST_CASE("A nurse enters two visits of one round by keyboard only", "[familybeds]")
{
    FamilyBedFixture f;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    const QString sun = f.addFamilyBed(QStringLiteral("孙桂兰"), false);
    f.addFamilyBed(QStringLiteral("赵玉"), false);
    ui::AppContext context(f.db(), nurseAccount(f, f.li));
    ui::FamilyBedsPage page(context);
    page.refresh();
    page.resize(1280, 720);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    // A nurse lands on the entry, the keyboard in the family-bed field.
    REQUIRE(page.tabs()->currentWidget() == page.visitEntry());
    auto* bedField = child<QLineEdit>(page, "visitFamilyBedLineEdit");
    REQUIRE(QApplication::focusWidget() == bedField);
    // Her own staff record is chosen.
    auto* staff = child<QComboBox>(page, "visitStaffComboBox");
    CHECK(staff->currentData().toString() == f.li);

    // 刘芳: found by her initials, 08:00 for 40 minutes, meal help and a chat, problems noted.
    type(QStringLiteral("lf"));
    press(Qt::Key_Return); // takes 刘芳, on to the date
    CHECK(QApplication::focusWidget() == child<QDateEdit>(page, "visitDateEdit"));
    press(Qt::Key_Tab); // today stays
    type(QStringLiteral("0800"));
    press(Qt::Key_Tab);
    type(QStringLiteral("40"));
    press(Qt::Key_Tab); // staff: hers
    press(Qt::Key_Tab); // method: in person
    press(Qt::Key_Tab); // 助餐
    press(Qt::Key_Space);
    press(Qt::Key_7, Qt::AltModifier); // 探访, and the keyboard is there
    press(Qt::Key_Tab);                // 康复
    press(Qt::Key_Tab);
    CHECK(QApplication::focusWidget() == child<QLineEdit>(page, "problemsLineEdit"));
    typeChinese(QStringLiteral("膝盖疼"));
    press(Qt::Key_Return); // Enter moves on
    typeChinese(QStringLiteral("已联系村医"));
    press(Qt::Key_Return, Qt::ControlModifier); // saves

    auto* message = child<ui::FormMessage>(page, "visitMessageLabel");
    INFO(message->text().toStdString());
    REQUIRE_FALSE(message->isRefusal());
    QList<core::HomeVisit> visits = HomeVisitService(f.db()).forFamilyBed(f.admin, liu);
    REQUIRE(visits.size() == 1);
    CHECK(visits.at(0).staffUid == f.li);
    CHECK(visits.at(0).visitedOn == QDate(2026, 11, 20));
    CHECK(visits.at(0).startedAt == QStringLiteral("2026-11-20T08:00:00+08:00"));
    CHECK(visits.at(0).minutes == 40);
    CHECK(visits.at(0).method == core::VisitMethod::Home);
    CHECK(visits.at(0).services ==
          QList<core::VisitService>{core::VisitService::Meal, core::VisitService::Visit});
    CHECK(visits.at(0).problems == QStringLiteral("膝盖疼"));
    CHECK(visits.at(0).actions == QStringLiteral("已联系村医"));

    // Cleared for the next visit of the round: the bed again, date and staff kept, the time moved on.
    CHECK(QApplication::focusWidget() == bedField);
    CHECK(bedField->text().isEmpty());
    CHECK(child<QDateEdit>(page, "visitDateEdit")->date() == QDate(2026, 11, 20));
    CHECK(staff->currentData().toString() == f.li);
    CHECK(child<QTimeEdit>(page, "startTimeEdit")->time() == QTime(8, 40));
    CHECK_FALSE(child<QCheckBox>(page, "mealServiceCheckBox")->isChecked());

    // 孙桂兰 by phone at 08:40 for 20 minutes, a chat.
    type(QStringLiteral("sgl"));
    press(Qt::Key_Return);
    press(Qt::Key_Tab); // date
    press(Qt::Key_Tab); // start time: 08:40 stays
    type(QStringLiteral("20"));
    press(Qt::Key_Tab);  // staff
    press(Qt::Key_Tab);  // method
    press(Qt::Key_Down); // 电话
    press(Qt::Key_7, Qt::AltModifier);
    press(Qt::Key_Return, Qt::ControlModifier);

    INFO(message->text().toStdString());
    REQUIRE_FALSE(message->isRefusal());
    visits = HomeVisitService(f.db()).forFamilyBed(f.admin, sun);
    REQUIRE(visits.size() == 1);
    CHECK(visits.at(0).startedAt == QStringLiteral("2026-11-20T08:40:00+08:00"));
    CHECK(visits.at(0).minutes == 20);
    CHECK(visits.at(0).method == core::VisitMethod::Phone);
    CHECK(visits.at(0).services == QList<core::VisitService>{core::VisitService::Visit});
    CHECK(count(f.db(), "home_visits") == 2);
    // Both are listed as the round, in the order made.
    auto* round = child<QTableWidget>(page, "roundTableWidget");
    REQUIRE(round->rowCount() == 2);
    CHECK(round->item(0, 1)->text() == QStringLiteral("刘芳"));
    CHECK(round->item(1, 1)->text() == QStringLiteral("孙桂兰"));
}

TEST_CASE("A refused visit shows core's message beside the form and stores nothing", "[familybeds]")
{
    FamilyBedFixture f;
    testing::UiMessages messages;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    f.addFamilyBed(QStringLiteral("孙桂兰"), false, QDate(2026, 12, 1)); // from next month
    HomeVisitService(f.db()).record(f.admin, f.visit(liu, QDate(2026, 11, 20), QTime(8, 0), 40));
    ui::AppContext context(f.db(), nurseAccount(f, f.li));
    ui::HomeVisitEntry entry(context);
    entry.show();
    auto* bedField = child<QLineEdit>(entry, "visitFamilyBedLineEdit");
    auto* message = child<ui::FormMessage>(entry, "visitMessageLabel");
    const auto choose = [&](const QString& search) {
        bedField->setFocus();
        QTest::keyClicks(bedField, search);
        QTest::keyClick(bedField, Qt::Key_Return);
    };

    SECTION("outside the agreement")
    {
        choose(QStringLiteral("sgl"));
        child<QCheckBox>(entry, "visitServiceCheckBox")->setChecked(true);
        CHECK_FALSE(entry.save());
        CHECK(message->isRefusal());
        CHECK(message->text().contains(QStringLiteral("孙桂兰")));
        CHECK(message->text().contains(QStringLiteral("2026-11-20")));
    }
    SECTION("overlapping her own visit")
    {
        choose(QStringLiteral("liufang"));
        child<QTimeEdit>(entry, "startTimeEdit")->setTime(QTime(8, 30));
        child<QCheckBox>(entry, "visitServiceCheckBox")->setChecked(true);
        CHECK_FALSE(entry.save());
        CHECK(message->text().contains(QStringLiteral("08:40")));
    }
    SECTION("without a service")
    {
        choose(QStringLiteral("lf"));
        child<QTimeEdit>(entry, "startTimeEdit")->setTime(QTime(7, 0));
        CHECK_FALSE(entry.save());
        CHECK(message->text().contains(HomeVisitService::servicesLabel()));
    }
    CHECK(message->isVisibleTo(&entry));
    CHECK(messages.shown.isEmpty());
    CHECK(count(f.db(), "home_visits") == 1);
    // The form keeps what was typed, to be put right.
    CHECK_FALSE(bedField->text().isEmpty());
}

TEST_CASE("A visit is corrected with a reason, or withdrawn, from the elder's details", "[familybeds]")
{
    FamilyBedFixture f;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    const QString uid =
        HomeVisitService(f.db()).record(f.admin, f.visit(liu, QDate(2026, 11, 18), QTime(9, 0), 40));
    ui::AppContext context(f.db(), f.admin);
    ui::FamilyBedsPage page(context);
    page.refresh();
    page.registry()->showFamilyBed(liu);
    auto* visits = child<QTableWidget>(page, "visitTableWidget");
    REQUIRE(visits->rowCount() == 1);
    visits->selectRow(0);
    QTest::mouseClick(child<QPushButton>(page, "correctVisitButton"), Qt::LeftButton);
    CHECK(page.tabs()->currentWidget() == page.visitEntry());
    CHECK(page.visitEntry()->isCorrecting());
    CHECK(child<QSpinBox>(page, "minutesSpinBox")->value() == 40);
    child<QSpinBox>(page, "minutesSpinBox")->setValue(55);
    // A correction says why.
    CHECK_FALSE(page.visitEntry()->save());
    CHECK(
        child<ui::FormMessage>(page, "visitMessageLabel")->text().contains(HomeVisitService::reasonLabel()));
    CHECK(HomeVisitService(f.db()).visit(f.admin, uid).minutes == 40);
    child<QLineEdit>(page, "correctionReasonLineEdit")->setText(QStringLiteral("时长记错"));
    REQUIRE(page.visitEntry()->save());
    const core::HomeVisit corrected = HomeVisitService(f.db()).visit(f.admin, uid);
    CHECK(corrected.minutes == 55);
    CHECK(corrected.correctionReason == QStringLiteral("时长记错"));
    CHECK(count(f.db(), "home_visits") == 1);
    CHECK_FALSE(page.visitEntry()->isCorrecting());

    ui::WithdrawVisitDialog withdraw(context, corrected);
    CHECK_FALSE(withdraw.submit());
    child<QLineEdit>(withdraw, "withdrawReasonLineEdit")->setText(QStringLiteral("重复录入"));
    REQUIRE(withdraw.submit());
    CHECK(count(f.db(), "home_visits") == 0);
    page.refresh();
    CHECK(visits->rowCount() == 0);
}

TEST_CASE("Without special-difficulty elders the coverage shows no visit rate: 无, not 0 % or 100 %",
          "[familybeds]")
{
    FamilyBedFixture f;
    Chinese chinese;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), false);
    HomeVisitService(f.db()).record(f.admin, f.visit(liu, QDate(2026, 11, 18)));
    ui::AppContext context(f.db(), f.admin);
    ui::CoveragePanel panel(context);
    panel.setMonth(QDate(2026, 11, 1));
    CHECK(child<QLabel>(panel, "activeBedsValueLabel")->text() == QStringLiteral("1"));
    CHECK(child<QLabel>(panel, "specialBedsValueLabel")->text() == QStringLiteral("0"));
    CHECK(child<QLabel>(panel, "visitRateValueLabel")->text() == QStringLiteral("无"));
    CHECK(child<QLabel>(panel, "visitsValueLabel")->text() == QStringLiteral("1"));

    SECTION("with one, the rate and the elder still waiting with the days left")
    {
        f.addFamilyBed(QStringLiteral("孙桂兰"), true);
        panel.refresh();
        CHECK(child<QLabel>(panel, "visitRateValueLabel")->text() == QStringLiteral("0.0 %"));
        CHECK(child<QLabel>(panel, "visitRateValueLabel")->property("offTarget").toBool());
        CHECK(child<QLabel>(panel, "unvisitedTitleLabel")->text().contains(QStringLiteral("本月还剩 11 天")));
        auto* unvisited = child<QListWidget>(panel, "unvisitedListWidget");
        REQUIRE(unvisited->count() == 1);
        CHECK(unvisited->item(0)->text().startsWith(QStringLiteral("孙桂兰")));
    }
}

TEST_CASE("The agreement prints on A4 with the elder's and the center's names as text", "[familybeds]")
{
    FamilyBedFixture f;
    core::CenterProfile center;
    center.name = QStringLiteral("下板城镇敬老院");
    center.phone = QStringLiteral("0314-3112345");
    core::CenterService(f.db()).save(f.admin, center);
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    const core::Agreement agreement = core::FamilyBedService(f.db()).agreements(f.admin, liu).constFirst();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("agreement.pdf"));
    ui::AgreementSheet::make(f.db(), f.admin, agreement.uid).writePdf(f.db(), f.admin, path);
    const QString text = testing::pdfText(path);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("刘芳")));
    CHECK(text.contains(QStringLiteral("下板城镇敬老院")));
    CHECK(text.contains(QStringLiteral("2027-02-28")));
    CHECK(text.contains(QStringLiteral("李秀梅")));
    const QString audited =
        core::sql::scalar(f.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'EXPORT'"))
            .toString();
    CHECK(audited.contains(QStringLiteral("\"kind\":\"agreement_pdf\"")));
    CHECK(audited.contains(agreement.uid));
}

TEST_CASE("The month's visit plan is saved as PDF and XLSX from the coverage view, audited", "[familybeds]")
{
    FamilyBedFixture f;
    f.addFamilyBed(QStringLiteral("刘芳"), true);
    f.addFamilyBed(QStringLiteral("孙桂兰"), false);
    ui::AppContext context(f.db(), f.admin);
    ui::CoveragePanel panel(context);
    panel.setMonth(QDate(2026, 11, 1));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("plan.pdf"));
    const QString xlsx = dir.filePath(QStringLiteral("plan.xlsx"));
    REQUIRE(panel.exportPlanPdf(pdf));
    REQUIRE(panel.exportPlanXlsx(xlsx));
    const QString text = testing::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("李秀梅")));
    CHECK(text.contains(QStringLiteral("孙桂兰")));
    CHECK(text.contains(QStringLiteral("13812345678")));
    CHECK(testing::xlsxStrings(xlsx).contains(QStringLiteral("孙桂兰")));
    const QList<QVariantMap> exports = core::sql::rows(
        f.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'EXPORT' ORDER BY id"));
    REQUIRE(exports.size() == 2);
    CHECK(exports.at(0)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("visit_plan_pdf")));
    CHECK(exports.at(1)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("visit_plan_xlsx")));
}

TEST_CASE("A read-only user reads the family beds, masked, without their actions", "[familybeds]")
{
    FamilyBedFixture f;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    ui::AppContext context(f.db(), core::Actor(QStringLiteral("reader"), core::Role::ReadOnly));
    ui::FamilyBedsPage page(context);
    page.refresh();
    page.registry()->showFamilyBed(liu);
    CHECK(page.tabs()->currentWidget() == page.registry());
    CHECK_FALSE(child<QPushButton>(page, "registerFamilyBedButton")->isVisibleTo(&page));
    CHECK_FALSE(child<QPushButton>(page, "editFamilyBedButton")->isVisibleTo(&page));
    CHECK_FALSE(child<QPushButton>(page, "addAgreementButton")->isVisibleTo(&page));
    CHECK_FALSE(child<QWidget>(page, "visitFormGroupBox")->isEnabled());
    CHECK_FALSE(child<QLabel>(page, "visitReadOnlyLabel")->isHidden());
    const QList<QLabel*> labels = child<QWidget>(page, "familyBedDetailView")->findChildren<QLabel*>();
    bool maskedPhone = false;
    for (const QLabel* label : labels) {
        CHECK_FALSE(label->text().contains(QStringLiteral("13812345678")));
        maskedPhone = maskedPhone || label->text() == QStringLiteral("138****5678");
    }
    CHECK(maskedPhone);
}

TEST_CASE("Choosing another elder shows her latest agreement, ready to renew, end or print", "[familybeds]")
{
    FamilyBedFixture f;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    const QString sun =
        f.addFamilyBed(QStringLiteral("孙桂兰"), false, QDate(2025, 1, 1), QDate(2025, 12, 31));
    core::Agreement next = core::FamilyBedService(f.db()).agreements(f.admin, sun).constFirst();
    next.startsOn = QDate(2026, 1, 1);
    next.endsOn = QDate(2026, 12, 31);
    core::FamilyBedService(f.db()).renewAgreement(f.admin, next.uid, next);
    ui::AppContext context(f.db(), f.admin);
    ui::FamilyBedsPage page(context);
    page.refresh();
    page.registry()->showFamilyBed(liu);
    // A click on her row in the list.
    child<QTableView>(page, "familyBedTableView")->selectRow(page.registry()->model()->rowOf(sun));
    REQUIRE(page.registry()->detail()->familyBedUid() == sun);
    const core::Agreement agreement = core::FamilyBedService(f.db()).agreements(f.admin, sun).constLast();
    CHECK(page.registry()->detail()->selectedAgreementUid() == agreement.uid);
    for (const char* name :
         {"renewAgreementButton", "endAgreementButton", "printAgreementButton", "agreementPdfButton"}) {
        INFO(name);
        CHECK(child<QPushButton>(page, name)->isEnabled());
    }
}

TEST_CASE("An elder is assessed from the family-beds page with the residents' form; the detail shows the "
          "level, its source and date, and the history",
          "[familybeds]")
{
    FamilyBedFixture f;
    testing::UiMessages messages;
    const QString liu = f.addFamilyBed(QStringLiteral("刘芳"), true);
    ui::AppContext context(f.db(), core::Actor(QStringLiteral("护士小李"), core::Role::Nurse));
    ui::FamilyBedsPage page(context);
    page.resize(1366, 700);
    page.refresh();
    // A nurse's page opens at the visit entry; she turns to the registry.
    page.tabs()->setCurrentWidget(page.registry());
    page.registry()->showFamilyBed(liu);
    CHECK(child<QLabel>(page, "careLevelValueLabel")->text() == core::ResidentService::careLevelLabel(-1));

    auto* assess = child<QPushButton>(page, "assessFamilyBedButton");
    REQUIRE(assess->isVisibleTo(&page));
    REQUIRE(assess->isEnabled());
    QTest::mouseClick(assess, Qt::LeftButton);
    auto* dialog = page.findChild<ui::AssessmentDialog*>(QStringLiteral("assessmentDialog"));
    REQUIRE(dialog != nullptr);
    CHECK(child<QLabel>(*dialog, "residentLabel")->text().contains(QStringLiteral("刘芳")));
    // The residents' 26 items; a family-bed elder's risk events are entered as reported.
    for (const core::AssessmentItems::Item& item : core::AssessmentItems::all()) {
        auto* box = dialog->findChild<QComboBox*>(item.code + QStringLiteral("ComboBox"));
        REQUIRE(box != nullptr);
        box->setCurrentIndex(box->findData(item.maxScore));
    }
    child<QComboBox>(*dialog, "stairsComboBox")
        ->setCurrentIndex(child<QComboBox>(*dialog, "stairsComboBox")->findData(1));
    child<QComboBox>(*dialog, "memoryComboBox")
        ->setCurrentIndex(child<QComboBox>(*dialog, "memoryComboBox")->findData(2));
    auto* levelLabel = child<QLabel>(*dialog, "levelLabel");
    CHECK(child<QLabel>(*dialog, "totalLabel")->text() == QStringLiteral("Total 86 / 90"));
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Mildly disabled")));
    auto* reported = child<QSpinBox>(*dialog, "reportedRiskEventsSpinBox");
    CHECK(reported->isVisibleTo(dialog));
    reported->setValue(2);
    // Two risk events raise the level one step, as for a resident.
    CHECK(levelLabel->text().contains(QStringLiteral("Final level: Moderately disabled")));
    child<QPushButton>(*dialog, "saveButton")->click();
    CHECK(messages.shown.isEmpty());
    REQUIRE_FALSE(dialog->savedUid().isEmpty());
    const QString saved = dialog->savedUid();

    const std::optional<core::AssessmentService::Assessment> latest =
        core::AssessmentService(f.db()).latestForFamilyBed(f.admin, liu);
    REQUIRE(latest.has_value());
    CHECK(latest->uid == saved);
    CHECK(latest->total == 86);
    CHECK(latest->level == 2);
    CHECK(latest->riskEvents == 2);
    CHECK(latest->assessor == QStringLiteral("护士小李"));

    // The detail: the level in force with its source and date, and the history.
    const QString level = child<QLabel>(page, "careLevelValueLabel")->text();
    CHECK(level.contains(QStringLiteral("Moderately disabled")));
    CHECK(level.contains(core::FamilyBedService::assessedSource(QStringLiteral("护士小李"))));
    CHECK(level.contains(QStringLiteral("2026-11-20")));
    auto* history = child<QTableView>(page, "familyBedAssessmentTableView");
    REQUIRE(history->model()->rowCount() == 1);
    CHECK(history->model()->index(0, 0).data().toString() == QStringLiteral("2026-11-20"));
    auto* view = child<QPushButton>(page, "viewFamilyBedAssessmentButton");
    REQUIRE(view->isEnabled());
    ui::AssessmentDialog* shown = page.registry()->detail()->viewAssessment();
    REQUIRE(shown != nullptr);
    CHECK(shown->findChild<QPushButton*>(QStringLiteral("closeButton")) != nullptr);
    CHECK(child<QSpinBox>(*shown, "reportedRiskEventsSpinBox")->value() == 2);
    shown->close();

    // The assessments page lists it among every assessment, marked as a family bed's.
    ui::AssessmentsPage assessments(context);
    assessments.refresh();
    auto* recent = child<QTableView>(assessments, "recentTableView");
    REQUIRE(recent->model()->rowCount() == 1);
    CHECK(recent->model()->index(0, 1).data().toString().contains(QStringLiteral("刘芳")));
    CHECK(recent->model()->index(0, 1).data().toString().contains(QStringLiteral("family bed")));
}
