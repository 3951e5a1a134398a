#include "familybeds/CoveragePanel.h"

#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/Figure.h"
#include "common/ReadOnlyTable.h"
#include "common/TableExportButton.h"
#include "familybeds/CoverageTableModel.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/VisitPlanSheet.h"
#include "familybeds/VisitPlanXlsxExport.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

CoveragePanel::CoveragePanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("coveragePanel"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* previous = new QPushButton(QStringLiteral("◀"), this);
    previous->setObjectName(QStringLiteral("previousMonthButton"));
    previous->setToolTip(tr("Previous month"));
    previous->setFixedWidth(32);
    const QDate today = core::Clock::today();
    m_month = new QDateEdit(QDate(today.year(), today.month(), 1), this);
    m_month->setObjectName(QStringLiteral("coverageMonthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCalendarPopup(true);
    auto* next = new QPushButton(QStringLiteral("▶"), this);
    next->setObjectName(QStringLiteral("nextMonthButton"));
    next->setToolTip(tr("Next month"));
    next->setFixedWidth(32);
    auto* print = new QPushButton(tr("Print visit plan…"), this);
    print->setObjectName(QStringLiteral("printPlanButton"));
    auto* pdf = new QPushButton(tr("Visit plan as PDF…"), this);
    pdf->setObjectName(QStringLiteral("planPdfButton"));
    auto* xlsx = new QPushButton(tr("Visit plan as XLSX…"), this);
    xlsx->setObjectName(QStringLiteral("planXlsxButton"));
    bar->addWidget(previous);
    bar->addWidget(m_month);
    bar->addWidget(next);
    bar->addStretch(1);
    bar->addWidget(print);
    bar->addWidget(pdf);
    bar->addWidget(xlsx);
    layout->addLayout(bar);

    auto* figures = new QHBoxLayout;
    figures->setSpacing(28);
    figures->addWidget(
        makeFigure(this, QStringLiteral("activeBeds"), tr("family beds in service"), &m_activeValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("specialBeds"), tr("special-difficulty elders"), &m_specialValue));
    figures->addWidget(
        makeFigure(this, QStringLiteral("specialVisited"), tr("of them visited"), &m_visitedValue));
    figures->addWidget(makeFigure(this, QStringLiteral("visitRate"), tr("monthly visit rate (target 100 %)"),
                                  &m_rateValue, &m_rateCaption));
    figures->addWidget(makeFigure(this, QStringLiteral("visits"), tr("home visits"), &m_visitsValue));
    figures->addWidget(makeFigure(this, QStringLiteral("visitsInPerson"), tr("in person"), &m_inPersonValue));
    figures->addStretch(1);
    layout->addLayout(figures);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new CoverageTableModel(this);
    m_table = makeRecordTableView(splitter, QStringLiteral("coverageTableView"), m_model);
    bar->addWidget(new TableExportButton(
        context, m_table,
        {QStringLiteral("visit_coverage"), QStringLiteral("home_visits"), tr("Monthly home-visit coverage")},
        {m_month}, this));
    auto* unvisitedBox = new QWidget(splitter);
    auto* unvisitedLayout = new QVBoxLayout(unvisitedBox);
    unvisitedLayout->setContentsMargins(0, 0, 0, 0);
    m_unvisitedTitle = new QLabel(unvisitedBox);
    m_unvisitedTitle->setObjectName(QStringLiteral("unvisitedTitleLabel"));
    m_unvisitedTitle->setWordWrap(true);
    m_unvisitedTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_unvisited = new QListWidget(unvisitedBox);
    m_unvisited->setObjectName(QStringLiteral("unvisitedListWidget"));
    m_unvisited->setWordWrap(true);
    m_unvisited->setAlternatingRowColors(true);
    m_unvisited->setSpacing(2);
    unvisitedLayout->addWidget(m_unvisitedTitle);
    unvisitedLayout->addWidget(m_unvisited, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(unvisitedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(previous, &QPushButton::clicked, this, [this] { setMonth(month().addMonths(-1)); });
    connect(next, &QPushButton::clicked, this, [this] { setMonth(month().addMonths(1)); });
    connect(m_month, &QDateEdit::dateChanged, this, &CoveragePanel::refresh);
    connect(print, &QPushButton::clicked, this, &CoveragePanel::printPlan);
    connect(pdf, &QPushButton::clicked, this, [this] { askExport(true); });
    connect(xlsx, &QPushButton::clicked, this, [this] { askExport(false); });
}

QDate CoveragePanel::month() const
{
    const QDate shown = m_month->date();
    return QDate(shown.year(), shown.month(), 1);
}

void CoveragePanel::setMonth(const QDate& anyDayOfMonth)
{
    const QDate first(anyDayOfMonth.year(), anyDayOfMonth.month(), 1);
    if (m_month->date() == first)
        refresh();
    else
        m_month->setDate(first); // refreshes
}

void CoveragePanel::refresh()
{
    const bool loaded = runGuarded(this, [&] {
        m_coverage = core::HomeVisitService(m_context.database()).coverage(m_context.actor(), month());
    });
    if (!loaded)
        return;
    m_model->setCoverage(m_coverage);
    m_activeValue->setText(QString::number(m_coverage.activeBeds));
    m_specialValue->setText(QString::number(m_coverage.specialBeds));
    m_visitedValue->setText(QString::number(m_coverage.specialVisited));
    m_visitsValue->setText(QString::number(m_coverage.visits));
    m_inPersonValue->setText(QString::number(m_coverage.visitsInPerson));
    if (m_coverage.hasRate()) {
        m_rateValue->setText(percentText(m_coverage.visitRatePercent() / 100.0));
        markFigure(m_rateValue, m_rateCaption, m_coverage.specialVisited < m_coverage.specialBeds);
    } else {
        // No special-difficulty elders: there is no rate, neither 0 % nor 100 %.
        m_rateValue->setText(tr("None"));
        m_rateValue->setStyleSheet(QStringLiteral("font-size: 20px; font-weight: bold; color: #263238;"));
        m_rateCaption->setStyleSheet(QStringLiteral("color: #555;"));
        m_rateValue->setProperty("offTarget", false);
    }

    const QList<core::BedCoverage> unvisited = m_coverage.unvisitedSpecial();
    const int daysLeft = m_coverage.daysLeftOn(core::Clock::today());
    const int waiting = static_cast<int>(unvisited.size());
    QString title = tr("Special-difficulty elders not yet visited: %n", nullptr, waiting);
    if (daysLeft > 0)
        title += tr(" (%n day(s) left in the month)", nullptr, daysLeft);
    else
        title += tr(" (the month is over)");
    m_unvisitedTitle->setText(title);
    m_unvisitedTitle->setStyleSheet(waiting > 0 ? QStringLiteral("font-weight: bold; color: #b00020;")
                                                : QStringLiteral("font-weight: bold; color: #2e7d32;"));
    m_unvisited->clear();
    for (const core::BedCoverage& bed : unvisited) {
        const QString who =
            bed.staffName.isEmpty() ? tr("nobody assigned") : tr("assigned: %1").arg(bed.staffName);
        QStringList lines{QStringLiteral("%1 · %2").arg(bed.name, who), bed.address};
        if (!bed.phone.isEmpty())
            lines.append(bed.phone);
        m_unvisited->addItem(lines.join(QStringLiteral("\n")));
    }
}

bool CoveragePanel::exportPlanXlsx(const QString& path)
{
    const core::Actor actor = m_context.actor();
    const QDate shown = month();
    const TaskOutcome outcome =
        runInBackground(this, tr("Exporting the visit plan…"), m_context.database(),
                        [&](core::Database& connection, TaskProgress&) {
                            core::VisitPlanXlsxExport::write(connection, actor, shown, path);
                        });
    m_context.notifyDataChanged(); // the export is in the audit log
    if (!outcome.succeeded)
        showError(this, outcome.errorMessage);
    else
        m_context.tellSaved(path);
    return outcome.succeeded;
}

bool CoveragePanel::exportPlanPdf(const QString& path)
{
    const bool done = runGuarded(this, [&] {
        VisitPlanSheet::make(m_context.database(), m_context.actor(), month())
            .writePdf(m_context.database(), m_context.actor(), path);
    });
    if (done) {
        m_context.notifyDataChanged();
        m_context.tellSaved(path);
    }
    return done;
}

void CoveragePanel::printPlan()
{
    runGuarded(this, [&] {
        if (VisitPlanSheet::make(m_context.database(), m_context.actor(), month())
                .printWithDialog(this, m_context.database(), m_context.actor()))
            m_context.notifyDataChanged();
    });
}

void CoveragePanel::askExport(bool pdf)
{
    const QString suggested =
        QDir::home().filePath(tr("visit-plan-%1").arg(month().toString(QStringLiteral("yyyy-MM"))) +
                              (pdf ? QStringLiteral(".pdf") : QStringLiteral(".xlsx")));
    const QString path = QFileDialog::getSaveFileName(
        this, pdf ? tr("Save the visit plan as PDF") : tr("Export the visit plan as XLSX"), suggested,
        pdf ? tr("PDF documents (*.pdf)") : tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (pdf)
        exportPlanPdf(path);
    else
        exportPlanXlsx(path);
}

} // namespace jinglao::ui
