#include "assessments/AssessmentsPage.h"

#include "assessments/AssessmentService.h"
#include "assessments/DueListModel.h"
#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/AssessmentListModel.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/TableExportButton.h"
#include "residents/ResidentDocuments.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
void setUpTable(QTableView* view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(24);
    view->horizontalHeader()->setStretchLastSection(true);
}
} // namespace

AssessmentsPage::AssessmentsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    auto* intervalLabel = new QLabel(tr("Re-assess every"), this);
    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("intervalSpinBox"));
    m_intervalSpin->setRange(1, core::AssessmentService::MaxIntervalMonths);
    m_intervalSpin->setSuffix(tr(" months"));
    intervalLabel->setBuddy(m_intervalSpin);
    m_saveIntervalButton = new QPushButton(tr("Save interval"), this);
    m_saveIntervalButton->setObjectName(QStringLiteral("saveIntervalButton"));
    m_header->addAction(intervalLabel);
    m_header->addAction(m_intervalSpin);
    m_header->addAction(m_saveIntervalButton);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("assessmentsSplitter"));

    auto* dueBox = new QGroupBox(tr("Due for assessment"), splitter);
    auto* dueLayout = new QVBoxLayout(dueBox);
    m_dueModel = new DueListModel(context, this);
    m_dueView = new QTableView(dueBox);
    m_dueView->setObjectName(QStringLiteral("dueTableView"));
    m_dueView->setModel(m_dueModel);
    setUpTable(m_dueView);
    m_dueEmpty = new EmptyStateHint(m_dueView, QStringLiteral("dueEmptyLabel"));
    m_dueEmpty->setText(tr("Nobody is due or overdue for an assessment."));
    dueLayout->addWidget(m_dueView);
    auto* dueButtons = new QHBoxLayout;
    m_assessButton = new QPushButton(tr("Assess selected resident…"), dueBox);
    m_assessButton->setObjectName(QStringLiteral("assessButton"));
    dueButtons->addWidget(new TableExportButton(
        context, m_dueView, {QStringLiteral("assessments_due"), QStringLiteral("residents"), dueBox->title()},
        {}, dueBox));
    dueButtons->addStretch(1);
    dueButtons->addWidget(m_assessButton);
    dueLayout->addLayout(dueButtons);

    auto* recentBox = new QGroupBox(tr("Recent assessments"), splitter);
    auto* recentLayout = new QVBoxLayout(recentBox);
    m_recentModel = new AssessmentListModel(context, this);
    // A page that fails to load is reported here, after the view's own code has returned.
    connect(
        m_recentModel, &AssessmentListModel::loadFailed, this,
        [this](const QString& message) { showError(this, message); }, Qt::QueuedConnection);
    m_recentView = new QTableView(recentBox);
    m_recentView->setObjectName(QStringLiteral("recentTableView"));
    m_recentView->setModel(m_recentModel);
    setUpTable(m_recentView);
    m_recentEmpty = new EmptyStateHint(m_recentView, QStringLiteral("recentEmptyLabel"));
    m_recentEmpty->setText(
        tr("No assessments recorded yet — select a resident above and use “Assess selected "
           "resident…”."));
    recentLayout->addWidget(m_recentView);
    auto* recentButtons = new QHBoxLayout;
    m_viewButton = new QPushButton(tr("View selected assessment…"), recentBox);
    m_viewButton->setObjectName(QStringLiteral("viewAssessmentButton"));
    m_withdrawButton = new QPushButton(tr("Withdraw…"), recentBox);
    m_withdrawButton->setObjectName(QStringLiteral("withdrawAssessmentButton"));
    m_withdrawButton->setToolTip(tr("Withdraw an assessment entered by mistake"));
    recentButtons->addWidget(new TableExportButton(
        context, m_recentView,
        {QStringLiteral("assessments"), QStringLiteral("assessments"), recentBox->title()}, {}, recentBox));
    // The selected assessment's report (residents' and family-bed elders'), printed or as PDF.
    m_reportButton = new QPushButton(tr("Assessment report"), recentBox);
    m_reportButton->setObjectName(QStringLiteral("recentAssessmentReportButton"));
    const auto selected = [this] {
        const QModelIndexList rows = m_recentView->selectionModel()->selectedRows();
        return rows.isEmpty() ? core::AssessmentService::Assessment()
                              : m_recentModel->assessment(rows.first().row());
    };
    ResidentDocuments::attachMenu(
        m_reportButton, context, QStringLiteral("RecentAssessmentReport"),
        [this, selected] {
            return ResidentDocuments::assessmentReport(this->context().database(), this->context().actor(),
                                                       selected().uid);
        },
        [selected] {
            const core::AssessmentService::Assessment a = selected();
            return ResidentDocuments::assessmentReportFileName(a.residentName, a.assessedOn);
        });
    recentButtons->addStretch(1);
    recentButtons->addWidget(m_reportButton);
    recentButtons->addWidget(m_withdrawButton);
    recentButtons->addWidget(m_viewButton);
    recentLayout->addLayout(recentButtons);

    splitter->addWidget(dueBox);
    splitter->addWidget(recentBox);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    connect(m_assessButton, &QPushButton::clicked, this, [this] { assessSelected(); });
    connect(m_dueView, &QTableView::doubleClicked, this, [this] { assessSelected(); });
    // Enter on the due list opens the form of the resident selected.
    for (const QKeySequence& keys : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto* enter = new QShortcut(keys, m_dueView);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (m_assessButton->isEnabled())
                assessSelected();
        });
    }
    connect(m_dueView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_viewButton, &QPushButton::clicked, this, [this] { viewSelected(); });
    connect(m_recentView, &QTableView::doubleClicked, this, [this] { viewSelected(); });
    connect(m_recentView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_withdrawButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_recentView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const core::AssessmentService::Assessment& assessment = m_recentModel->assessment(rows.first().row());
        const auto answer = QMessageBox::question(
            this, tr("Withdraw assessment"),
            tr("Withdraw the assessment of %1 on %2? It stays in the records as withdrawn and no longer "
               "counts "
               "for the care level.")
                .arg(assessment.residentName, assessment.assessedOn.toString(Qt::ISODate)));
        withdrawSelected(answer == QMessageBox::Yes);
    });
    connect(m_saveIntervalButton, &QPushButton::clicked, this, &AssessmentsPage::saveInterval);
    connect(&context, &AppContext::actorChanged, this, [this] { refresh(); });
}

QString AssessmentsPage::title() const
{
    return tr("Assessments");
}

void AssessmentsPage::refresh()
{
    runGuarded(this, [this] {
        m_dueModel->refresh();
        m_recentModel->refresh();
        m_intervalSpin->setValue(core::AssessmentService(context().database()).intervalMonths());
    });
    const int interval = m_intervalSpin->value();
    const int due = m_dueModel->rowCount();
    //: The assessments page's summary: who is due, then the interval.
    m_header->setSummary(
        tr("%n resident(s) due or overdue for an ability assessment (GB/T 42195-2022)", nullptr, due) +
        tr("; re-assessed every %n month(s).", nullptr, interval));
    m_dueView->resizeColumnsToContents();
    m_recentView->resizeColumnsToContents();
    // The first row is selected, so the page's buttons work at once.
    for (QTableView* view : {m_dueView, m_recentView}) {
        if (!view->selectionModel()->hasSelection() && view->model()->rowCount() > 0)
            view->selectRow(0);
    }
    updateActions();
}

void AssessmentsPage::updateActions()
{
    const bool canWrite = context().actor().can(core::Permission::WriteAssessments);
    m_assessButton->setEnabled(canWrite && m_dueView->selectionModel()->hasSelection());
    m_assessButton->setToolTip(canWrite ? QString() : tr("Your role may not record assessments."));
    m_viewButton->setEnabled(m_recentView->selectionModel()->hasSelection());
    m_reportButton->setEnabled(m_recentView->selectionModel()->hasSelection());
    m_withdrawButton->setEnabled(canWrite && m_recentView->selectionModel()->hasSelection());
    const bool canSettle = context().actor().can(core::Permission::ManageSettings);
    m_intervalSpin->setEnabled(canSettle);
    m_saveIntervalButton->setEnabled(canSettle);
}

AssessmentDialog* AssessmentsPage::assessSelected()
{
    const QModelIndexList rows = m_dueView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const core::AssessmentService::DueEntry& entry = m_dueModel->entry(rows.first().row());
    auto* dialog = new AssessmentDialog(context(), entry.residentUid, entry.residentName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { refresh(); });
    dialog->open();
    return dialog;
}

AssessmentDialog* AssessmentsPage::viewSelected()
{
    const QModelIndexList rows = m_recentView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    // A resident's or a family bed's: the same form, read-only.
    return AssessmentDialog::openRecorded(context(), m_recentModel->assessment(rows.first().row()), this);
}

bool AssessmentsPage::withdrawSelected(bool confirmed)
{
    const QModelIndexList rows = m_recentView->selectionModel()->selectedRows();
    if (!confirmed || rows.isEmpty())
        return false;
    const QString uid = m_recentModel->assessment(rows.first().row()).uid;
    const bool withdrawn = runGuarded(
        this, [&] { core::AssessmentService(context().database()).withdraw(context().actor(), uid); });
    if (withdrawn)
        context().notifyDataChanged();
    refresh();
    return withdrawn;
}

void AssessmentsPage::saveInterval()
{
    if (runGuarded(this, [this] {
            core::AssessmentService(context().database())
                .setIntervalMonths(context().actor(), m_intervalSpin->value());
        }))
        context().notifyDataChanged();
    refresh();
}

} // namespace jinglao::ui
