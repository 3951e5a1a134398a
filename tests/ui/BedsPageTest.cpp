// The bed map and the admission dialog, driven as a person would: click a free bed, fill the
// form, press Admit, see the bed turn occupied.

#include "beds/BedsPage.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "beds/BedMapWidget.h"
#include "beds/BedService.h"
#include "beds/BedServiceDialog.h"
#include "beds/BedTile.h"
#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "common/TableExportButton.h"
#include "mainwindow/MainWindow.h"
#include "residents/AdmissionDialog.h"
#include "residents/ResidentDetailDialog.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct Messages {
    QStringList shown;
    Messages()
    {
        ui::setMessageSinkForTesting(
            [this](const QString&, const QString& message) { shown.append(message); });
    }
    ~Messages() { ui::setMessageSinkForTesting({}); }
};

void fillAdmission(ui::AdmissionDialog* dialog, const QString& name, const QString& id, const QDate& birth,
                   int gender)
{
    dialog->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))->setText(name);
    auto* idEdit = dialog->findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit"));
    idEdit->setText(id);
    Q_EMIT idEdit->editingFinished();
    dialog->findChild<QDateEdit*>(QStringLiteral("birthDateEdit"))->setDate(birth);
    auto* genderBox = dialog->findChild<QComboBox*>(QStringLiteral("genderComboBox"));
    genderBox->setCurrentIndex(genderBox->findData(gender));
    auto* category = dialog->findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    category->setCurrentIndex(category->findData(QStringLiteral("DB")));
}
} // namespace

TEST_CASE("Admitting through the dialog turns the clicked bed occupied", "[residents][beds][ui]")
{
    testing::TempDatabase db;
    testing::addBed(db.db(), QStringLiteral("A-101-1"));
    testing::addBed(db.db(), QStringLiteral("A-101-2"), core::BedType::General);
    ui::AppContext context(db.db(), testing::admin());
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("beds")));
    auto* page = qobject_cast<ui::BedsPage*>(window.page(QStringLiteral("beds")));
    REQUIRE(page);
    CHECK(page->findChild<QLabel*>(QStringLiteral("nursingRatioValueLabel"))
              ->property("belowTarget")
              .toBool()); // 1 of 2 beds: 50 %

    ui::BedTile* tile = page->map()->tile(QStringLiteral("A-101-1"));
    REQUIRE(tile);
    CHECK(tile->state() == core::BedState::Free);
    QTest::mouseClick(tile, Qt::LeftButton);
    auto* dialog = page->findChild<ui::AdmissionDialog*>();
    REQUIRE(dialog);
    CHECK(dialog->findChild<QComboBox*>(QStringLiteral("bedComboBox"))
              ->currentText()
              .startsWith(QStringLiteral("A-101-1")));

    Messages messages;
    const QDate birth(1941, 4, 9);
    const QString id = testing::makeIdNumber(birth, 1);
    SECTION("a wrong check digit keeps the dialog open and names the value under the form, not in a box")
    {
        QString wrong = id;
        wrong[17] = id.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        fillAdmission(dialog, QStringLiteral("张三"), wrong, birth, 1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        CHECK(messages.shown.isEmpty());
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("admissionMessageLabel"))->text().contains(wrong));
        CHECK(dialog->findChild<QLabel*>(QStringLiteral("idHintLabel"))
                  ->text()
                  .startsWith(QStringLiteral("The last character should be %1").arg(id.at(17))));
        CHECK(dialog->idNumberFlagged());
        CHECK(page->map()->tile(QStringLiteral("A-101-1"))->state() == core::BedState::Free);
        CHECK(dialog->isVisible());
    }
    SECTION("a valid admission")
    {
        fillAdmission(dialog, QStringLiteral("张三"), id, birth, 1);
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
        CHECK(messages.shown.isEmpty());
        ui::BedTile* after = page->map()->tile(QStringLiteral("A-101-1"));
        REQUIRE(after);
        CHECK(after->state() == core::BedState::Occupied);
        CHECK(after->view().residentName == QStringLiteral("张三"));
        CHECK(page->findChild<QLabel*>(QStringLiteral("occupiedValueLabel"))->text() == QStringLiteral("1"));
        CHECK(page->findChild<QLabel*>(QStringLiteral("occupancyValueLabel"))
                  ->text()
                  .startsWith(QStringLiteral("50.0")));

        // An occupied bed opens the resident.
        QTest::mouseClick(after, Qt::LeftButton);
        auto* detail = page->findChild<ui::ResidentDetailDialog*>();
        REQUIRE(detail);
        CHECK(detail->view()->findChild<QLabel*>(QStringLiteral("residentHeadingLabel"))->text() ==
              QStringLiteral("张三"));
    }
}

TEST_CASE("A read-only user sees ID numbers masked and cannot admit", "[residents][ui]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    const QDate today = QDate::currentDate();
    const QString uid = core::ResidentService(db.db()).admit(
        testing::admin(),
        testing::person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, today.addDays(-10), bed));
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("viewer"), core::Role::ReadOnly));
    ui::ResidentDetailView view(context);
    view.setResident(uid);
    const QString shown = view.findChild<QLabel*>(QStringLiteral("idNumberValueLabel"))->text();
    CHECK(shown.contains(QStringLiteral("**********")));
    CHECK_FALSE(view.findChild<QPushButton*>(QStringLiteral("dischargeButton"))->isEnabled());
}

TEST_CASE("A nurse sees the emergency phone in full with one click, and it is audited", "[residents][ui]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    core::ResidentInput input =
        testing::person(QStringLiteral("李四"), QDate(1938, 5, 6), 2, QDate::currentDate().addDays(-10), bed);
    input.emergencyContact = QStringLiteral("李建国（儿子）");
    input.emergencyPhone = QStringLiteral("13612340118");
    const QString uid = core::ResidentService(db.db()).admit(testing::admin(), input);
    const auto audited = [&] {
        return core::sql::scalar(db.db(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'OTHER' "
                                                "AND table_name = 'residents' AND record_uid = ?"),
                                 {uid})
            .toInt();
    };

    SECTION("a nurse")
    {
        ui::AppContext context(db.db(), core::Actor(QStringLiteral("zhao"), core::Role::Nurse));
        ui::ResidentDetailView view(context);
        view.setResident(uid);
        auto* phone = view.findChild<QLabel*>(QStringLiteral("emergencyPhoneValueLabel"));
        REQUIRE(phone);
        CHECK(phone->text() == QStringLiteral("136****0118"));
        CHECK(view.findChild<QLabel*>(QStringLiteral("emergencyContactValueLabel"))->text() ==
              QStringLiteral("李建国（儿子）"));
        auto* show = view.findChild<QPushButton*>(QStringLiteral("showEmergencyPhoneButton"));
        REQUIRE(show);
        QTest::mouseClick(show, Qt::LeftButton);
        CHECK(phone->text() == QStringLiteral("13612340118"));
        CHECK(audited() == 1);
        // Her own phone and ID number stay masked.
        CHECK(view.findChild<QLabel*>(QStringLiteral("idNumberValueLabel"))
                  ->text()
                  .contains(QStringLiteral("****")));
    }
    SECTION("a read-only user has no such button")
    {
        ui::AppContext context(db.db(), core::Actor(QStringLiteral("viewer"), core::Role::ReadOnly));
        ui::ResidentDetailView view(context);
        view.setResident(uid);
        CHECK(view.findChild<QLabel*>(QStringLiteral("emergencyPhoneValueLabel"))->text() ==
              QStringLiteral("136****0118"));
        CHECK(view.findChild<QPushButton*>(QStringLiteral("showEmergencyPhoneButton")) == nullptr);
        CHECK(audited() == 0);
    }
}

TEST_CASE("Discharging from the resident window frees the bed on the map", "[residents][beds][ui]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    core::ResidentService(db.db()).admit(testing::admin(),
                                         testing::person(QStringLiteral("王五"), QDate(1939, 7, 7), 1,
                                                         QDate::currentDate().addDays(-100), bed));
    ui::AppContext context(db.db(), testing::admin());
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("beds")));
    auto* page = qobject_cast<ui::BedsPage*>(window.page(QStringLiteral("beds")));
    QTest::mouseClick(page->map()->tile(QStringLiteral("A-101-1")), Qt::LeftButton);
    auto* detail = page->findChild<ui::ResidentDetailDialog*>();
    REQUIRE(detail);
    auto* discharge = detail->findChild<QPushButton*>(QStringLiteral("dischargeButton"));
    REQUIRE(discharge->isEnabled());
    QTest::mouseClick(discharge, Qt::LeftButton);
    auto* dialog = detail->findChild<QDialog*>(QStringLiteral("dischargeDialog"));
    REQUIRE(dialog);
    Messages messages;
    QStringList told;
    QObject::connect(&context, &ui::AppContext::told, [&](const QString& outcome) { told.append(outcome); });
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("okButton")), Qt::LeftButton);
    CHECK(messages.shown.isEmpty());
    CHECK(page->map()->tile(QStringLiteral("A-101-1"))->state() == core::BedState::Free);
    // The status bar says what happened, so the resident leaving the list does not look like a deletion.
    REQUIRE(told.size() == 1);
    CHECK(told.constFirst().contains(QStringLiteral("王五")));
    CHECK(window.statusBar()->currentMessage() == told.constFirst());
    // The open resident window shows the discharge and offers re-admission.
    CHECK(detail->findChild<QPushButton*>(QStringLiteral("readmitButton"))->isEnabled());
}

TEST_CASE("Taking a bed out of service asks for the day and the reason", "[beds][ui]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    Messages messages;
    testing::TempDatabase db;
    core::Bed added;
    added.code = QStringLiteral("A-101-1");
    added.building = QStringLiteral("A");
    added.floor = QStringLiteral("1");
    added.room = QStringLiteral("101");
    added.inServiceSince = QDate(2026, 1, 1);
    const QString uid = core::BedService(db.db()).addBed(testing::admin(), added);
    ui::AppContext context(db.db(), testing::admin());
    const core::Bed bed = core::BedService(db.db()).bed(testing::admin(), uid);

    ui::BedServiceDialog dialog(context, bed, false);
    dialog.findChild<QDateEdit*>(QStringLiteral("dateEdit"))->setDate(QDate(2026, 10, 20));
    CHECK_FALSE(dialog.submit()); // no reason
    CHECK(messages.shown.size() == 1);
    CHECK(core::BedService(db.db()).bed(testing::admin(), uid).inService);
    dialog.findChild<QLineEdit*>(QStringLiteral("reasonLineEdit"))->setText(QStringLiteral("卫生间漏水维修"));
    CHECK(dialog.submit());
    const QList<core::BedServicePeriod> periods =
        core::BedService(db.db()).servicePeriods(testing::admin(), uid);
    REQUIRE(periods.size() == 1);
    CHECK(periods.constFirst().to == QDate(2026, 10, 20));
    CHECK(periods.constFirst().endReason == QStringLiteral("卫生间漏水维修"));
    CHECK_FALSE(core::BedService(db.db()).bed(testing::admin(), uid).inService);
}

TEST_CASE("The bed list shows every bed with its resident and exports what it shows", "[beds][ui]")
{
    testing::TempDatabase db;
    const QString bed = testing::addBed(db.db(), QStringLiteral("A-101-1"));
    testing::addBed(db.db(), QStringLiteral("A-101-2"), core::BedType::General);
    core::ResidentService(db.db()).admit(testing::admin(),
                                         testing::person(QStringLiteral("王五"), QDate(1939, 7, 7), 1,
                                                         QDate::currentDate().addDays(-100), bed));
    ui::AppContext context(db.db(), testing::admin());
    ui::BedsPage page(context);
    page.refresh();
    QAbstractItemModel* model = page.list()->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->index(0, 0).data().toString() == QStringLiteral("A-101-1"));
    CHECK(model->index(0, 7).data().toString() == QStringLiteral("王五"));
    CHECK(model->index(1, 6).data().toString() == core::BedService::stateLabel(core::BedState::Free));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("beds.csv"));
    auto* button = page.findChild<ui::TableExportButton*>();
    REQUIRE(button);
    REQUIRE(button->exportTo(csv));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("A-101-1")));
    CHECK(text.contains(QStringLiteral("王五")));
    CHECK(core::sql::scalar(db.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND "
                                           "json_extract(new_values, '$.kind') = 'beds_list_csv'"))
              .toInt() == 1);
}
