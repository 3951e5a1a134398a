#include "mainwindow/MainWindow.h"

#include "InstalledLanguage.h"
#include "TempDatabase.h"
#include "UiMessages.h"
#include "about/GuideDialog.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "mainwindow/WindowPlacement.h"
#include "staff/StaffService.h"
#include "storage/Settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("The main window opens on a temporary database with its pages and status", "[ui][mainwindow]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor::osUser());
    ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();

    CHECK(window.pageIds().contains(QStringLiteral("home")));
    CHECK(window.currentPageId() == QStringLiteral("home"));
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    REQUIRE(navigation);
    CHECK(navigation->count() == window.pageIds().size());
    CHECK_FALSE(window.showPage(QStringLiteral("no-such-page")));

    const auto label = [&](const char* name) {
        auto* found = window.findChild<QLabel*>(QString::fromLatin1(name));
        REQUIRE(found);
        return found->text();
    };
    CHECK(label("schemaLabel") ==
          QStringLiteral("Schema version %1").arg(core::Database::latestSchemaVersion()));
    CHECK(label("userLabel").contains(core::Actor::osUser().name()));
    CHECK(label("databaseLabel").contains(QDir::toNativeSeparators(db.path())));
    CHECK(label("backupLabel") == QStringLiteral("Never backed up"));
    CHECK(window.findChild<QAction*>(QStringLiteral("backupAction")));
    CHECK(window.findChild<QAction*>(QStringLiteral("openDatabaseAction")));
    CHECK(window.findChild<QAction*>(QStringLiteral("aboutAction")));
}

TEST_CASE("Backing up from the main window writes the file and updates the status bar", "[ui][mainwindow]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor::osUser());
    ui::MainWindow window(context);
    QStringList messages;
    ui::setMessageSinkForTesting([&](const QString&, const QString& message) { messages.append(message); });

    const QString target = db.dir() + QStringLiteral("/ui-backup.sqlite");
    CHECK(window.backUpTo(target));
    CHECK(QFile::exists(target));
    CHECK(messages.isEmpty());
    auto* backup = window.findChild<QLabel*>(QStringLiteral("backupLabel"));
    REQUIRE(backup);
    const QString at = core::Settings(db.db()).value(core::Settings::LastBackupAt);
    REQUIRE_FALSE(at.isEmpty());
    CHECK(backup->text() == QStringLiteral("Last backup: %1").arg(core::Clock::displayTimestamp(at)));

    SECTION("a refused backup shows a message and changes nothing")
    {
        CHECK_FALSE(window.backUpTo(db.path()));
        CHECK(messages.size() == 1);
    }
    ui::setMessageSinkForTesting({});
}

TEST_CASE("Ctrl+F puts the cursor in the search box of the page shown", "[ui][mainwindow][people]")
{
    testing::TempDatabase db;
    core::StaffMember nurse;
    nurse.name = QStringLiteral("曾丽");
    nurse.role = core::StaffRole::Nurse;
    nurse.hireDate = QDate(2020, 1, 1);
    const core::Actor admin(QStringLiteral("admin"), core::Role::Administrator);
    core::StaffService(db.db()).add(admin, nurse);
    nurse.name = QStringLiteral("张强");
    core::StaffService(db.db()).add(admin, nurse);
    ui::AppContext context(db.db(), admin);
    ui::MainWindow window(context);
    window.resize(1366, 768);
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));

    for (const auto& [page, field] :
         {std::pair{"residents", "residentSearchLineEdit"}, std::pair{"staff", "staffSearchLineEdit"}}) {
        REQUIRE(window.showPage(QString::fromLatin1(page)));
        auto* search = window.findChild<QLineEdit*>(QString::fromLatin1(field));
        REQUIRE(search != nullptr);
        search->setText(QStringLiteral("old"));
        window.findChild<QListWidget*>(QStringLiteral("navigationList"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        INFO(page);
        CHECK(search->hasFocus());
        CHECK(search->selectedText() == QStringLiteral("old"));
    }
    // The staff page's box finds people by pinyin, the surname read as a surname.
    auto* search = window.findChild<QLineEdit*>(QStringLiteral("staffSearchLineEdit"));
    QTest::keyClicks(search, QStringLiteral("zeng"));
    auto* table = window.findChild<QTableView*>(QStringLiteral("staffTableView"));
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, 0).data().toString() == QStringLiteral("曾丽"));
}

TEST_CASE("The window icon is built into the program", "[ui][mainwindow]")
{
    // The icon comes from jinglao_ui's resources; it was once left out by the linker.
    const QIcon icon(QStringLiteral(":/jinglao/icons/jinglao.svg"));
    REQUIRE(QFile::exists(QStringLiteral(":/jinglao/icons/jinglao.svg")));
    CHECK_FALSE(icon.pixmap(32, 32).isNull());
}

TEST_CASE("The main window opens inside the screen's free area", "[ui][mainwindow]")
{
    const QSize wanted(1366, 768);
    const QSize frame(2, 32);
    SECTION("on a 1366×768 screen with a task bar it is maximised, so the status bar shows")
    {
        const QRect available(0, 0, 1366, 728);
        const ui::WindowPlacement placement = ui::initialPlacement(available, wanted, frame);
        CHECK(placement.maximised);
        CHECK(available.contains(placement.geometry));
    }
    SECTION("on a larger screen it opens at 1366×768, centred, title bar included")
    {
        const QRect available(0, 0, 1920, 1040);
        const ui::WindowPlacement placement = ui::initialPlacement(available, wanted, frame);
        CHECK_FALSE(placement.maximised);
        CHECK(placement.geometry.size() == wanted);
        CHECK(placement.geometry.top() - frame.height() >= 0);
        CHECK(placement.geometry.bottom() <= available.bottom());
        CHECK(std::abs(placement.geometry.center().x() - available.center().x()) <= 1);
    }
    SECTION("on a second screen it stays on that screen")
    {
        const QRect available(1920, 0, 1600, 900);
        const ui::WindowPlacement placement = ui::initialPlacement(available, wanted, frame);
        CHECK_FALSE(placement.maximised);
        CHECK(available.contains(placement.geometry));
    }
}

TEST_CASE("File ▸ Restore from backup checks the file and asks before the database is replaced",
          "[ui][mainwindow][restore]")
{
    testing::TempDatabase db;
    const core::Actor admin(QStringLiteral("wang"), core::Role::Administrator);
    ui::AppContext context(db.db(), admin);
    ui::MainWindow window(context);
    auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    CHECK(restore->isVisible());
    const QString backup = db.dir() + QStringLiteral("/monday.sqlite");
    REQUIRE(window.backUpTo(backup));

    testing::UiMessages messages;
    QStringList requested;
    QObject::connect(&window, &ui::MainWindow::restoreRequested,
                     [&](const QString& path) { requested.append(path); });
    QStringList questions;
    bool answer = false;
    ui::setQuestionAnswererForTesting([&](const QString&, const QString& question) {
        questions.append(question);
        return answer;
    });

    // Refused before anything is asked: the open database itself, a file that is no database.
    CHECK_FALSE(window.requestRestore(db.path()));
    const QString text = db.dir() + QStringLiteral("/notes.sqlite");
    {
        QFile file(text);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    }
    CHECK_FALSE(window.requestRestore(text));
    REQUIRE(messages.shown.size() == 2);
    CHECK(messages.shown.at(1).contains(QStringLiteral("notes.sqlite")));
    CHECK(questions.isEmpty());

    CHECK_FALSE(window.requestRestore(backup)); // the person says no
    REQUIRE(questions.size() == 1);
    CHECK(questions.at(0).contains(QDir::toNativeSeparators(backup)));
    CHECK(questions.at(0).contains(QStringLiteral("backed up first")));
    CHECK(requested.isEmpty());
    answer = true;
    CHECK(window.requestRestore(backup));
    CHECK(requested == QStringList{QFileInfo(backup).absoluteFilePath()});
    ui::setQuestionAnswererForTesting({});
}

TEST_CASE("Nurses have no restore, and everyone's first start of the day writes the daily backup",
          "[ui][mainwindow][restore]")
{
    testing::TempDatabase db;
    const core::Actor nurse(QStringLiteral("zhao"), core::Role::Nurse);
    ui::AppContext context(db.db(), nurse);
    ui::MainWindow window(context);
    auto* restore = window.findChild<QAction*>(QStringLiteral("restoreAction"));
    REQUIRE(restore);
    CHECK_FALSE(restore->isVisible());
    testing::UiMessages messages;
    window.backUpDailyIfDue();
    CHECK(messages.shown.isEmpty());
    CHECK(QFile::exists(db.dir() + QStringLiteral("/backups/jinglao-daily-%1.sqlite")
                                       .arg(core::Clock::today().toString(QStringLiteral("yyyyMMdd")))));
    auto* label = window.findChild<QLabel*>(QStringLiteral("backupLabel"));
    REQUIRE(label);
    CHECK(label->text().startsWith(QStringLiteral("Last backup: ")));
}

TEST_CASE("Help ▸ User guide shows the guide in the program's language with its screenshots",
          "[ui][mainwindow]")
{
    const QString chinese = ui::GuideDialog::findGuide(QStringLiteral("zh_CN"));
    const QString english = ui::GuideDialog::findGuide(QStringLiteral("en"));
    REQUIRE(chinese.endsWith(QStringLiteral("guide_zh_CN.md")));
    REQUIRE(english.endsWith(QStringLiteral("guide_en.md")));
    ui::GuideDialog dialog(chinese);
    auto* browser = dialog.findChild<QTextBrowser*>(QStringLiteral("guideBrowser"));
    REQUIRE(browser);
    const QString text = browser->toPlainText();
    CHECK(text.contains(QStringLiteral("备份与恢复")));
    CHECK_FALSE(text.contains(QStringLiteral("## "))); // read as Markdown, not shown as its source
    // The screenshots resolve beside the guide.
    CHECK_FALSE(browser->document()
                    ->resource(QTextDocument::ImageResource, QUrl(QStringLiteral("screenshots/home.png")))
                    .isNull());

    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor::osUser());
    ui::MainWindow window(context);
    auto* action = window.findChild<QAction*>(QStringLiteral("guideAction"));
    REQUIRE(action);
    CHECK(action->isEnabled());
}

// The guide as the program shows it, in Chinese (docs/screenshots/guide.png):
//   JINGLAO_SCREENSHOT_DIR=docs/screenshots build/tests/jinglao_ui_tests "[guide-screenshot]"
TEST_CASE("Screenshot of the user guide in the program", "[.][screenshots][guide-screenshot]")
{
    const QString folder = qEnvironmentVariable("JINGLAO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    const testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    ui::GuideDialog dialog(ui::GuideDialog::findGuide(QStringLiteral("zh_CN")));
    dialog.show();
    QApplication::processEvents();
    CHECK(dialog.grab().save(QDir(folder).filePath(QStringLiteral("guide.png"))));
}
