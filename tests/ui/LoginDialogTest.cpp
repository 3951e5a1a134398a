#include "auth/LoginDialog.h"

#include "TempDatabase.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "storage/Sql.h"

#include <QLineEdit>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct FastHashing {
    FastHashing() { core::PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { core::PasswordHasher::resetForTesting(); }
};

void fill(QWidget& dialog, const char* name, const QString& text)
{
    auto* field = dialog.findChild<QLineEdit*>(QString::fromLatin1(name));
    REQUIRE(field);
    field->setText(text);
}
} // namespace

TEST_CASE("First start creates the administrator from the dialog", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    ui::FirstAdministratorDialog dialog(temp.db());
    fill(dialog, "usernameLineEdit", QStringLiteral("wang"));
    fill(dialog, "displayNameLineEdit", QStringLiteral("王院长"));

    SECTION("passwords that differ are refused")
    {
        fill(dialog, "passwordLineEdit", QStringLiteral("admin-pass-1"));
        fill(dialog, "confirmPasswordLineEdit", QStringLiteral("admin-pass-2"));
        CHECK_FALSE(dialog.submit());
        CHECK_FALSE(dialog.message().isEmpty());
        CHECK_FALSE(core::UserService(temp.db()).hasUsers());
    }
    SECTION("a short password is refused with the rule")
    {
        fill(dialog, "passwordLineEdit", QStringLiteral("short"));
        fill(dialog, "confirmPasswordLineEdit", QStringLiteral("short"));
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.message().contains(QStringLiteral("8")));
    }
    SECTION("without the center's name nothing is created")
    {
        fill(dialog, "passwordLineEdit", QStringLiteral("admin-pass-1"));
        fill(dialog, "confirmPasswordLineEdit", QStringLiteral("admin-pass-1"));
        CHECK_FALSE(dialog.submit());
        CHECK(dialog.message().contains(core::CenterService::nameLabel()));
        CHECK_FALSE(core::UserService(temp.db()).hasUsers());
    }
    SECTION("a valid form creates the administrator, logs them in and saves the center's details")
    {
        fill(dialog, "passwordLineEdit", QStringLiteral("admin-pass-1"));
        fill(dialog, "confirmPasswordLineEdit", QStringLiteral("admin-pass-1"));
        fill(dialog, "centerNameLineEdit", QStringLiteral("六沟镇敬老院"));
        fill(dialog, "facilityCodeLineEdit", QStringLiteral("HB130821-011"));
        CHECK(dialog.submit());
        CHECK(core::CenterService(temp.db()).profile().name == QStringLiteral("六沟镇敬老院"));
        CHECK(core::CenterService(temp.db()).profile().facilityCode == QStringLiteral("HB130821-011"));
        REQUIRE(dialog.actor());
        CHECK(dialog.actor()->name() == QStringLiteral("wang"));
        CHECK(dialog.actor()->role() == core::Role::Administrator);
        CHECK(dialog.result() == QDialog::Accepted);
    }
}

TEST_CASE("The login dialog logs in with the right password only", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    ui::LoginDialog dialog(temp.db(), ui::LoginDialog::Mode::Login,
                           core::Actor(QString(), core::Role::ReadOnly));
    fill(dialog, "usernameLineEdit", QStringLiteral("zhao"));

    fill(dialog, "passwordLineEdit", QStringLiteral("wrong-pass"));
    CHECK_FALSE(dialog.submit());
    CHECK_FALSE(dialog.message().isEmpty());
    CHECK(dialog.findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->text().isEmpty());
    CHECK_FALSE(dialog.actor());

    fill(dialog, "passwordLineEdit", QStringLiteral("nurse-pass-1"));
    CHECK(dialog.submit());
    REQUIRE(dialog.actor());
    CHECK(dialog.actor()->name() == QStringLiteral("zhao"));
    CHECK(dialog.actor()->role() == core::Role::Nurse);
    CHECK(core::sql::scalar(temp.db(),
                            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'LOGIN_FAILED' "
                                           "AND actor = 'zhao'"))
              .toInt() == 1);
}
