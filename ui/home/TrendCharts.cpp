#include "home/TrendCharts.h"

#include "beds/BedService.h"
#include "residents/ResidentService.h"
#include "shiftlog/Incident.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QPen>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace jinglao::ui {

namespace {

const QColor headingColour(0x37, 0x47, 0x4f);
const QColor textColour(0x26, 0x32, 0x38);
const QColor targetColour(0xc6, 0x28, 0x28);
const QColor gridColour(0xdd, 0xe3, 0xea);

// The months on the horizontal axis: "1月" / "Jan", as the language writes a month short.
QStringList monthLabels(const QList<core::MonthlyReport>& reports)
{
    QStringList labels;
    for (const core::MonthlyReport& report : reports)
        labels.append(QLocale().monthName(report.month.first.month(), QLocale::ShortFormat));
    return labels;
}

std::optional<qint64> valueOf(const core::MonthlyReport& report, const QString& key)
{
    return report.figures.value(key);
}

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    QFont titleFont = chart->titleFont();
    titleFont.setPixelSize(15);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(headingColour);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(6);
    chart->setBackgroundBrush(QColor(0xf5, 0xf7, 0xfa));
    chart->setBackgroundPen(QPen(gridColour));
    chart->setMargins(QMargins(6, 4, 6, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    QFont legendFont = chart->legend()->font();
    legendFont.setPixelSize(12);
    chart->legend()->setFont(legendFont);
    chart->legend()->setLabelColor(textColour);
    return chart;
}

QBarCategoryAxis* monthAxis(QChart* chart, const QStringList& labels)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(labels);
    QFont font = axis->labelsFont();
    font.setPixelSize(12);
    axis->setLabelsFont(font);
    axis->setLabelsColor(textColour);
    axis->setGridLineVisible(false);
    chart->addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* valueAxis(QChart* chart, double max, bool percent)
{
    auto* axis = new QValueAxis;
    QFont font = axis->labelsFont();
    font.setPixelSize(12);
    axis->setLabelsFont(font);
    axis->setLabelsColor(textColour);
    axis->setGridLineColor(gridColour);
    if (percent) {
        axis->setRange(0, 100);
        axis->setTickCount(6);
        axis->setLabelFormat(QStringLiteral("%d%"));
    } else {
        // Whole numbers on round ticks (0, 20, 40 …), the highest below the top.
        axis->setRange(0, std::max(4.0, max));
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%d"));
    }
    chart->addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QAbstractSeries* series, QChart* chart, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

// A line of a percentage in tenths per month; a month without a value (a percentage of nothing)
// is left out rather than drawn as 0.
QLineSeries* percentLine(const QList<core::MonthlyReport>& reports, const QString& key, const QString& name,
                         const QColor& colour, bool* any)
{
    auto* series = new QLineSeries;
    series->setName(name);
    for (int index = 0; index < reports.size(); ++index) {
        if (const std::optional<qint64> tenths = valueOf(reports.at(index), key)) {
            series->append(index, double(*tenths) / 10.0);
            *any = true;
        }
    }
    QPen pen(colour);
    pen.setWidthF(2.5);
    series->setPen(pen);
    series->setPointsVisible(true);
    return series;
}

// The target as a dashed line across the whole chart.
QLineSeries* targetLine(int months, double percent, const QString& name)
{
    auto* series = new QLineSeries;
    series->setName(name);
    series->append(-0.5, percent);
    series->append(months - 0.5, percent);
    QPen pen(targetColour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    series->setPen(pen);
    return series;
}

// A percentage per month as one line, with its target as a dashed line when there is one; null
// when no month has the figure.
struct PercentTarget {
    double percent;
    QString name;
};
QChart* percentChart(const QList<core::MonthlyReport>& reports, const QStringList& labels, const QString& key,
                     const QString& title, const QString& lineName, const QColor& colour,
                     const std::optional<PercentTarget>& target)
{
    bool any = false;
    QLineSeries* line = percentLine(reports, key, lineName, colour, &any);
    if (!any) {
        delete line;
        return nullptr;
    }
    QChart* chart = newChart(title);
    QBarCategoryAxis* x = monthAxis(chart, labels);
    QValueAxis* y = valueAxis(chart, 100, true);
    attach(line, chart, x, y);
    if (target)
        attach(targetLine(int(reports.size()), target->percent, target->name), chart, x, y);
    else
        chart->legend()->hide();
    return chart;
}

// Bars of counts, one set per key; stacked or side by side. Null when every count is 0.
QChart* countBars(const QString& title, const QList<core::MonthlyReport>& reports,
                  const QList<std::pair<QString, QString>>& keysAndNames, bool stacked,
                  const QList<QColor>& colours)
{
    QAbstractBarSeries* series = stacked ? static_cast<QAbstractBarSeries*>(new QStackedBarSeries)
                                         : static_cast<QAbstractBarSeries*>(new QBarSeries);
    double max = 0;
    QList<double> totals(reports.size(), 0.0);
    for (int k = 0; k < keysAndNames.size(); ++k) {
        auto* set = new QBarSet(keysAndNames.at(k).second);
        set->setColor(colours.at(k % colours.size()));
        set->setBorderColor(colours.at(k % colours.size()));
        for (int index = 0; index < reports.size(); ++index) {
            const double value = double(valueOf(reports.at(index), keysAndNames.at(k).first).value_or(0));
            set->append(value);
            totals[index] += value;
            max = std::max(max, value);
        }
        series->append(set);
    }
    if (stacked)
        max = totals.isEmpty() ? 0.0 : *std::max_element(totals.cbegin(), totals.cend());
    if (max <= 0) {
        delete series;
        return nullptr;
    }
    series->setBarWidth(stacked ? 0.6 : 0.8);
    QChart* chart = newChart(title);
    attach(series, chart, monthAxis(chart, monthLabels(reports)), valueAxis(chart, max, false));
    return chart;
}

} // namespace

QList<QColor> TrendCharts::seriesColours()
{
    // The figure cards' green, amber and red, the headings' blue-grey, and the purple and grey
    // the lists use; the care levels run from green (able) to purple (fully dependent).
    return {QColor(0x2e, 0x7d, 0x32), QColor(0x9e, 0x9d, 0x24), QColor(0xb2, 0x6a, 0x00),
            QColor(0xc6, 0x28, 0x28), QColor(0x6a, 0x1b, 0x9a), QColor(0x90, 0xa4, 0xae),
            QColor(0x45, 0x5a, 0x64)};
}

TrendCharts::TrendCharts(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("homeTrendCharts"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(12);
    m_grid->setVerticalSpacing(12);
    m_occupancy = addCell(QStringLiteral("occupancy"), 0);
    m_careLevels = addCell(QStringLiteral("careLevel"), 1);
    m_nursingRatio = addCell(QStringLiteral("nursingRatio"), 2);
    m_visitRate = addCell(QStringLiteral("visitRate"), 3);
    m_referrals = addCell(QStringLiteral("referrals"), 4);
    m_incidents = addCell(QStringLiteral("incidents"), 5);
    m_grid->setColumnStretch(0, 1);
    m_grid->setColumnStretch(1, 1);
}

TrendCharts::Cell TrendCharts::addCell(const QString& name, int index)
{
    Cell cell;
    cell.view = new QChartView(this);
    cell.view->setObjectName(name + QStringLiteral("ChartView"));
    cell.view->setRenderHint(QPainter::Antialiasing);
    cell.view->setMinimumHeight(290);
    cell.view->setFrameShape(QFrame::NoFrame);
    cell.hint = new QLabel(this);
    cell.hint->setObjectName(name + QStringLiteral("ChartHintLabel"));
    cell.hint->setWordWrap(true);
    cell.hint->setAlignment(Qt::AlignCenter);
    cell.hint->setMinimumHeight(290);
    cell.hint->setStyleSheet(
        QStringLiteral("QLabel { color: #455a64; font-size: 14px; background: #f5f7fa; border: 1px solid "
                       "#dde3ea; border-radius: 6px; padding: 16px; }"));
    cell.hint->hide();
    m_grid->addWidget(cell.view, index / 2, index % 2);
    m_grid->addWidget(cell.hint, index / 2, index % 2);
    return cell;
}

void TrendCharts::showChart(Cell& cell, QChart* chart, const QString& emptyText)
{
    QChart* old = cell.view->chart();
    if (chart) {
        cell.view->setChart(chart);
    } else {
        // An empty chart in the hidden view, so that nothing stale is kept.
        cell.view->setChart(new QChart);
    }
    delete old;
    cell.view->setVisible(chart != nullptr);
    cell.hint->setText(emptyText);
    cell.hint->setVisible(chart == nullptr);
}

void TrendCharts::setReports(const QList<core::MonthlyReport>& reports)
{
    const QList<QColor> colours = seriesColours();
    const QStringList labels = monthLabels(reports);

    showChart(m_occupancy,
              percentChart(reports, labels, QStringLiteral("occupancy_rate"), tr("Occupancy rate"),
                           tr("Occupancy rate"), colours.at(6), std::nullopt),
              tr("No beds were in service in these months."));
    {
        QList<std::pair<QString, QString>> levels;
        for (int level = 0; level <= 4; ++level)
            levels.append({QStringLiteral("residents_level_%1").arg(level),
                           core::ResidentService::careLevelLabel(level)});
        levels.append({QStringLiteral("residents_unassessed"), tr("Not assessed")});
        showChart(m_careLevels, countBars(tr("Residents by care level"), reports, levels, true, colours),
                  tr("No residents lived at the center in these months."));
    }
    //: The dashed line of a chart: the nursing-bed ratio's target
    const QString ratioTarget =
        tr("Target %1 %").arg(core::BedSummary::NursingRatioTarget * 100.0, 0, 'f', 0);
    showChart(m_nursingRatio,
              percentChart(reports, labels, QStringLiteral("nursing_bed_ratio"), tr("Nursing-bed ratio"),
                           tr("Nursing-bed ratio"), colours.at(6),
                           PercentTarget{core::BedSummary::NursingRatioTarget * 100.0, ratioTarget}),
              tr("No beds were in service in these months."));
    //: The dashed line of a chart: every special-difficulty elder visited
    const QString visitTarget = tr("Target 100 %");
    showChart(m_visitRate,
              percentChart(reports, labels, QStringLiteral("monthly_visit_rate"),
                           tr("Monthly visit rate of special-difficulty elders"), tr("Visit rate"),
                           colours.at(0), PercentTarget{100.0, visitTarget}),
              tr("No special-difficulty elder had a family care bed in these months, so there is no visit "
                 "rate."));
    showChart(m_referrals,
              countBars(tr("Referrals"), reports,
                        {{QStringLiteral("referrals_out"), tr("Sent out")},
                         {QStringLiteral("referrals_returned"), tr("Back at the center")}},
                        false, {colours.at(2), colours.at(0)}),
              tr("No resident was referred out or came back in these months."));
    {
        QList<std::pair<QString, QString>> kinds;
        for (const core::Incident incident : core::allIncidents())
            kinds.append({QStringLiteral("incidents_") + core::incidentCodes().code(incident),
                          core::incidentCodes().label(incident)});
        showChart(m_incidents,
                  countBars(tr("Incidents by type"), reports, kinds, true,
                            {colours.at(3), colours.at(2), colours.at(4), colours.at(6), colours.at(5)}),
                  tr("No incidents were written in the shift log in these months."));
    }
}

} // namespace jinglao::ui
