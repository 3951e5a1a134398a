#pragma once
// The home page's charts of the last months, drawn from the monthly report's figures
// (core::ReportService, the same code as the 月报): occupancy, residents by care level, the
// nursing-bed ratio against its 55 % target, the special-difficulty visit rate against 100 %,
// referrals out and back, incidents by type. Two charts a row, each tall enough for Chinese
// labels at 1366×768; a chart with nothing to show (no referral in these months) says so instead
// of drawing zeros. The views are named <name>ChartView, their notes <name>ChartHintLabel.

#include "reports/ReportService.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <functional>

class QChart;
class QChartView;
class QGridLayout;
class QLabel;

namespace jinglao::ui {

class TrendCharts : public QWidget {
    Q_OBJECT

public:
    explicit TrendCharts(QWidget* parent = nullptr);

    // Redraws every chart from these months, oldest first (at least one).
    void setReports(const QList<core::MonthlyReport>& reports);

    // The colours of the program (the figure cards' and lists' marks), for the series in order.
    static QList<QColor> seriesColours();

private:
    struct Cell {
        QChartView* view = nullptr;
        QLabel* hint = nullptr;
    };
    Cell addCell(const QString& name, int index);
    // Shows chart in the cell, or the hint instead when chart is null.
    void showChart(Cell& cell, QChart* chart, const QString& emptyText);

    QGridLayout* m_grid = nullptr;
    Cell m_occupancy;
    Cell m_careLevels;
    Cell m_nursingRatio;
    Cell m_visitRate;
    Cell m_referrals;
    Cell m_incidents;
};

} // namespace jinglao::ui
