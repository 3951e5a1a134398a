#include "mainwindow/MainWindow.h"

#include "TempDatabase.h"
#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "storage/Settings.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>

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

    auto* schema = window.findChild<QLabel*>(QStringLiteral("schemaLabel"));
    REQUIRE(schema);
    CHECK(schema->text().contains(QString::number(core::Database::latestSchemaVersion())));
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
    CHECK_FALSE(core::Settings(db.db()).value(core::Settings::LastBackupAt).isEmpty());

    SECTION("a refused backup shows a message and changes nothing")
    {
        CHECK_FALSE(window.backUpTo(db.path()));
        CHECK(messages.size() == 1);
    }
    ui::setMessageSinkForTesting({});
}
