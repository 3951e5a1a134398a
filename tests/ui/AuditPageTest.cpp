#include "audit/AuditPage.h"

#include "TempDatabase.h"
#include "audit/AuditTableModel.h"
#include "auth/AuditLog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "auth/UsersPage.h"
#include "common/AppContext.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "mainwindow/MainWindow.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
struct FastHashing {
    FastHashing() { core::PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { core::PasswordHasher::resetForTesting(); }
};

bool listed(const ui::MainWindow& window, const QString& pageId)
{
    const auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->data(Qt::UserRole).toString() == pageId)
            return !navigation->item(row)->isHidden();
    }
    return false;
}
} // namespace

TEST_CASE("Administrators see the audit and users pages, other roles do not", "[audit]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    const core::Actor nurse = users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1"));

    ui::AppContext context(temp.db(), nurse);
    ui::MainWindow window(context);
    CHECK_FALSE(listed(window, QStringLiteral("audit")));
    CHECK_FALSE(listed(window, QStringLiteral("users")));
    context.setActor(admin);
    CHECK(listed(window, QStringLiteral("audit")));
    CHECK(listed(window, QStringLiteral("users")));
}

TEST_CASE("The audit page lists entries with old and new values side by side", "[audit]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));

    ui::AppContext context(temp.db(), admin);
    ui::MainWindow window(context);
    window.resize(1366, 768);
    // Opening the window may write first-use defaults (shift templates); the role change comes after.
    users.setRole(admin, QStringLiteral("zhao"), core::Role::ReadOnly);
    REQUIRE(window.showPage(QStringLiteral("audit")));
    auto* page = qobject_cast<ui::AuditPage*>(window.page(QStringLiteral("audit")));
    REQUIRE(page);
    auto* view = page->findChild<QTableView*>(QStringLiteral("auditTableView"));
    REQUIRE(view);
    REQUIRE(page->model()->rowCount() >= 3);
    // Newest first: the role change.
    CHECK(page->model()->entry(0).action == QStringLiteral("UPDATE"));
    view->setCurrentIndex(page->model()->index(0, 0));
    auto* details = page->findChild<QTableWidget*>(QStringLiteral("auditDetailsTableWidget"));
    REQUIRE(details->rowCount() == 1);
    CHECK(details->item(0, 0)->text() == QStringLiteral("role"));
    CHECK(details->item(0, 1)->text() == QStringLiteral("NURSE"));
    CHECK(details->item(0, 2)->text() == QStringLiteral("READONLY"));

    SECTION("filtering by action narrows the list")
    {
        core::AuditFilter filter;
        filter.action = QStringLiteral("INSERT");
        page->model()->load(admin, filter);
        for (int row = 0; row < page->model()->rowCount(); ++row)
            CHECK(page->model()->entry(row).action == QStringLiteral("INSERT"));
        CHECK(page->model()->rowCount() ==
              core::sql::scalar(temp.db(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'INSERT'"))
                  .toInt());
        CHECK(page->model()->rowCount() >= 2);
    }
    SECTION("export writes the CSV and audits it")
    {
        const QString path = temp.dir() + QStringLiteral("/audit.csv");
        CHECK(page->exportTo(path));
        CHECK(testing::fileBytes(path).startsWith("\xEF\xBB\xBF"));
        CHECK(page->model()->entry(0).action == QStringLiteral("EXPORT"));
    }
}

TEST_CASE("The audit model fetches the log a page at a time", "[audit]")
{
    testing::TempDatabase temp;
    const core::Actor admin(QStringLiteral("wang"), core::Role::Administrator);
    for (int i = 0; i < ui::AuditTableModel::PageSize + 50; ++i)
        core::AuditLog::recordEventNow(temp.db(), admin, core::AuditLog::Action::Other, QString::number(i));
    ui::AuditTableModel model(temp.db());
    model.load(admin, {});
    CHECK(model.rowCount() == ui::AuditTableModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() >= ui::AuditTableModel::PageSize + 50);
    CHECK_FALSE(model.canFetchMore({}));
}

TEST_CASE("The users page manages accounts and refuses to disable the last administrator", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    QStringList messages;
    ui::setMessageSinkForTesting([&](const QString&, const QString& message) { messages.append(message); });

    ui::AppContext context(temp.db(), core::Actor(QStringLiteral("cli:test"), core::Role::Administrator));
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("users")));
    auto* page = qobject_cast<ui::UsersPage*>(window.page(QStringLiteral("users")));
    REQUIRE(page);
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("userTableWidget"));
    REQUIRE(table->rowCount() == 2);

    table->selectRow(0); // wang, the only administrator
    REQUIRE(page->selectedUsername() == QStringLiteral("wang"));
    page->toggleDisabled();
    CHECK(messages.size() == 1);
    CHECK_FALSE(users.findUser(QStringLiteral("wang"))->disabled);

    table->selectRow(1);
    REQUIRE(page->selectedUsername() == QStringLiteral("zhao"));
    page->toggleDisabled();
    CHECK(users.findUser(QStringLiteral("zhao"))->disabled);
    ui::setMessageSinkForTesting({});
}

TEST_CASE("The users page unlocks an account locked after wrong passwords, and says so", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    for (int attempt = 0; attempt < core::UserService::MaxFailedAttempts; ++attempt) {
        try {
            users.login(QStringLiteral("zhao"), QStringLiteral("wrong-pass"));
        } catch (const core::Error&) {
        }
    }
    ui::AppContext context(temp.db(), admin);
    QStringList told;
    QObject::connect(&context, &ui::AppContext::told, [&](const QString& outcome) { told.append(outcome); });
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("users")));
    auto* page = qobject_cast<ui::UsersPage*>(window.page(QStringLiteral("users")));
    REQUIRE(page);
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("userTableWidget"));
    auto* unlock = page->findChild<QPushButton*>(QStringLiteral("unlockAccountButton"));
    REQUIRE(unlock);
    table->selectRow(0); // wang is not locked
    REQUIRE(page->selectedUsername() == QStringLiteral("wang"));
    CHECK_FALSE(unlock->isEnabled());
    table->selectRow(1);
    REQUIRE(page->selectedUsername() == QStringLiteral("zhao"));
    REQUIRE(unlock->isEnabled());
    unlock->click();
    CHECK_FALSE(users.findUser(QStringLiteral("zhao"))->lockedUntil.isValid());
    REQUIRE(told.size() == 1);
    CHECK(told.constFirst().contains(QStringLiteral("zhao")));
    table->selectRow(1);
    CHECK_FALSE(unlock->isEnabled());
}

TEST_CASE("The users page links a nurse's account to her staff record", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    core::StaffMember member;
    member.name = QStringLiteral("赵护士");
    member.role = core::StaffRole::Nurse;
    member.hireDate = QDate(2020, 1, 1);
    const QString staffUid = core::StaffService(temp.db()).add(admin, member);
    QStringList messages;
    ui::setMessageSinkForTesting([&](const QString&, const QString& message) { messages.append(message); });

    ui::AppContext context(temp.db(), admin);
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("users")));
    auto* page = qobject_cast<ui::UsersPage*>(window.page(QStringLiteral("users")));
    REQUIRE(page);
    auto* table = page->findChild<QTableWidget*>(QStringLiteral("userTableWidget"));
    table->selectRow(1);
    REQUIRE(page->selectedUsername() == QStringLiteral("zhao"));
    CHECK(table->item(1, 3)->text().contains(QStringLiteral("not linked")));
    auto* staff = page->findChild<QComboBox*>(QStringLiteral("staffComboBox"));
    REQUIRE(staff != nullptr);
    staff->setCurrentIndex(staff->findData(staffUid));
    page->applyStaffLink();
    CHECK(messages.isEmpty());
    CHECK(users.findUser(QStringLiteral("zhao"))->staffUid == staffUid);
    CHECK(table->item(1, 3)->text() == QStringLiteral("赵护士"));
    ui::setMessageSinkForTesting({});
}
