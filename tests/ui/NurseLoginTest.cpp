// A nurse logs in at the shared PC: residents are read-only and ID numbers masked, in the UI and
// in the core service alike.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordHasher.h"
#include "auth/Privacy.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/Error.h"
#include "mainwindow/MainWindow.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsPage.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("A nurse who logs in finds admission disabled and ID numbers masked", "[auth][privacy]")
{
    core::PasswordHasher::setIterationsForTesting(1000);
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    core::ResidentInput input =
        testing::person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, QDate::currentDate().addDays(-30),
                        testing::addBed(temp.db(), QStringLiteral("A-101-1")));
    core::ResidentService(temp.db()).admit(admin, input);
    const QString idNumber = input.idNumber;

    ui::LoginDialog login(temp.db(), ui::LoginDialog::Mode::Login,
                          core::Actor(QString(), core::Role::ReadOnly));
    login.findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->setText(QStringLiteral("zhao"));
    login.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(QStringLiteral("nurse-pass-1"));
    REQUIRE(login.submit());
    REQUIRE(login.actor());

    ui::AppContext context(temp.db(), *login.actor());
    ui::MainWindow window(context);
    window.resize(1366, 768);
    REQUIRE(window.showPage(QStringLiteral("residents")));
    auto* page = qobject_cast<ui::ResidentsPage*>(window.page(QStringLiteral("residents")));
    REQUIRE(page);
    page->refresh();

    auto* admit = page->findChild<QPushButton*>(QStringLiteral("admitButton"));
    REQUIRE(admit);
    CHECK_FALSE(admit->isEnabled());

    REQUIRE(page->model()->rowCount() == 1);
    const QString shown =
        page->model()->data(page->model()->index(0, ui::ResidentTableModel::IdNumber)).toString();
    CHECK(shown == core::privacy::maskIdNumber(idNumber));
    CHECK(shown != idNumber);
    CHECK(shown.contains(QStringLiteral("**********")));

    // The service refuses the nurse whichever front end asks.
    input.name = QStringLiteral("李四");
    input.idNumber = testing::makeIdNumber(QDate(1941, 4, 2), 1, 7);
    input.bedUid.clear();
    CHECK_THROWS_AS(core::ResidentService(temp.db()).admit(context.actor(), input), core::Error);

    SECTION("an administrator sees the full ID number and may admit")
    {
        context.setActor(admin);
        page->refresh();
        CHECK(admit->isEnabled());
        CHECK(page->model()->data(page->model()->index(0, ui::ResidentTableModel::IdNumber)).toString() ==
              idNumber);
    }
    core::PasswordHasher::resetForTesting();
}
