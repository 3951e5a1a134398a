#pragma once
// 县级汇总: for the county officer, the figures of many centers side by side from a folder of
// their packages (core::CountySummaryService; nothing is imported): a month, a table per center
// and the county's total with the centers below target flagged, bar charts of the nursing-bed
// ratio, the special-difficulty visit rate and the occupancy, and the table exported to XLSX or CSV.

#include "common/Page.h"
#include "county/CountySummary.h"

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace jinglao::ui {

class PageHeader;

class CountyPage : public Page {
    Q_OBJECT

public:
    explicit CountyPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("county"); }
    QString title() const override;

    // Reads the packages in folder for month (empty: the latest); false (after saying why) when refused.
    bool load(const QString& folder, const QString& month = {});
    bool exportTo(const QString& path);
    const core::CountySummary& summary() const { return m_summary; }

private:
    void showSummary();
    void showCharts();

    PageHeader* m_header = nullptr;
    QLabel* m_folderLabel = nullptr;
    QComboBox* m_month = nullptr;
    QTableWidget* m_table = nullptr;
    QChartView* m_nursingChart = nullptr;
    QChartView* m_visitChart = nullptr;
    QChartView* m_occupancyChart = nullptr;
    QList<QPushButton*> m_exportButtons;
    QString m_folder;
    core::CountySummary m_summary;
};

} // namespace jinglao::ui
