// 从表格导入: the spreadsheet import from the residents and staff pages.

#include "sheets/SheetImportDialog.h"

#include "InstalledLanguage.h"
#include "ResidentFixtures.h"
#include "RosterSheets.h"
#include "TempDatabase.h"
#include "UiMessages.h"
#include "common/AppContext.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsPage.h"
#include "staff/StaffPage.h"
#include "staff/StaffTableModel.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::testing;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

QStringList column(QTableWidget* table, int index)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts << (table->item(row, index) ? table->item(row, index)->text() : QString());
    return texts;
}

} // namespace

TEST_CASE("The residents page imports a roster: refused rows shown, Import only when none is", "[sheets][ui]")
{
    UiMessages messages;
    TempDatabase db;
    addBed(db.db(), QStringLiteral("A-101-1"));
    addBed(db.db(), QStringLiteral("A-101-2"));
    const QDate admitted = QDate::currentDate().addDays(-30);
    const QStringList header{s("姓名"), s("证件"), s("床位号"), s("入住日期"), s("人员类别")};
    const QStringList zhang{s("张三"), makeIdNumber(QDate(1945, 3, 12), 1, 1), QStringLiteral("A-101-1"),
                            admitted.toString(Qt::ISODate), s("特困")};
    const QStringList li{s("李四"), makeIdNumber(QDate(1950, 7, 1), 2, 2), QStringLiteral("A-101-1"),
                         admitted.toString(Qt::ISODate), s("低保")};
    const QString bad =
        writeRosterCsv(QDir(db.dir()).filePath(QStringLiteral("bad.csv")), {header, zhang, li});

    ui::AppContext context(db.db(), admin());
    ui::ResidentsPage page(context);
    page.refresh();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("importSheetButton"));
    REQUIRE(button);
    CHECK(button->isEnabled());
    button->click();
    auto* dialog = page.findChild<ui::SheetImportDialog*>(QStringLiteral("sheetImportDialog"));
    REQUIRE(dialog);
    auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    auto* preview = dialog->findChild<QTableWidget*>(QStringLiteral("previewTableWidget"));
    auto* summary = dialog->findChild<QLabel*>(QStringLiteral("previewSummaryLabel"));
    auto* columns = dialog->findChild<QTableWidget*>(QStringLiteral("columnMappingTableWidget"));
    REQUIRE(import);
    REQUIRE(preview);
    REQUIRE(columns);
    CHECK_FALSE(import->isEnabled());

    // 证件 is no header the import knows: the ID number has no column until it is chosen.
    REQUIRE(dialog->loadFile(bad));
    CHECK(columns->rowCount() == 5);
    CHECK_FALSE(import->isEnabled());
    CHECK(column(preview, 5).join(QLatin1Char('\n')).contains(QStringLiteral("ID number")));
    auto* idBox = columns->findChild<QComboBox*>(QStringLiteral("fieldComboBox1"));
    REQUIRE(idBox);
    idBox->setCurrentIndex(idBox->findData(QStringLiteral("id_number")));
    Q_EMIT idBox->activated(idBox->currentIndex());

    // Now the rows are checked: the second one wants the bed the first took.
    CHECK(column(preview, 0) == QStringList{QStringLiteral("2"), QStringLiteral("3")});
    CHECK(column(preview, 2) == QStringList{QStringLiteral("Accepted"), QStringLiteral("Refused")});
    CHECK(preview->item(1, 3)->text() == s("床位号"));
    CHECK(preview->item(1, 5)->text().contains(s("is occupied by 张三")));
    CHECK(summary->text().startsWith(QStringLiteral("1 row"))); // "1 row(s)" without the English plurals
    CHECK(summary->text().contains(QStringLiteral("refused")));
    CHECK_FALSE(import->isEnabled());
    CHECK(page.model()->rowCount() == 0);
    // The refused rows as an error report, for whoever corrects the sheet.
    REQUIRE(dialog->findChild<QPushButton*>(QStringLiteral("saveErrorReportButton"))->isEnabled());
    const QString report = QDir(db.dir()).filePath(QStringLiteral("errors.csv"));
    REQUIRE(dialog->saveErrorReport(report));
    QFile reportFile(report);
    REQUIRE(reportFile.open(QIODevice::ReadOnly));
    CHECK(QString::fromUtf8(reportFile.readAll()).contains(s("床位号")));

    // The corrected sheet imports; the page shows the residents.
    QStringList fixed = li;
    fixed[2] = QStringLiteral("A-101-2");
    const QString good =
        writeRosterCsv(QDir(db.dir()).filePath(QStringLiteral("good.csv")),
                       {{s("姓名"), s("身份证号"), s("床位号"), s("入住日期"), s("人员类别")}, zhang, fixed});
    REQUIRE(dialog->loadFile(good));
    CHECK(column(preview, 2) == QStringList{QStringLiteral("Accepted"), QStringLiteral("Accepted")});
    REQUIRE(import->isEnabled());
    import->click();
    CHECK(dialog->outcome().applied);
    CHECK(page.model()->rowCount() == 2);
    CHECK(messages.shown.isEmpty());
}

TEST_CASE("Only those who may admit residents or add staff see the import enabled", "[sheets][ui]")
{
    TempDatabase db;
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("nurse"), core::Role::Nurse));
    ui::ResidentsPage residents(context);
    residents.refresh();
    CHECK_FALSE(residents.findChild<QPushButton*>(QStringLiteral("importSheetButton"))->isEnabled());
    ui::StaffPage staff(context);
    staff.refresh();
    CHECK_FALSE(staff.findChild<QPushButton*>(QStringLiteral("importSheetButton"))->isEnabled());
}

TEST_CASE("The staff page imports a staff list from XLSX", "[sheets][ui]")
{
    UiMessages messages;
    TempDatabase db;
    const QString file = writeRosterXlsx(QDir(db.dir()).filePath(QStringLiteral("staff.xlsx")),
                                         {{s("姓名"), s("岗位"), s("技能等级"), s("入职日期")},
                                          {s("刘护理"), s("护理员"), s("四级"), QDate(2020, 5, 1)},
                                          {s("陈护士"), s("护士"), QVariant(), QDate(2021, 6, 1)}});
    ui::AppContext context(db.db(), admin());
    ui::StaffPage page(context);
    page.refresh();
    auto* button = page.findChild<QPushButton*>(QStringLiteral("importSheetButton"));
    REQUIRE(button);
    REQUIRE(button->isEnabled());
    button->click();
    auto* dialog = page.findChild<ui::SheetImportDialog*>(QStringLiteral("sheetImportDialog"));
    REQUIRE(dialog);
    REQUIRE(dialog->loadFile(file));
    auto* import = dialog->findChild<QPushButton*>(QStringLiteral("importButton"));
    REQUIRE(import->isEnabled());
    import->click();
    CHECK(page.model()->rowCount() == 2);
    CHECK(messages.shown.isEmpty());
}

// Not run by default: `jinglao_ui_tests "[.sheetscreenshot]"` with JINGLAO_SHOT=FILE.png saves the
// dialog in Chinese at 1366×768 with a refused row, to look at.
TEST_CASE("Screenshot of the import dialog", "[.sheetscreenshot]")
{
    InstalledLanguage chinese(QStringLiteral("zh_CN"));
    TempDatabase db;
    addBed(db.db(), QStringLiteral("A-101-1"));
    const QDate admitted = QDate::currentDate().addDays(-30);
    const QString file = writeRosterCsv(
        QDir(db.dir()).filePath(QStringLiteral("花名册.csv")),
        {{s("幸福敬老院老人花名册")},
         {s("序号"), s("姓名"), s("身份证号"), s("性别"), s("出生日期"), s("床位号"), s("入住日期"),
          s("人员类别"), s("联系电话"), s("紧急联系人"), s("紧急联系电话"), s("备注")},
         {QStringLiteral("1"), s("张三"), makeIdNumber(QDate(1945, 3, 12), 1, 1), s("男"),
          QStringLiteral("1945/3/12"), QStringLiteral("A-101-1"), admitted.toString(Qt::ISODate),
          s("特困供养"), QStringLiteral("13800138000"), s("张小明"), QStringLiteral("13900139000"),
          QString()},
         {QStringLiteral("2"), s("李秀兰"), makeIdNumber(QDate(1950, 7, 1), 2, 2), s("女"),
          QStringLiteral("1950/7/1"), QStringLiteral("A-101-1"), admitted.toString(Qt::ISODate), s("低保"),
          QString(), s("李强"), QStringLiteral("13700137000"), QString()},
         {QStringLiteral("3"), s("王五"), makeIdNumber(QDate(1948, 1, 2), 1, 3), s("男"),
          QStringLiteral("1948/1/2"), QString(), QStringLiteral("2024-13-01"), s("社会老人"), QString(),
          QString(), QString(), QString()}});
    ui::AppContext context(db.db(), admin());
    ui::SheetImportDialog dialog(context, core::SheetKind::Residents);
    dialog.resize(1000, 660);
    dialog.show();
    REQUIRE(dialog.loadFile(file));
    const QString target = qEnvironmentVariable("JINGLAO_SHOT");
    if (!target.isEmpty())
        CHECK(dialog.grab().save(target));
}
