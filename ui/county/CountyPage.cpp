#include "county/CountyPage.h"

#include "common/AppContext.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "home/TrendCharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace jinglao::ui {

namespace {

QChartView* chartView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

// One bar per readable center of a percentage column, with the target as a dashed line.
QChart* percentBars(const core::CountySummary& summary, const QString& column, const QString& title,
                    double target, const QString& targetName, const QColor& colour)
{
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    auto* set = new QBarSet(title);
    set->setColor(colour);
    set->setBorderColor(colour);
    QStringList names;
    for (const core::CenterFigures& center : summary.centers) {
        if (!center.problem.isEmpty())
            continue;
        names.append(center.facilityName.isEmpty() ? center.facilityCode : center.facilityName);
        set->append(center.figures.value(column).toDouble());
    }
    auto* bars = new QBarSeries;
    bars->append(set);
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(names);
    auto* y = new QValueAxis;
    y->setRange(0, std::max(100.0, target));
    y->setLabelFormat(QStringLiteral("%d%"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (targetName.isEmpty()) {
        chart->legend()->hide();
        return chart;
    }
    auto* line = new QLineSeries;
    line->setName(targetName);
    QPen pen(QColor(0xc0, 0x39, 0x2b));
    pen.setStyle(Qt::DashLine);
    pen.setWidth(2);
    line->setPen(pen);
    line->append(-0.5, target);
    line->append(double(names.size()) - 0.5, target);
    chart->addSeries(line);
    auto* lineX = new QValueAxis;
    lineX->setRange(-0.5, double(names.size()) - 0.5);
    lineX->setVisible(false);
    chart->addAxis(lineX, Qt::AlignTop);
    line->attachAxis(lineX);
    line->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);
    return chart;
}

} // namespace

CountyPage::CountyPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("countyPage"));
    m_header = new PageHeader(title(), this);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);
    for (const auto& [code, label] : {std::pair{core::FileFormat::Xlsx, tr("Export XLSX…")},
                                      std::pair{core::FileFormat::Csv, tr("Export CSV…")}}) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(
            QStringLiteral("exportCounty%1Button").arg(core::fileFormatCodes().code(code).toUpper()));
        button->setEnabled(false);
        const QString suffix = core::fileFormatCodes().code(code);
        connect(button, &QPushButton::clicked, this, [this, suffix] {
            const QString path = QFileDialog::getSaveFileName(
                this, tr("Export the county summary"),
                QDir::home().filePath(QStringLiteral("county-%1.%2").arg(m_summary.month, suffix)),
                QStringLiteral("*.%1").arg(suffix));
            if (!path.isEmpty())
                exportTo(path);
        });
        m_header->addAction(button);
        m_exportButtons.append(button);
    }

    auto* bar = new QHBoxLayout;
    auto* choose = new QPushButton(tr("Choose the packages folder…"), this);
    choose->setObjectName(QStringLiteral("choosePackagesFolderButton"));
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(
            this, tr("Folder of the centers' packages"), m_folder.isEmpty() ? QDir::homePath() : m_folder);
        if (!folder.isEmpty())
            load(folder);
    });
    m_folderLabel = new QLabel(tr("Choose the folder that holds the packages the centers sent."), this);
    m_folderLabel->setObjectName(QStringLiteral("packagesFolderLabel"));
    auto* monthLabel = new QLabel(tr("Month:"), this);
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("countyMonthComboBox"));
    monthLabel->setBuddy(m_month);
    connect(m_month, &QComboBox::activated, this, [this] { load(m_folder, m_month->currentText()); });
    bar->addWidget(choose);
    bar->addWidget(m_folderLabel, 1);
    bar->addWidget(monthLabel);
    bar->addWidget(m_month);
    layout->addLayout(bar);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_table =
        makeReadOnlyTable(splitter, QStringLiteral("countyTable"), core::CountySummaryService::header());
    auto* charts = new QWidget(splitter);
    auto* chartRow = new QHBoxLayout(charts);
    chartRow->setContentsMargins(0, 0, 0, 0);
    m_nursingChart = chartView(charts, QStringLiteral("countyNursingChartView"));
    m_visitChart = chartView(charts, QStringLiteral("countyVisitChartView"));
    m_occupancyChart = chartView(charts, QStringLiteral("countyOccupancyChartView"));
    chartRow->addWidget(m_nursingChart);
    chartRow->addWidget(m_visitChart);
    chartRow->addWidget(m_occupancyChart);
    splitter->addWidget(m_table);
    splitter->addWidget(charts);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    m_header->setSummary(
        tr("The figures each center reported for a month, side by side; nothing is imported."));
}

QString CountyPage::title() const
{
    return tr("County summary");
}

bool CountyPage::load(const QString& folder, const QString& month)
{
    core::CountySummary summary;
    if (!runGuarded(this, [&] { summary = core::CountySummaryService::read(folder, month); }))
        return false;
    m_folder = folder;
    m_summary = summary;
    m_folderLabel->setText(QDir::toNativeSeparators(folder));
    {
        const QSignalBlocker blocker(m_month);
        m_month->clear();
        m_month->addItems(m_summary.months);
        m_month->setCurrentText(m_summary.month);
    }
    showSummary();
    showCharts();
    for (QPushButton* button : std::as_const(m_exportButtons))
        button->setEnabled(!m_summary.centers.isEmpty());
    m_header->setSummary(m_summary.month.isEmpty()
                             ? tr("No package in this folder has monthly figures.")
                             : tr("%1: %n center(s)", nullptr, static_cast<int>(m_summary.centers.size()))
                                   .arg(m_summary.month));
    return true;
}

bool CountyPage::exportTo(const QString& path)
{
    const std::optional<core::FileFormat> format = core::fileFormatOf(path);
    return runGuarded(this, [&] {
        if (!format || (*format != core::FileFormat::Csv && *format != core::FileFormat::Xlsx))
            throw core::Error::invalidPath(tr("Export file"), path, tr("must end in .xlsx or .csv."));
        core::CountySummaryService::write(context().database(), context().actor(), m_summary, path, *format);
        context().tellSaved(path);
    });
}

void CountyPage::showSummary()
{
    m_table->setRowCount(0);
    const QList<QStringList> rows = core::CountySummaryService::rows(m_summary);
    const QColor flagged(0xfd, 0xec, 0xea);
    for (int r = 0; r < rows.size(); ++r) {
        const int row = appendTableRow(m_table, rows[r]);
        const bool county = r == rows.size() - 1;
        const bool problem = !rows[r].last().isEmpty();
        for (int c = 0; c < m_table->columnCount(); ++c) {
            QTableWidgetItem* item = m_table->item(row, c);
            if (!item)
                continue;
            if (county) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            } else if (problem) {
                item->setBackground(flagged);
            }
        }
    }
    m_table->resizeColumnsToContents();
}

void CountyPage::showCharts()
{
    const QList<QColor> colours = TrendCharts::seriesColours();
    m_nursingChart->setChart(percentBars(m_summary, QStringLiteral("nursing_bed_ratio"),
                                         tr("Nursing-bed ratio"), 55.0, tr("Target 55 %"), colours.value(6)));
    m_visitChart->setChart(percentBars(m_summary, QStringLiteral("monthly_visit_rate"),
                                       tr("Visit rate of special-difficulty elders"), 100.0,
                                       tr("Target 100 %"), colours.value(0)));
    m_occupancyChart->setChart(percentBars(m_summary, QStringLiteral("occupancy_rate"), tr("Occupancy rate"),
                                           0.0, QString(), colours.value(2)));
}

} // namespace jinglao::ui
