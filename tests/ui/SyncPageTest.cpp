// The county package page: export, a dry-run preview that names refused rows, import, history.

#include "county/SyncPage.h"

#include "InstalledLanguage.h"
#include "ReportFixture.h"
#include "TempDatabase.h"
#include "UiMessages.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "county/CountyPage.h"
#include "county/PackageExport.h"
#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

TEST_CASE("The county package page exports, previews, imports once, and refuses a damaged package",
          "[ui][county]")
{
    testing::ReportFixture center;
    center.nameCenter();
    ui::AppContext source(center.db(), center.admin);
    ui::SyncPage exporter(source);
    exporter.resize(1366, 768);
    exporter.refresh();
    CHECK_FALSE(exporter.findChild<QWidget*>(QStringLiteral("incrementalExportRadioButton"))->isEnabled());

    QTemporaryDir dir;
    const QString folder = exporter.exportPackage(dir.path(), core::CountyPackage::Mode::Full);
    REQUIRE_FALSE(folder.isEmpty());
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("manifest.csv"))));
    auto* history = exporter.findChild<QTableWidget*>(QStringLiteral("packageHistoryTable"));
    REQUIRE(history);
    CHECK(history->rowCount() == 1);
    CHECK(exporter.findChild<QWidget*>(QStringLiteral("incrementalExportRadioButton"))->isEnabled());

    testing::TempDatabase target;
    ui::AppContext context(target.db(), testing::admin());
    ui::SyncPage page(context);
    page.resize(1366, 768);
    page.refresh();
    testing::UiMessages messages;
    auto* import = page.findChild<QPushButton*>(QStringLiteral("confirmImportButton"));
    auto* counts = page.findChild<QTableWidget*>(QStringLiteral("importCountsTable"));
    auto* problems = page.findChild<QTableWidget*>(QStringLiteral("importProblemsTable"));
    auto* summary = page.findChild<QLabel*>(QStringLiteral("importSummaryLabel"));
    REQUIRE(import);
    REQUIRE(counts);
    REQUIRE(problems);
    CHECK_FALSE(import->isEnabled());

    REQUIRE(page.previewImport(folder));
    CHECK(counts->rowCount() >= 9);
    CHECK(import->isEnabled());
    CHECK(summary->text().contains(QStringLiteral("下板城镇敬老院")));
    const auto residents = [&] {
        return core::sql::scalar(target.db(), QStringLiteral("SELECT count(*) FROM residents")).toInt();
    };
    CHECK(residents() == 0);
    REQUIRE(page.confirmImport());
    CHECK(residents() > 0);
    CHECK_FALSE(import->isEnabled());
    CHECK(page.findChild<QTableWidget*>(QStringLiteral("packageHistoryTable"))->rowCount() == 1);

    REQUIRE(page.previewImport(folder));
    CHECK_FALSE(import->isEnabled());
    CHECK(page.preview().changes() == 0);

    // A damaged file: refused, named, nothing to import, an error report to save.
    QFile beds(QDir(folder).filePath(QStringLiteral("beds.csv")));
    REQUIRE(beds.open(QIODevice::Append));
    beds.write("x\r\n");
    beds.close();
    REQUIRE(page.previewImport(folder));
    CHECK_FALSE(import->isEnabled());
    REQUIRE(problems->rowCount() == 1);
    CHECK(problems->item(0, 1)->text() == QStringLiteral("beds.csv"));
    CHECK(page.findChild<QPushButton*>(QStringLiteral("saveErrorReportButton"))->isEnabled());
    const QString report = dir.filePath(QStringLiteral("errors.csv"));
    REQUIRE(page.saveErrorReport(report));
    CHECK(QFile::exists(report));
    CHECK_FALSE(page.confirmImport());
    CHECK(messages.shown.isEmpty());
}

TEST_CASE("The county summary page shows a folder's centers, the county's total, and exports them",
          "[ui][county]")
{
    testing::ReportFixture center;
    center.nameCenter();
    QTemporaryDir dir;
    core::PackageExport(center.db()).write(center.admin, dir.path(), core::CountyPackage::Mode::Full);

    ui::AppContext context(center.db(), center.admin);
    ui::CountyPage page(context);
    page.resize(1366, 768);
    REQUIRE(page.load(dir.path(), QStringLiteral("2026-10")));
    auto* table = page.findChild<QTableWidget*>(QStringLiteral("countyTable"));
    REQUIRE(table);
    REQUIRE(table->rowCount() == 2);
    CHECK(table->item(0, 0)->text() == QStringLiteral("下板城镇敬老院"));
    CHECK(table->item(0, 4)->text() == QStringLiteral("80.0")); // the nursing-bed ratio
    CHECK(table->item(1, 2)->text() == QStringLiteral("5"));    // the county's beds
    const QString xlsx = dir.filePath(QStringLiteral("county.xlsx"));
    REQUIRE(page.exportTo(xlsx));
    CHECK(QFile::exists(xlsx));
    testing::UiMessages messages;
    CHECK_FALSE(page.load(dir.filePath(QStringLiteral("missing"))));
    REQUIRE(messages.shown.size() == 1);
    CHECK(messages.shown.first().contains(QStringLiteral("missing")));
    CHECK(table->rowCount() == 2); // the summary shown before stays
}

// The pictures of the county pages in docs/screenshots/, in Chinese:
//   JINGLAO_SCREENSHOT_DIR=docs/screenshots build/tests/jinglao_ui_tests "[county-screenshots]"
// Hidden from ordinary runs; without the variable it does nothing.
TEST_CASE("Screenshots of the county summary and of a package's preview", "[.][county-screenshots]")
{
    const QString folder = qEnvironmentVariable("JINGLAO_SCREENSHOT_DIR");
    if (folder.isEmpty())
        return;
    const testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    QTemporaryDir packages;
    QString firstPackage;
    const QList<std::pair<QString, QString>> centers{
        {QStringLiteral("HB130821-003"), QStringLiteral("下板城镇敬老院")},
        {QStringLiteral("HB130821-005"), QStringLiteral("六沟镇区域养老服务中心")},
        {QStringLiteral("HB130821-011"), QStringLiteral("大石庙镇敬老院")}};
    quint32 seed = 11;
    for (const auto& [code, name] : centers) {
        testing::TempDatabase center;
        core::DemoOptions options;
        options.seed = seed++;
        options.beds = 40;
        options.years = 1;
        core::DemoGenerator(center.db()).run(testing::admin(), options);
        core::CenterProfile profile = core::CenterService(center.db()).profile();
        profile.name = name;
        profile.facilityCode = code;
        core::CenterService(center.db()).save(testing::admin(), profile);
        const QString written = core::PackageExport(center.db())
                                    .write(testing::admin(), packages.path(), core::CountyPackage::Mode::Full)
                                    .folder;
        if (firstPackage.isEmpty())
            firstPackage = written;
    }
    testing::TempDatabase office;
    ui::AppContext context(office.db(), testing::admin());
    ui::CountyPage county(context);
    county.resize(1366, 768);
    county.show();
    REQUIRE(county.load(packages.path()));
    QApplication::processEvents();
    CHECK(county.grab().save(QDir(folder).filePath(QStringLiteral("county.png"))));

    // A center's package checked before it is imported into a new database.
    ui::SyncPage sync(context);
    sync.resize(1366, 768);
    sync.show();
    sync.refresh();
    REQUIRE(sync.previewImport(firstPackage));
    QApplication::processEvents();
    CHECK(sync.grab().save(QDir(folder).filePath(QStringLiteral("sync-preview.png"))));
}
