// The real start-up: first start asks for the administrator, later starts ask for a login, and
// the window then acts as that user. Driven through runGui with a timer answering the dialogs.

#include "TempDatabase.h"
#include "UiMessages.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/LoginDialog.h"
#include "auth/PasswordHasher.h"
#include "auth/UserService.h"
#include "center/CenterService.h"
#include "common/Confirmation.h"
#include "mainwindow/GuiApplication.h"
#include "mainwindow/MainWindow.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace jinglao;

namespace {

void fill(QWidget* dialog, const char* name, const QString& text)
{
    if (auto* field = dialog->findChild<QLineEdit*>(QString::fromLatin1(name)))
        field->setText(text);
}

// Runs the GUI on path; answer() is called for each modal dialog, and the main window's user
// label is returned once it shows (the window is then closed, ending the event loop).
QString runAndAnswer(const QString& path, const std::function<void(QWidget*)>& answer, int* exitCode,
                     QString* windowTitle = nullptr)
{
    QString userLabel;
    QTimer driver;
    driver.setInterval(20);
    int answers = 0;
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            // A dialog that keeps refusing its answer would hold the test for ever: give up on it.
            if (++answers > 50)
                modal->close();
            else
                answer(modal);
            return;
        }
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<ui::MainWindow*>(widget);
            if (window && window->isVisible()) {
                userLabel = window->findChild<QLabel*>(QStringLiteral("userLabel"))->text();
                if (windowTitle)
                    *windowTitle = window->windowTitle();
                driver.stop();
                window->close();
                return;
            }
        }
    });
    driver.start();
    ui::GuiOptions options;
    options.databasePath = path;
    options.language = QStringLiteral("en");
    *exitCode = ui::runGui(options);
    return userLabel;
}

// Creates the administrator "wang"; any other dialog is closed (the checks after it then fail).
void answerFirstAdministrator(QWidget* modal)
{
    auto* dialog = qobject_cast<ui::FirstAdministratorDialog*>(modal);
    if (!dialog) {
        modal->close();
        return;
    }
    fill(dialog, "usernameLineEdit", QStringLiteral("wang"));
    fill(dialog, "passwordLineEdit", QStringLiteral("admin-pass-1"));
    fill(dialog, "confirmPasswordLineEdit", QStringLiteral("admin-pass-1"));
    fill(dialog, "centerNameLineEdit", QStringLiteral("甲山镇敬老院"));
    dialog->submit();
}

} // namespace

TEST_CASE("Start-up asks for the first administrator, then for a login", "[auth]")
{
    core::PasswordHasher::setIterationsForTesting(1000);
    testing::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    int exitCode = -1;

    QString firstTitle;
    const QString first = runAndAnswer(path, answerFirstAdministrator, &exitCode, &firstTitle);
    CHECK(exitCode == 0);
    CHECK(first.contains(QStringLiteral("wang")));
    CHECK(firstTitle == QStringLiteral("甲山镇敬老院 — Jinglao")); // the center's name in the window title

    int attempts = 0;
    const QString second = runAndAnswer(
        path,
        [&](QWidget* modal) {
            auto* dialog = qobject_cast<ui::LoginDialog*>(modal);
            if (!dialog) { // not the expected dialog: give up, the checks below then fail
                modal->close();
                return;
            }
            fill(dialog, "usernameLineEdit", QStringLiteral("wang"));
            fill(dialog, "passwordLineEdit",
                 ++attempts == 1 ? QStringLiteral("wrong-pass") : QStringLiteral("admin-pass-1"));
            dialog->submit();
        },
        &exitCode);
    CHECK(exitCode == 0);
    CHECK(attempts == 2);
    CHECK(second.contains(QStringLiteral("wang")));

    temp.reopen();
    const auto count = [&](const char* action) {
        return core::sql::scalar(temp.db(),
                                 QStringLiteral("SELECT count(*) FROM audit_log WHERE actor = 'wang' AND "
                                                "action = ?"),
                                 {QString::fromLatin1(action)})
            .toInt();
    };
    CHECK(count("LOGIN") == 2);
    CHECK(count("LOGIN_FAILED") == 1);
    CHECK(count("LOGOUT") == 2);
    core::PasswordHasher::resetForTesting();
}

TEST_CASE("Quitting at the login leaves the program without opening the window", "[auth]")
{
    core::PasswordHasher::setIterationsForTesting(1000);
    testing::TempDatabase temp;
    const QString path = temp.path();
    temp.close();
    int exitCode = -1;
    const QString label = runAndAnswer(
        path, [](QWidget* modal) { qobject_cast<QDialog*>(modal)->reject(); }, &exitCode);
    CHECK(exitCode == 0);
    CHECK(label.isEmpty());
    core::PasswordHasher::resetForTesting();
}

TEST_CASE("A path with no database asks before creating one, and says where", "[auth][files]")
{
    core::PasswordHasher::setIterationsForTesting(1000);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("center/jinglao.sqlite"));
    int exitCode = -1;
    QString asked;

    SECTION("No creates nothing")
    {
        const QString label = runAndAnswer(
            path,
            [&](QWidget* modal) {
                auto* box = qobject_cast<QMessageBox*>(modal);
                if (!box || box->objectName() != QStringLiteral("newDatabaseMessageBox")) {
                    modal->close();
                    return;
                }
                asked = box->text();
                box->button(QMessageBox::No)->click();
            },
            &exitCode);
        CHECK(exitCode == 0);
        CHECK(label.isEmpty());
        CHECK(asked.contains(QDir::toNativeSeparators(path)));
        CHECK_FALSE(QFileInfo::exists(dir.filePath(QStringLiteral("center"))));
    }
    SECTION("Yes creates it and goes on to the first administrator")
    {
        const QString label = runAndAnswer(
            path,
            [&](QWidget* modal) {
                if (auto* box = qobject_cast<QMessageBox*>(modal)) {
                    asked = box->text();
                    box->button(QMessageBox::Yes)->click();
                    return;
                }
                answerFirstAdministrator(modal);
            },
            &exitCode);
        CHECK(exitCode == 0);
        CHECK(label.contains(QStringLiteral("wang")));
        CHECK(asked.contains(QDir::toNativeSeparators(path)));
        CHECK(QFileInfo(path).size() > 0);
    }
    core::PasswordHasher::resetForTesting();
}

TEST_CASE("File ▸ Restore from backup closes the database, restores it and asks to log in again",
          "[auth][restore]")
{
    core::PasswordHasher::setIterationsForTesting(1000);
    testing::TempDatabase temp;
    const core::Actor admin = core::UserService(temp.db()).createFirstAdministrator(
        QStringLiteral("wang"), {}, QStringLiteral("admin-pass-1"));
    core::CenterService(temp.db()).save(admin, {QStringLiteral("周一的名字"), {}, {}, {}, {}, {}, {}});
    const QString backup = temp.dir() + QStringLiteral("/monday.sqlite");
    core::BackupService(temp.db()).backup(admin, backup);
    core::CenterService(temp.db()).save(admin, {QStringLiteral("改错的名字"), {}, {}, {}, {}, {}, {}});
    const QString path = temp.path();
    temp.close();

    ui::setQuestionAnswererForTesting([](const QString&, const QString&) { return true; });
    testing::UiMessages messages;
    int logins = 0;
    bool restoreAsked = false;
    QPointer<ui::MainWindow> firstWindow;
    int others = 0;
    QStringList titles;
    QTimer driver;
    driver.setInterval(20);
    QObject::connect(&driver, &QTimer::timeout, [&] {
        if (QWidget* modal = QApplication::activeModalWidget()) {
            if (auto* dialog = qobject_cast<ui::LoginDialog*>(modal)) {
                fill(dialog, "usernameLineEdit", QStringLiteral("wang"));
                fill(dialog, "passwordLineEdit", QStringLiteral("admin-pass-1"));
                ++logins;
                dialog->submit();
            } else if (++others > 100) {
                modal->close(); // not expected: the checks below then fail
            }
            return;
        }
        for (QWidget* widget : QApplication::topLevelWidgets()) {
            auto* window = qobject_cast<ui::MainWindow*>(widget);
            if (!window || !window->isVisible())
                continue;
            if (window == firstWindow) // still the session being closed
                return;
            if (!restoreAsked) {
                firstWindow = window;
                // At once, while the day's backup may still be running: the restore waits for it.
                restoreAsked = true;
                titles.append(window->windowTitle());
                QTimer::singleShot(0, window, [window, backup] { window->requestRestore(backup); });
            } else if (titles.size() == 1) {
                titles.append(window->windowTitle());
                driver.stop();
                window->close();
            }
            return;
        }
    });
    driver.start();
    ui::GuiOptions options;
    options.databasePath = path;
    options.language = QStringLiteral("en");
    CHECK(ui::runGui(options) == 0);
    ui::setQuestionAnswererForTesting({});

    INFO(messages.shown.join(QLatin1Char('\n')).toStdString());
    CHECK(messages.shown.isEmpty());
    CHECK(logins == 2);
    REQUIRE(titles.size() == 2);
    CHECK(titles.at(0).startsWith(QStringLiteral("改错的名字")));
    CHECK(titles.at(1).startsWith(QStringLiteral("周一的名字")));
    const QFileInfoList kept = core::BackupFolder(path).backups();
    CHECK(std::any_of(kept.cbegin(), kept.cend(), [](const QFileInfo& file) {
        return file.fileName().startsWith(QStringLiteral("jinglao-before-restore-"));
    }));
    temp.reopen();
    CHECK(core::sql::scalar(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE detail LIKE "
                                                      "'restored from %monday.sqlite;%'"))
              .toInt() == 1);
    core::PasswordHasher::resetForTesting();
}
