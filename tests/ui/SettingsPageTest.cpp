// 设置: administrators enter the center's details (the window title follows) and how many daily
// backups are kept; others do not see it.

#include "center/SettingsPage.h"

#include "TempDatabase.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "mainwindow/MainWindow.h"
#include "storage/BackupService.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("An administrator saves the center's details on the settings page", "[ui][center]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("wang"), core::Role::Administrator));
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("settings")));
    auto* page = window.findChild<ui::SettingsPage*>();
    REQUIRE(page);
    auto* name = page->findChild<QLineEdit*>(QStringLiteral("centerNameLineEdit"));
    auto* code = page->findChild<QLineEdit*>(QStringLiteral("facilityCodeLineEdit"));
    auto* message = page->findChild<QLabel*>(QStringLiteral("settingsMessageLabel"));
    REQUIRE(name);
    REQUIRE(code);
    name->setText(QStringLiteral("三家镇敬老院"));

    SECTION("a bad facility code is named under the form and nothing is saved")
    {
        code->setText(QStringLiteral("三家镇"));
        page->findChild<QPushButton*>(QStringLiteral("saveCenterButton"))->click();
        CHECK(message->text().contains(core::CenterService::facilityCodeLabel()));
        CHECK(core::CenterService(db.db()).profile().name.isEmpty());
    }
    SECTION("a good form is saved and the window title shows the center")
    {
        code->setText(QStringLiteral("hb130821-021"));
        page->findChild<QPushButton*>(QStringLiteral("saveCenterButton"))->click();
        CHECK(core::CenterService(db.db()).profile().facilityCode == QStringLiteral("HB130821-021"));
        CHECK(code->text() == QStringLiteral("HB130821-021"));
        CHECK(window.windowTitle().startsWith(QStringLiteral("三家镇敬老院")));
    }
}

TEST_CASE("Nurses and read-only users do not see the settings page", "[ui][center]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("zhao"), core::Role::Nurse));
    ui::MainWindow window(context);
    auto* navigation = window.findChild<QListWidget*>(QStringLiteral("navigationList"));
    const int row = static_cast<int>(window.pageIds().indexOf(QStringLiteral("settings")));
    REQUIRE(row >= 0);
    CHECK(navigation->item(row)->isHidden());
}

TEST_CASE("The settings page names the backups folder and keeps the number of daily backups",
          "[ui][center][restore]")
{
    testing::TempDatabase db;
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("wang"), core::Role::Administrator));
    ui::MainWindow window(context);
    REQUIRE(window.showPage(QStringLiteral("settings")));
    auto* page = window.findChild<ui::SettingsPage*>();
    REQUIRE(page);
    auto* folder = page->findChild<QLabel*>(QStringLiteral("backupFolderLabel"));
    auto* kept = page->findChild<QSpinBox*>(QStringLiteral("keptDailyBackupsSpinBox"));
    auto* message = page->findChild<QLabel*>(QStringLiteral("backupSettingsMessageLabel"));
    REQUIRE(folder);
    REQUIRE(kept);
    REQUIRE(message);
    CHECK(folder->text().contains(QDir::toNativeSeparators(db.dir() + QStringLiteral("/backups"))));
    CHECK(kept->value() == 30);
    kept->setValue(60);
    page->findChild<QPushButton*>(QStringLiteral("saveBackupSettingsButton"))->click();
    CHECK(message->text() == QStringLiteral("Saved."));
    CHECK(core::BackupService(db.db()).keptDailyBackups() == 60);
}
