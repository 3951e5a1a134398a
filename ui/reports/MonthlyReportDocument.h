#pragma once
// The monthly report printed or saved as an A4 PDF: core's document (MonthlyReportExport::html)
// with its charts drawn by Qt Charts — residents by care level at the period's end and, for a
// range of months, occupancy and the nursing-bed ratio against the 55 % target. Audited as
// "monthly_report_pdf" / "monthly_report_print" with the period. Painting charts needs a
// QApplication (the GUI's, or the one jinglao-cli makes for a PDF).

#include "common/PrintedDocument.h"
#include "reports/ReportService.h"

#include <QCoreApplication>
#include <QImage>
#include <QList>

namespace jinglao::ui {

class MonthlyReportDocument {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportDocument)

public:
    static PrintedDocument make(core::Database& db, const core::Actor& actor,
                                const QList<core::MonthlyReport>& reports);

    // The charts, each as an image twice the size it is shown at; none without reports.
    static QList<QImage> charts(const QList<core::MonthlyReport>& reports);
};

} // namespace jinglao::ui
