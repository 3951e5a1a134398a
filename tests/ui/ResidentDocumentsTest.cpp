// The documents printed about a resident (bed-head card, admission record, assessment report):
// reachable from the resident's view, written as searchable PDFs with the records' data, audited.

#include "residents/ResidentDocuments.h"

#include "ExportedText.h"
#include "ReportFixture.h"
#include "assessments/AssessmentItems.h"
#include "assessments/ResidentAssessmentsSection.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "residents/ResidentDetailView.h"
#include "storage/Sql.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QMenu>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

// No CJK radical (U+2E80–U+2FDF) where an ideograph was written.
bool withoutRadicals(const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
            return false;
    }
    return true;
}

} // namespace

TEST_CASE("A resident's bed-head card, admission record and assessment report are searchable PDFs",
          "[ui][documents]")
{
    testing::ReportFixture center;
    core::CenterProfile profile;
    profile.name = QStringLiteral("老工人之家敬老院"); // 老, 工 and 人 are drawn like radicals
    profile.facilityCode = QStringLiteral("HB130821-003");
    core::CenterService(center.db()).save(center.admin, profile);
    QTemporaryDir dir;

    SECTION("The bed-head card: name, bed, care level, emergency contact")
    {
        const QString path = dir.filePath(QStringLiteral("card.pdf"));
        ui::ResidentDocuments::bedCard(center.db(), center.admin, center.zhang)
            .writePdf(center.db(), center.admin, path);
        const QString text = testing::pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("老工人之家敬老院")));
        CHECK(text.contains(QStringLiteral("张一")));
        CHECK(text.contains(QStringLiteral("A-101-1")));
        CHECK(text.contains(QStringLiteral("Severely disabled")));
        CHECK(text.contains(QStringLiteral("2026-10-31")));
        CHECK(withoutRadicals(text));
    }
    SECTION("Print to file from the print dialog writes the same searchable PDF, audited")
    {
        const QString path = dir.filePath(QStringLiteral("printed-card.pdf"));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(path);
        CHECK(ui::PrintedDocument::pdfFileOf(printer) == path);
        ui::ResidentDocuments::bedCard(center.db(), center.admin, center.zhang)
            .printOn(printer, center.db(), center.admin);
        const QString text = testing::pdfText(path);
        CHECK(text.contains(QStringLiteral("老工人之家敬老院")));
        CHECK(withoutRadicals(text));
        CHECK(core::sql::scalar(center.db(),
                                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND "
                                               "new_values LIKE '%printed-card.pdf%'"))
                  .toInt() == 1);
        QPrinter paper(QPrinter::HighResolution);
        paper.setOutputFormat(QPrinter::NativeFormat);
        CHECK(ui::PrintedDocument::pdfFileOf(paper).isEmpty());
    }
    SECTION("The admission record: personal data, stays and beds, signature lines")
    {
        const QString path = dir.filePath(QStringLiteral("admission.pdf"));
        ui::ResidentDocuments::admissionRecord(center.db(), center.admin, center.zhao)
            .writePdf(center.db(), center.admin, path);
        const QString text = testing::pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("赵四")));
        CHECK(text.contains(QStringLiteral("1942-02-02")));
        CHECK(text.contains(QStringLiteral("2026-05-01")));
        CHECK(text.contains(QStringLiteral("B-201-1")));
        CHECK(text.contains(QStringLiteral("Resident or guardian")));
        CHECK(withoutRadicals(text));
    }
    SECTION("The assessment report: every item, the dimension sums, the levels, the assessor")
    {
        const QString uid =
            core::sql::scalar(center.db(),
                              QStringLiteral("SELECT uid FROM assessments WHERE resident_uid = ? AND "
                                             "assessed_on = '2026-10-31'"),
                              {center.zhang})
                .toString();
        const QString path = dir.filePath(QStringLiteral("assessment.pdf"));
        ui::ResidentDocuments::assessmentReport(center.db(), center.admin, uid)
            .writePdf(center.db(), center.admin, path);
        const QString text = testing::pdfText(path);
        INFO(text.toStdString());
        CHECK(text.contains(QStringLiteral("张一")));
        CHECK(text.contains(QStringLiteral("2026-10-31")));
        for (const core::AssessmentItems::Item& item : core::AssessmentItems::all())
            CHECK(text.contains(core::AssessmentItems::label(item)));
        CHECK(text.contains(QStringLiteral("40"))); // the total
        CHECK(text.contains(QStringLiteral("90")));
        CHECK(text.contains(QStringLiteral("Severely disabled")));
        CHECK(text.contains(QStringLiteral("评估员")));
        CHECK(text.contains(QStringLiteral("Second assessor")));
        CHECK(withoutRadicals(text));
        CHECK(core::sql::scalar(center.db(), QStringLiteral("SELECT new_values FROM audit_log WHERE action = "
                                                            "'EXPORT'"))
                  .toString()
                  .contains(QStringLiteral("assessment_report_pdf")));
    }
}

TEST_CASE("The resident's view offers the card, the record and the selected assessment's report",
          "[ui][documents]")
{
    testing::ReportFixture center;
    ui::AppContext context(center.db(), center.admin);
    ui::ResidentDetailView view(context);
    view.setResident(center.zhang);
    auto* card = view.findChild<QPushButton*>(QStringLiteral("bedCardButton"));
    auto* record = view.findChild<QPushButton*>(QStringLiteral("admissionRecordButton"));
    REQUIRE(card);
    REQUIRE(record);
    CHECK(card->isEnabled());
    CHECK(record->isEnabled());
    REQUIRE(card->menu());
    CHECK(card->menu()->findChild<QAction*>(QStringLiteral("printBedCardAction")));
    CHECK(card->menu()->findChild<QAction*>(QStringLiteral("saveBedCardPdfAction")));
    CHECK(record->menu()->findChild<QAction*>(QStringLiteral("saveAdmissionRecordPdfAction")));

    auto* section = view.findChild<ui::ResidentAssessmentsSection*>();
    REQUIRE(section);
    auto* report = section->findChild<QPushButton*>(QStringLiteral("assessmentReportButton"));
    REQUIRE(report);
    CHECK_FALSE(report->isEnabled());
    auto* table = section->findChild<QTableView*>(QStringLiteral("residentAssessmentsTableView"));
    table->selectRow(0);
    CHECK(report->isEnabled());
    CHECK(section->selectedAssessment().assessedOn == QDate(2026, 10, 31)); // the newest first
    CHECK(report->menu()->findChild<QAction*>(QStringLiteral("printAssessmentReportAction")));

    // A discharged resident has no bed to hang a card on; the record is still there.
    view.setResident(center.wang);
    CHECK_FALSE(card->isEnabled());
    CHECK(record->isEnabled());
}
