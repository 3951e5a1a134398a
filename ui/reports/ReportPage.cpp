#include "reports/ReportPage.h"

#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "reports/MonthlyReportDocument.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {

QDate firstOf(const QDate& day)
{
    return QDate(day.year(), day.month(), 1);
}

QDateEdit* monthEdit(QWidget* parent, const QString& objectName)
{
    const QDate today = core::Clock::today();
    auto* edit = new QDateEdit(firstOf(today).addMonths(-1), parent);
    edit->setObjectName(objectName);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM"));
    edit->setCalendarPopup(true);
    edit->setMaximumDate(today);
    return edit;
}

} // namespace

ReportPage::ReportPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("reportPage"));
    m_header = new PageHeader(title(), this);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);
    using Format = core::MonthlyReportExport::Format;
    const QList<std::pair<Format, QString>> exports{{Format::Csv, tr("Export CSV…")},
                                                    {Format::Xlsx, tr("Export XLSX…")},
                                                    {Format::Json, tr("Export JSON…")},
                                                    {Format::Pdf, tr("Export PDF…")}};
    for (const auto& [format, label] : exports) {
        auto* button = new QPushButton(label, this);
        button->setObjectName(
            QStringLiteral("export%1Button").arg(core::fileFormatCodes().code(format).toUpper()));
        connect(button, &QPushButton::clicked, this, [this, format = format] { askExport(format); });
        m_header->addAction(button);
        m_exportButtons.append(button);
    }
    auto* print = new QPushButton(tr("Print…"), this);
    print->setObjectName(QStringLiteral("printReportButton"));
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_reports.isEmpty())
            return;
        AppContext& app = this->context();
        bool printed = false;
        runGuarded(this, [&] {
            printed = MonthlyReportDocument::make(app.database(), app.actor(), m_reports)
                          .printWithDialog(this, app.database(), app.actor());
        });
        if (printed)
            app.notifyDataChanged(); // the printout is in the audit log
    });
    m_header->addAction(print);
    m_exportButtons.append(print);

    auto* bar = new QHBoxLayout;
    auto* monthLabel = new QLabel(tr("Month:"), this);
    m_from = monthEdit(this, QStringLiteral("fromMonthDateEdit"));
    monthLabel->setBuddy(m_from);
    m_range = new QCheckBox(tr("to"), this);
    m_range->setObjectName(QStringLiteral("rangeCheckBox"));
    m_range->setToolTip(tr("Report each month of a range, as a trend table"));
    m_to = monthEdit(this, QStringLiteral("toMonthDateEdit"));
    m_to->setEnabled(false);
    bar->addWidget(monthLabel);
    bar->addWidget(m_from);
    bar->addWidget(m_range);
    bar->addWidget(m_to);
    bar->addStretch(1);
    layout->addLayout(bar);

    QHBoxLayout* figures = nullptr;
    layout->addWidget(makeFigurePanel(this, QStringLiteral("reportFigures"), QString(), &figures));
    figures->addWidget(makeFigure(this, QStringLiteral("nursingRatio"), tr("nursing-bed ratio (target 55 %)"),
                                  &m_nursingValue, &m_nursingCaption));
    figures->addWidget(makeFigure(this, QStringLiteral("occupancy"), tr("occupancy"), &m_occupancyValue));
    figures->addWidget(makeFigure(this, QStringLiteral("residents"), tr("residents"), &m_residentsValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("caregiverRatio"), tr("residents per caregiver"), &m_ratioValue));
    figures->addWidget(makeFigure(this, QStringLiteral("visitRate"), tr("visit rate (target 100 %)"),
                                  &m_visitRateValue, &m_visitRateCaption));
    figures->addStretch(1);

    m_table = makeReadOnlyTable(this, QStringLiteral("reportTableWidget"), {tr("Section"), tr("Figure")});
    layout->addWidget(m_table, 1);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("reportEmptyStateHint"));

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_range->isChecked() || m_to->date() < m_from->date())
            m_to->setDate(m_from->date());
        refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, &ReportPage::refresh);
    connect(m_range, &QCheckBox::toggled, this, [this](bool on) {
        m_to->setEnabled(on);
        if (!on)
            m_to->setDate(m_from->date());
        refresh();
    });
}

QString ReportPage::title() const
{
    return tr("Monthly report");
}

QDate ReportPage::fromMonth() const
{
    return firstOf(m_from->date());
}

QDate ReportPage::toMonth() const
{
    return m_range->isChecked() ? firstOf(m_to->date()) : fromMonth();
}

void ReportPage::setMonths(const QDate& from, const QDate& to)
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    const QSignalBlocker rangeBlocker(m_range);
    m_from->setDate(firstOf(from));
    m_to->setDate(firstOf(to));
    m_range->setChecked(firstOf(to) != firstOf(from));
    m_to->setEnabled(m_range->isChecked());
    refresh();
}

void ReportPage::refresh()
{
    m_reports.clear();
    QString problem;
    try {
        m_reports = core::ReportService(context().database(), context().modules())
                        .months(context().actor(), fromMonth(), toMonth());
    } catch (const core::Error& error) {
        // A month before the first records or after this one: said where the table would be.
        problem = error.message();
    }
    showReports();
    m_empty->setText(problem.isEmpty() ? tr("Nothing to report.") : problem);
    m_empty->followModel();
    for (QWidget* button : std::as_const(m_exportButtons))
        button->setEnabled(!m_reports.isEmpty());
    if (m_reports.isEmpty()) {
        m_header->setSummary(tr("Choose a month with records."));
        return;
    }
    const core::MonthlyReport& last = m_reports.last();
    QString summary = m_reports.size() == 1
                          ? tr("%1, as of %2").arg(last.month.text(), last.month.asOf.toString(Qt::ISODate))
                          : tr("%n month(s): %1", nullptr, static_cast<int>(m_reports.size()))
                                .arg(core::ReportService::periodText(m_reports));
    if (!last.month.isComplete())
        summary += tr(" · %1 is not over yet").arg(last.month.text());
    m_header->setSummary(summary);
}

void ReportPage::showReports()
{
    m_table->clearContents();
    m_table->setRowCount(0);
    QStringList headers{tr("Section"), tr("Figure")};
    for (const core::MonthlyReport& report : std::as_const(m_reports))
        headers.append(report.month.text());
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);

    QStringList keys;
    for (const core::MonthlyReport& report : std::as_const(m_reports)) {
        for (const core::MonthFigure& figure : report.figures.all()) {
            if (keys.contains(figure.key))
                continue;
            keys.append(figure.key);
            QStringList cells{figure.section, figure.label};
            for (const core::MonthlyReport& month : std::as_const(m_reports)) {
                const core::MonthFigure* value = month.figures.find(figure.key);
                cells.append(value ? value->shownText() : QStringLiteral("—"));
            }
            const int row = appendTableRow(m_table, cells);
            for (int column = 2; column < cells.size(); ++column) {
                if (QTableWidgetItem* item = m_table->item(row, column))
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            }
        }
    }
    m_table->resizeColumnsToContents();

    const auto show = [this](QLabel* label, const char* key) {
        const core::MonthFigure* figure =
            m_reports.isEmpty() ? nullptr : m_reports.last().figures.find(QString::fromLatin1(key));
        label->setText(figure ? figure->shownText() : QStringLiteral("—"));
        return figure;
    };
    const core::MonthFigure* nursing = show(m_nursingValue, "nursing_bed_ratio");
    if (nursing && nursing->value)
        markFigure(m_nursingValue, m_nursingCaption, *nursing->value < 550);
    else
        markFigure(m_nursingValue, m_nursingCaption, FigureMark::Neutral);
    show(m_occupancyValue, "occupancy_rate");
    show(m_residentsValue, "residents_total");
    show(m_ratioValue, "caregiver_ratio");
    const core::MonthFigure* visits = show(m_visitRateValue, "monthly_visit_rate");
    if (visits && visits->value)
        markFigure(m_visitRateValue, m_visitRateCaption, *visits->value < 1000);
    else
        markFigure(m_visitRateValue, m_visitRateCaption, FigureMark::Neutral);
}

bool ReportPage::printOn(QPagedPaintDevice* printer)
{
    const bool printed = runGuarded(this, [&] {
        MonthlyReportDocument::make(context().database(), context().actor(), m_reports)
            .print(context().database(), context().actor(), printer);
    });
    context().notifyDataChanged();
    return printed;
}

bool ReportPage::exportTo(core::MonthlyReportExport::Format format, const QString& path)
{
    if (format == core::MonthlyReportExport::Format::Pdf) {
        // Charts are painted in the GUI's thread, from the months on screen.
        const bool written = runGuarded(this, [&] {
            MonthlyReportDocument::make(context().database(), context().actor(), m_reports)
                .writePdf(context().database(), context().actor(), path);
        });
        context().notifyDataChanged();
        return written;
    }
    const core::Actor actor = context().actor();
    const QDate from = fromMonth();
    const QDate to = toMonth();
    const TaskOutcome outcome =
        runInBackground(this, tr("Writing the monthly report…"), context().database(),
                        [&](core::Database& connection, TaskProgress&) {
                            const QList<core::MonthlyReport> reports =
                                core::ReportService(connection).months(actor, from, to);
                            core::MonthlyReportExport::write(connection, actor, reports, format, path);
                        });
    context().notifyDataChanged(); // the export is in the audit log
    if (!outcome.succeeded && !outcome.cancelled)
        showError(this, outcome.errorMessage);
    return outcome.succeeded;
}

void ReportPage::askExport(core::MonthlyReportExport::Format format)
{
    const QString code = core::fileFormatCodes().code(format);
    const QString period = fromMonth() == toMonth()
                               ? fromMonth().toString(QStringLiteral("yyyy-MM"))
                               : fromMonth().toString(QStringLiteral("yyyy-MM")) + QLatin1Char('_') +
                                     toMonth().toString(QStringLiteral("yyyy-MM"));
    const QString name = format == core::MonthlyReportExport::Format::Csv
                             ? QStringLiteral("monthly_indicators_%1.csv").arg(period)
                             : tr("monthly-report-%1").arg(period) + QLatin1Char('.') + code;
    QString filter;
    switch (format) {
    case core::MonthlyReportExport::Format::Csv:
        filter = tr("CSV files (*.csv)");
        break;
    case core::MonthlyReportExport::Format::Xlsx:
        filter = tr("Excel workbooks (*.xlsx)");
        break;
    case core::MonthlyReportExport::Format::Json:
        filter = tr("JSON files (*.json)");
        break;
    case core::MonthlyReportExport::Format::Pdf:
        filter = tr("PDF files (*.pdf)");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the monthly report"),
                                                      QDir::home().filePath(name), filter);
    if (!path.isEmpty())
        exportTo(format, path);
}

} // namespace jinglao::ui
