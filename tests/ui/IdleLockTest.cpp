#include "auth/IdleLock.h"

#include "TempDatabase.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/FormDialog.h"
#include "mainwindow/MainWindow.h"
#include "storage/Sql.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

struct FastHashing {
    FastHashing() { core::PasswordHasher::setIterationsForTesting(1000); }
    ~FastHashing() { core::PasswordHasher::resetForTesting(); }
};

int visibleOverlays()
{
    int count = 0;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        for (QWidget* overlay :
             window->findChildren<QWidget*>(QStringLiteral("lockOverlayWidget"), Qt::FindDirectChildrenOnly))
            count += overlay->isVisible() ? 1 : 0;
    }
    return count;
}

void unlockWith(ui::IdleLock& lock, const QString& username, const QString& password, bool* succeeded)
{
    ui::LoginDialog* dialog = lock.unlockDialog();
    REQUIRE(dialog);
    dialog->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))->setText(username);
    dialog->findChild<QLineEdit*>(QStringLiteral("passwordLineEdit"))->setText(password);
    *succeeded = dialog->submit();
}

// A form that knows its unsaved input, as every form of the program does.
class Form : public ui::GuardedDialog {
public:
    explicit Form(QWidget* parent)
        : GuardedDialog(parent)
    {
        setWindowTitle(QStringLiteral("交班记录"));
    }
};

} // namespace

TEST_CASE("The session locks after the idle time and keeps open dialogs", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    users.addUser(admin, QStringLiteral("qian"), {}, core::Role::Nurse, QStringLiteral("other-pass-1"));
    const core::Actor nurse = users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1"));

    ui::AppContext context(temp.db(), nurse);
    ui::MainWindow window(context);
    window.show();
    window.enableIdleLock();
    ui::IdleLock* lock = window.idleLock();
    REQUIRE(lock);
    CHECK(lock->interval() == 10 * 60 * 1000); // the default of the setting

    // A form with unsaved input, left open when the nurse walks away.
    Form form(&window);
    auto* note = new QLineEdit(&form);
    note->setObjectName(QStringLiteral("noteLineEdit"));
    (new QVBoxLayout(&form))->addWidget(note);
    form.show();
    note->setText(QStringLiteral("未保存的交班记录"));
    REQUIRE(form.hasUnsavedInput());

    lock->setInterval(50);
    QTRY_VERIFY_WITH_TIMEOUT(lock->isLocked(), 5000);
    CHECK(lock->unlockDialog()->isVisible());
    CHECK(lock->unlockDialog()->isModal());
    CHECK(visibleOverlays() >= 2); // the main window and the open form are covered
    CHECK(form.isVisible());

    SECTION("a wrong password or another nurse does not unlock it")
    {
        bool succeeded = true;
        unlockWith(*lock, QStringLiteral("zhao"), QStringLiteral("wrong-pass"), &succeeded);
        CHECK_FALSE(succeeded);
        CHECK(lock->isLocked());
        unlockWith(*lock, QStringLiteral("qian"), QStringLiteral("other-pass-1"), &succeeded);
        CHECK_FALSE(succeeded);
        CHECK(lock->isLocked());
        CHECK(visibleOverlays() >= 2);
    }
    SECTION("the same user unlocks it and the form still holds its input")
    {
        bool succeeded = false;
        unlockWith(*lock, QStringLiteral("zhao"), QStringLiteral("nurse-pass-1"), &succeeded);
        CHECK(succeeded);
        CHECK_FALSE(lock->isLocked());
        CHECK(visibleOverlays() == 0);
        CHECK(form.isVisible());
        CHECK(note->text() == QStringLiteral("未保存的交班记录"));
        CHECK(context.actor().name() == QStringLiteral("zhao"));
    }
    SECTION("an administrator unlocks it and acts from then on")
    {
        bool succeeded = false;
        unlockWith(*lock, QStringLiteral("wang"), QStringLiteral("admin-pass-1"), &succeeded);
        CHECK(succeeded);
        CHECK_FALSE(lock->isLocked());
        CHECK(context.actor().name() == QStringLiteral("wang"));
        CHECK(context.actor().role() == core::Role::Administrator);
    }
    SECTION("another nurse switches user from the lock: warned, the form left open is closed")
    {
        QPushButton* switchButton =
            lock->unlockDialog()->findChild<QPushButton*>(QStringLiteral("switchUserButton"));
        REQUIRE(switchButton);
        QTest::mouseClick(switchButton, Qt::LeftButton);
        CHECK(lock->unlockDialog()->isSwitchingUser());
        const QString warning =
            lock->unlockDialog()->findChild<QLabel*>(QStringLiteral("loginIntroLabel"))->text();
        CHECK(warning.contains(QStringLiteral("zhao")));
        CHECK(warning.contains(QStringLiteral("discarded")));
        CHECK(warning.contains(QStringLiteral("交班记录")));
        CHECK(lock->unlockDialog()
                  ->findChild<QLineEdit*>(QStringLiteral("usernameLineEdit"))
                  ->text()
                  .isEmpty());
        bool succeeded = false;
        unlockWith(*lock, QStringLiteral("qian"), QStringLiteral("other-pass-1"), &succeeded);
        CHECK(succeeded);
        CHECK_FALSE(lock->isLocked());
        CHECK(context.actor().name() == QStringLiteral("qian"));
        CHECK_FALSE(form.isVisible());
        CHECK(core::sql::scalar(
                  temp.db(),
                  QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'LOGOUT' AND actor = ?"),
                  {QStringLiteral("zhao")})
                  .toInt() == 1);
    }
    lock->setInterval(60 * 60 * 1000);
}

TEST_CASE("File ▸ Log out / switch user locks and asks for the next person", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    core::UserService users(temp.db());
    const core::Actor admin =
        users.createFirstAdministrator(QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    users.addUser(admin, QStringLiteral("zhao"), {}, core::Role::Nurse, QStringLiteral("nurse-pass-1"));
    ui::AppContext context(temp.db(), users.login(QStringLiteral("zhao"), QStringLiteral("nurse-pass-1")));
    ui::MainWindow window(context);
    window.show();
    window.enableIdleLock();
    auto* action = window.findChild<QAction*>(QStringLiteral("switchUserAction"));
    REQUIRE(action);
    REQUIRE(action->isEnabled());
    action->trigger();
    REQUIRE(window.idleLock()->isLocked());
    CHECK(window.idleLock()->unlockDialog()->isSwitchingUser());
    bool succeeded = false;
    unlockWith(*window.idleLock(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"), &succeeded);
    CHECK(succeeded);
    CHECK(context.actor().name() == QStringLiteral("wang"));
    window.idleLock()->setInterval(60 * 60 * 1000);
}

TEST_CASE("Input keeps the session from locking", "[auth]")
{
    FastHashing fast;
    testing::TempDatabase temp;
    const core::Actor admin = core::UserService(temp.db()).createFirstAdministrator(
        QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    ui::AppContext context(temp.db(), admin);
    ui::MainWindow window(context);
    window.show();
    window.enableIdleLock();
    window.idleLock()->setInterval(1500);
    for (int i = 0; i < 20; ++i) {
        QTest::mouseMove(&window, QPoint(100 + i, 100 + i));
        QTest::qWait(100);
    }
    CHECK_FALSE(window.idleLock()->isLocked());
    window.idleLock()->lockNow();
    CHECK(window.idleLock()->isLocked());
    bool succeeded = false;
    unlockWith(*window.idleLock(), QStringLiteral("wang"), QStringLiteral("admin-pass-1"), &succeeded);
    CHECK(succeeded);
    window.idleLock()->setInterval(60 * 60 * 1000);
}
