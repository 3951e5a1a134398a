#include "reports/MonthlyReportDocument.h"

#include "center/CenterService.h"
#include "reports/MonthlyReportExport.h"
#include "residents/ResidentService.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>
#include <cmath>
#include <optional>

namespace jinglao::ui {

namespace {

const QSize chartSize(620, 300);

QFont chartFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK SC"));
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Draws chart (taken over) into an image twice chartSize, on white.
QImage paintChart(QChart* chart)
{
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundRoundness(0);
    chart->setTitleFont(chartFont(11, true));
    chart->legend()->setFont(chartFont(9));
    chart->legend()->setAlignment(Qt::AlignBottom);
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(chartFont(8));
    chart->resize(chartSize);
    chart->layout()->activate();
    QImage image(chartSize * 2, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(image.rect()), QRectF(QPointF(0, 0), chartSize));
    return image;
}

std::optional<qint64> valueOf(const core::MonthlyReport& report, const QString& key)
{
    return report.figures.value(key);
}

QImage careLevels(const core::MonthlyReport& report)
{
    auto* set = new QBarSet(MonthlyReportDocument::tr("Residents"));
    set->setColor(QColor(0x2F, 0x6D, 0xB5));
    QStringList categories;
    for (int level = 0; level <= 4; ++level) {
        categories.append(core::ResidentService::careLevelLabel(level));
        set->append(
            static_cast<qreal>(valueOf(report, QStringLiteral("residents_level_%1").arg(level)).value_or(0)));
    }
    categories.append(core::ResidentService::careLevelLabel(-1));
    set->append(static_cast<qreal>(valueOf(report, QStringLiteral("residents_unassessed")).value_or(0)));
    set->setLabelFont(chartFont(8));
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    auto* chart = new QChart;
    chart->setTitle(MonthlyReportDocument::tr("Residents by care level, %1").arg(report.month.text()));
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis;
    y->setLabelFormat(QStringLiteral("%d"));
    qreal most = 1;
    for (int i = 0; i < set->count(); ++i)
        most = std::max(most, set->at(i));
    y->setRange(0, std::ceil(most * 1.2));
    y->applyNiceNumbers();
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    chart->legend()->hide();
    return paintChart(chart);
}

QImage trend(const QList<core::MonthlyReport>& reports)
{
    auto* chart = new QChart;
    chart->setTitle(MonthlyReportDocument::tr("Occupancy and nursing-bed ratio by month"));
    auto* x = new QValueAxis;
    x->setRange(0, static_cast<qreal>(reports.size() - 1));
    x->setTickCount(static_cast<int>(std::min<qsizetype>(reports.size(), 12)));
    x->setLabelFormat(QStringLiteral("%d"));
    x->setTitleText(MonthlyReportDocument::tr("Months from %1").arg(reports.first().month.text()));
    x->setTitleFont(chartFont(8));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(QStringLiteral("%d%%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    const auto line = [&](const QString& key, const QString& name, const QColor& colour) {
        auto* series = new QLineSeries;
        series->setName(name);
        series->setPen(QPen(colour, 2));
        for (qsizetype i = 0; i < reports.size(); ++i) {
            if (const std::optional<qint64> tenths = valueOf(reports.at(i), key))
                series->append(static_cast<qreal>(i), static_cast<qreal>(*tenths) / 10.0);
        }
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    };
    line(QStringLiteral("occupancy_rate"), MonthlyReportDocument::tr("Occupancy"), QColor(0x2F, 0x6D, 0xB5));
    line(QStringLiteral("nursing_bed_ratio"), MonthlyReportDocument::tr("Nursing-bed ratio"),
         QColor(0xE0, 0x8A, 0x2E));
    auto* target = new QLineSeries;
    target->setName(MonthlyReportDocument::tr("Target 55 %"));
    target->setPen(QPen(QColor(0xC6, 0x28, 0x28), 1, Qt::DashLine));
    target->append(0, 55);
    target->append(static_cast<qreal>(reports.size() - 1), 55);
    chart->addSeries(target);
    target->attachAxis(x);
    target->attachAxis(y);
    return paintChart(chart);
}

} // namespace

QList<QImage> MonthlyReportDocument::charts(const QList<core::MonthlyReport>& reports)
{
    QList<QImage> images;
    if (reports.isEmpty())
        return images;
    images.append(careLevels(reports.last()));
    if (reports.size() > 1)
        images.append(trend(reports));
    return images;
}

PrintedDocument MonthlyReportDocument::make(core::Database& db, const core::Actor& actor,
                                            const QList<core::MonthlyReport>& reports)
{
    actor.require(core::Permission::ViewRecords);
    const core::CenterProfile center = core::CenterService(db).profile();
    const QList<QImage> images = charts(reports);
    QStringList sources;
    for (qsizetype i = 0; i < images.size(); ++i)
        sources.append(QStringLiteral("chart%1.png").arg(i + 1));
    const QString period = core::ReportService::periodText(reports);
    PrintedDocument document(core::MonthlyReportExport::title(center.name, period),
                             core::MonthlyReportExport::html(reports, center, sources),
                             {QStringLiteral("monthly_report"), QStringLiteral("monthly_indicators"), period},
                             static_cast<qint64>(reports.size()));
    for (qsizetype i = 0; i < images.size(); ++i)
        document.addImage(sources.at(i), images.at(i));
    return document;
}

} // namespace jinglao::ui
