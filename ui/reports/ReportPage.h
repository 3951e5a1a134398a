#pragma once
// 月报: the monthly report of a month, or of each month of a range as a trend table. The figures
// (the county's indicators and the details) are previewed a figure per row and a month per
// column, the headline ones as cards; CSV (the county's monthly_indicators.csv), XLSX and JSON
// are exported in the background; the PDF and the printout (MonthlyReportDocument, with charts)
// are painted from the months shown.

#include "common/Page.h"
#include "reports/MonthlyReportExport.h"
#include "reports/ReportService.h"

class QCheckBox;
class QPagedPaintDevice;
class QDateEdit;
class QLabel;
class QTableWidget;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;

class ReportPage : public Page {
    Q_OBJECT

public:
    explicit ReportPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("reports"); }
    QString title() const override;
    void refresh() override;

    // The months shown: from the first to the last, both included (one month when no range).
    void setMonths(const QDate& from, const QDate& to);
    QDate fromMonth() const;
    QDate toMonth() const;
    const QList<core::MonthlyReport>& reports() const { return m_reports; }
    QTableWidget* table() const { return m_table; }

    // Exports the months shown to path (in the background, but a PDF: painted here); false (after
    // saying why) when refused.
    bool exportTo(core::MonthlyReportExport::Format format, const QString& path);
    // Prints the months shown on printer (audited); false (after saying why) when refused.
    bool printOn(QPagedPaintDevice* printer);

private:
    void askExport(core::MonthlyReportExport::Format format);
    void showReports();

    PageHeader* m_header = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_range = nullptr;
    QTableWidget* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QLabel* m_nursingValue = nullptr;
    QLabel* m_nursingCaption = nullptr;
    QLabel* m_occupancyValue = nullptr;
    QLabel* m_residentsValue = nullptr;
    QLabel* m_ratioValue = nullptr;
    QLabel* m_visitRateValue = nullptr;
    QLabel* m_visitRateCaption = nullptr;
    QList<QWidget*> m_exportButtons;
    QList<core::MonthlyReport> m_reports;
};

} // namespace jinglao::ui
