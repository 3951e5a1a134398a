// Every list's 导出表格…: the rows of the current filter, the columns in view, in the list's order,
// the text as shown (masked for the role), into XLSX or CSV through the one shared button, audited
// with the filter. The save dialog is answered through setSaveFileChooserForTesting.

#include "ExportedText.h"
#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "UiMessages.h"
#include "auth/Privacy.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/TableExportButton.h"
#include "residents/ResidentTableModel.h"
#include "residents/ResidentsPage.h"
#include "roster/RosterPage.h"
#include "roster/RosterService.h"
#include "staff/StaffService.h"
#include "storage/Sql.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

// Answers the save dialog with a file in a temporary folder; forgets it at the end of the test.
struct ChosenFile {
    explicit ChosenFile(const QString& name)
        : path(QDir(dir.path()).filePath(name))
    {
        ui::TableExportButton::setSaveFileChooserForTesting([this](const QString& proposed) {
            suggested = proposed;
            return path;
        });
    }
    ~ChosenFile() { ui::TableExportButton::setSaveFileChooserForTesting({}); }
    ChosenFile(const ChosenFile&) = delete;
    ChosenFile& operator=(const ChosenFile&) = delete;

    // The CSV's lines without the BOM.
    QStringList csvLines() const
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        REQUIRE(bytes.startsWith("\xEF\xBB\xBF"));
        QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        REQUIRE(lines.takeLast().isEmpty()); // every row ends with CRLF
        return lines;
    }

    QTemporaryDir dir;
    QString path;
    QString suggested;
};

QJsonObject lastExport(core::Database& db, const QString& table)
{
    const QVariantMap row = core::sql::row(
        db, QStringLiteral("SELECT action, table_name, new_values FROM audit_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(row.value(QStringLiteral("action")).toString() == QStringLiteral("EXPORT"));
    CHECK(row.value(QStringLiteral("table_name")).toString() == table);
    return QJsonDocument::fromJson(row.value(QStringLiteral("new_values")).toString().toUtf8()).object();
}

struct Residents {
    Residents()
    {
        core::ResidentService residents(db.db());
        const QDate admitted = QDate::currentDate().addDays(-30);
        core::ResidentInput zhang = testing::person(QStringLiteral("张三"), QDate(1940, 3, 1), 1, admitted,
                                                    testing::addBed(db.db(), QStringLiteral("A-101-2")), 1);
        core::ResidentInput li = testing::person(QStringLiteral("李秀兰"), QDate(1938, 5, 6), 2, admitted,
                                                 testing::addBed(db.db(), QStringLiteral("A-101-1")), 2);
        li.category = core::ResidentCategory::SH;
        core::ResidentInput wang = testing::person(QStringLiteral("王五"), QDate(1936, 1, 9), 1, admitted,
                                                   testing::addBed(db.db(), QStringLiteral("A-102-1")), 3);
        zhangId = zhang.idNumber;
        for (const core::ResidentInput& input : {zhang, li, wang})
            residents.admit(testing::admin(), input);
    }

    testing::TempDatabase db;
    testing::UiMessages messages;
    QString zhangId;
};

ui::TableExportButton* exportButton(QWidget& page, const QString& list)
{
    auto* button = page.findChild<ui::TableExportButton*>(list + QStringLiteral("TableExportButton"));
    REQUIRE(button);
    return button;
}

} // namespace

TEST_CASE("The residents list exports the filtered rows and the columns in view as CSV", "[tableexport][ui]")
{
    Residents f;
    ui::AppContext context(f.db.db(), testing::admin());
    ui::ResidentsPage page(context);
    page.refresh();
    REQUIRE(page.model()->rowCount() == 3);
    auto* category = page.findChild<QComboBox*>(QStringLiteral("categoryComboBox"));
    category->setCurrentIndex(
        category->findData(core::residentCategoryCodes().code(core::ResidentCategory::TK)));
    REQUIRE(page.model()->rowCount() == 2);

    ChosenFile chosen(QStringLiteral("residents.csv"));
    exportButton(page, QStringLiteral("residents"))->click();
    CHECK(f.messages.shown.isEmpty());
    CHECK(chosen.suggested.endsWith(QStringLiteral(".xlsx")));

    const QStringList lines = chosen.csvLines();
    REQUIRE(lines.size() == 3);
    // The discharge date is hidden while the list shows current residents: not exported.
    CHECK(lines.at(0) == QStringLiteral("Name,Gender,Age,Category,Bed,Care level,Admitted,ID number"));
    // Only the filtered category, in the list's order (by bed: A-101-2 before A-102-1), ID in full
    // for an administrator.
    CHECK(lines.at(1).startsWith(QStringLiteral("张三,")));
    CHECK(lines.at(1).contains(QStringLiteral("A-101-2")));
    CHECK(lines.at(1).endsWith(f.zhangId));
    CHECK(lines.at(2).startsWith(QStringLiteral("王五,")));
    CHECK_FALSE(lines.join(QLatin1Char('\n')).contains(QStringLiteral("李秀兰")));

    const QJsonObject what = lastExport(f.db.db(), QStringLiteral("residents"));
    CHECK(what.value(QStringLiteral("kind")).toString() == QStringLiteral("residents_list_csv"));
    CHECK(what.value(QStringLiteral("records")).toInt() == 2);
    const QString scope = what.value(QStringLiteral("scope")).toString();
    CHECK(scope.contains(core::residentCategoryCodes().label(core::ResidentCategory::TK)));
    CHECK(scope.contains(page.findChild<QComboBox*>(QStringLiteral("presenceComboBox"))->currentText()));
}

TEST_CASE("The residents list exports as XLSX with its filter, in the view's sort order", "[tableexport][ui]")
{
    Residents f;
    ui::AppContext context(f.db.db(), testing::admin());
    ui::ResidentsPage page(context);
    page.refresh();
    auto* table = page.findChild<QTableView*>(QStringLiteral("residentTableView"));
    REQUIRE(table);
    table->sortByColumn(ui::ResidentTableModel::Age, Qt::DescendingOrder); // oldest first
    table->setColumnHidden(ui::ResidentTableModel::Gender, true);

    ChosenFile chosen(QStringLiteral("residents.xlsx"));
    exportButton(page, QStringLiteral("residents"))->click();
    CHECK(f.messages.shown.isEmpty());

    const QString strings = testing::xlsxStrings(chosen.path);
    CHECK(strings.contains(QStringLiteral("<t>王五</t>")));
    CHECK(strings.contains(QStringLiteral("<t>李秀兰</t>")));
    CHECK_FALSE(strings.contains(QStringLiteral("<t>Gender</t>"))); // the hidden column
    CHECK(strings.contains(QStringLiteral("Current residents")));   // the filter, in the title rows
    // Rows in the view's order (by age now, not by bed); ages are numbers.
    const QString sheet =
        testing::toolOutput(QStringLiteral("unzip"),
                            {QStringLiteral("-p"), chosen.path, QStringLiteral("xl/worksheets/sheet1.xml")});
    QStringList shown;
    for (int row = 0; row < page.model()->rowCount(); ++row)
        shown.append(page.model()->index(row, ui::ResidentTableModel::Name).data().toString());
    REQUIRE(shown.size() == 3);
    CHECK(shown != QStringList({QStringLiteral("李秀兰"), QStringLiteral("张三"), QStringLiteral("王五")}));
    // Shared strings are numbered in the order they are first written.
    const qsizetype first = strings.indexOf(QStringLiteral("<t>%1</t>").arg(shown.at(0)));
    const qsizetype second = strings.indexOf(QStringLiteral("<t>%1</t>").arg(shown.at(1)));
    const qsizetype third = strings.indexOf(QStringLiteral("<t>%1</t>").arg(shown.at(2)));
    CHECK(first >= 0);
    CHECK(first < second);
    CHECK(second < third);
    CHECK(sheet.contains(QRegularExpression(QStringLiteral("<c r=\"B6\"[^>]*><v>\\d+</v></c>"))));
    CHECK(lastExport(f.db.db(), QStringLiteral("residents")).value(QStringLiteral("kind")).toString() ==
          QStringLiteral("residents_list_xlsx"));
}

TEST_CASE("A role that sees ID numbers masked exports them masked", "[tableexport][ui][privacy]")
{
    Residents f;
    ui::AppContext context(f.db.db(), core::Actor(QStringLiteral("reader"), core::Role::ReadOnly));
    ui::ResidentsPage page(context);
    page.refresh();
    ChosenFile chosen(QStringLiteral("residents.csv"));
    exportButton(page, QStringLiteral("residents"))->click();
    CHECK(f.messages.shown.isEmpty());
    const QString text = chosen.csvLines().join(QLatin1Char('\n'));
    CHECK_FALSE(text.contains(f.zhangId));
    CHECK(text.contains(core::privacy::maskIdNumber(f.zhangId)));
}

TEST_CASE("The roster grid exports its month with the people's names", "[tableexport][ui]")
{
    core::Clock::setFixedForTesting(QDateTime(QDate(2026, 11, 10), QTime(9, 0), QTimeZone(8 * 3600)));
    testing::TempDatabase db;
    testing::UiMessages messages;
    ui::AppContext context(db.db(), testing::admin());
    core::StaffMember member;
    member.name = QStringLiteral("张护理");
    member.role = core::StaffRole::Caregiver;
    member.hireDate = QDate(2025, 1, 1);
    const QString uid = core::StaffService(db.db()).add(context.actor(), member);
    core::RosterService(db.db()).setDay(context.actor(), uid, QDate(2026, 11, 2), {QStringLiteral("D")});
    ui::RosterPage page(context);
    page.refresh();

    ChosenFile chosen(QStringLiteral("roster.csv"));
    exportButton(page, QStringLiteral("roster"))->click();
    CHECK(messages.shown.isEmpty());
    const QStringList lines = chosen.csvLines();
    REQUIRE(lines.size() >= 2);
    CHECK(lines.at(0).startsWith(QStringLiteral(",1 "))); // a column for the names, then the days
    const QStringList cells = lines.at(1).split(QLatin1Char(','));
    REQUIRE(cells.size() > 3);
    CHECK(cells.at(0) == QStringLiteral("张护理"));
    CHECK(cells.at(2) == QStringLiteral("D")); // Monday the 2nd
    const QJsonObject what = lastExport(db.db(), QStringLiteral("shifts"));
    CHECK(what.value(QStringLiteral("kind")).toString() == QStringLiteral("roster_list_csv"));
    CHECK(what.value(QStringLiteral("scope")).toString() == QStringLiteral("2026-11"));
    core::Clock::resetForTesting();
}

TEST_CASE("A list export to a file that is neither .xlsx nor .csv is refused with a message",
          "[tableexport][ui]")
{
    Residents f;
    ui::AppContext context(f.db.db(), testing::admin());
    ui::ResidentsPage page(context);
    page.refresh();
    ChosenFile chosen(QStringLiteral("residents.txt"));
    exportButton(page, QStringLiteral("residents"))->click();
    REQUIRE(f.messages.shown.size() == 1);
    CHECK(f.messages.shown.first().contains(QStringLiteral("residents.txt")));
    CHECK_FALSE(QFile::exists(chosen.path));
}
