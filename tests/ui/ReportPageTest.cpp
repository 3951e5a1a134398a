// The monthly report page: a month's figures previewed, a range as a trend table, a month before
// the records said where the table would be, and the exports written and audited.

#include "reports/ReportPage.h"

#include "ExportedText.h"
#include "ReportFixture.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/EmptyStateHint.h"
#include "reports/MonthlyReportDocument.h"
#include "storage/Sql.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPrinter>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

QString cell(QTableWidget* table, const QString& label, int column)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 1) && table->item(row, 1)->text() == label)
            return table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    FAIL("no row " << label.toStdString());
    return {};
}

} // namespace

TEST_CASE("The report page previews a month and a range, and exports them", "[ui][reports]")
{
    testing::ReportFixture center;
    ui::AppContext context(center.db(), center.admin);
    ui::ReportPage page(context);
    page.resize(1366, 768);
    page.setMonths(QDate(2026, 10, 1), QDate(2026, 10, 1));

    REQUIRE(page.reports().size() == 1);
    QTableWidget* table = page.table();
    CHECK(table->columnCount() == 3);
    CHECK(cell(table, QStringLiteral("Beds in service"), 2) == QStringLiteral("5"));
    CHECK(cell(table, QStringLiteral("Nursing-bed ratio"), 2) == QStringLiteral("80.0%"));
    CHECK(cell(table, QStringLiteral("Monthly visit rate"), 2) == QStringLiteral("50.0%"));
    auto* nursing = page.findChild<QLabel*>(QStringLiteral("nursingRatioValueLabel"));
    REQUIRE(nursing);
    CHECK(nursing->text() == QStringLiteral("80.0%"));

    page.setMonths(QDate(2026, 8, 1), QDate(2026, 10, 1));
    REQUIRE(page.reports().size() == 3);
    CHECK(table->columnCount() == 5);
    CHECK(page.findChild<QCheckBox*>(QStringLiteral("rangeCheckBox"))->isChecked());
    CHECK(cell(table, QStringLiteral("Beds in service"), 3) == QStringLiteral("6"));

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("m.csv"));
    const QString xlsx = dir.filePath(QStringLiteral("m.xlsx"));
    REQUIRE(page.exportTo(core::MonthlyReportExport::Format::Csv, csv));
    REQUIRE(page.exportTo(core::MonthlyReportExport::Format::Xlsx, xlsx));
    CHECK(QFile::exists(csv));
    CHECK(testing::xlsxStrings(xlsx).contains(QStringLiteral("2026-08")));
    const QList<QVariantMap> exports = core::sql::rows(
        center.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'EXPORT' ORDER BY id"));
    REQUIRE(exports.size() == 2);
    CHECK(exports.at(0)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("2026-08 – 2026-10")));

    page.setMonths(QDate(2019, 12, 1), QDate(2019, 12, 1));
    CHECK(page.reports().isEmpty());
    CHECK(table->rowCount() == 0);
    auto* hint = page.findChild<ui::EmptyStateHint*>(QStringLiteral("reportEmptyStateHint"));
    REQUIRE(hint);
    CHECK(hint->text().contains(QStringLiteral("2019-12")));
    CHECK_FALSE(page.findChild<QPushButton*>(QStringLiteral("exportCSVButton"))->isEnabled());
}

TEST_CASE("The report page saves the months shown as a searchable PDF and prints them, audited",
          "[ui][reports]")
{
    testing::ReportFixture center;
    center.nameCenter();
    ui::AppContext context(center.db(), center.admin);
    ui::ReportPage page(context);
    page.setMonths(QDate(2026, 9, 1), QDate(2026, 10, 1));
    REQUIRE(page.findChild<QPushButton*>(QStringLiteral("exportPDFButton")));
    REQUIRE(page.findChild<QPushButton*>(QStringLiteral("printReportButton")));
    // Two charts for a range: care levels at its end and the trend.
    CHECK(ui::MonthlyReportDocument::charts(page.reports()).size() == 2);
    CHECK_FALSE(ui::MonthlyReportDocument::charts(page.reports()).first().isNull());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("m.pdf"));
    REQUIRE(page.exportTo(core::MonthlyReportExport::Format::Pdf, pdf));
    const QString text = testing::pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("下板城镇敬老院")));
    CHECK(text.contains(QStringLiteral("2026-09")));
    CHECK(text.contains(QStringLiteral("80.0%")));
    CHECK(text.contains(QStringLiteral("吴乙")));

    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    REQUIRE(page.printOn(&printer));
    CHECK(QFile::exists(dir.filePath(QStringLiteral("printed.pdf"))));

    const QList<QVariantMap> exports = core::sql::rows(
        center.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = 'EXPORT' ORDER BY id"));
    REQUIRE(exports.size() == 2);
    CHECK(exports.at(0)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("monthly_report_pdf")));
    CHECK(exports.at(0)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("2026-09 – 2026-10")));
    CHECK(exports.at(1)
              .value(QStringLiteral("new_values"))
              .toString()
              .contains(QStringLiteral("monthly_report_print")));
}
