#include "assessments/ResidentAssessmentsSection.h"

#include "assessments/AssessmentService.h"
#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/AssessmentListModel.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "residents/ResidentDetailView.h"
#include "residents/ResidentDocuments.h"
#include "residents/ResidentService.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

ResidentAssessmentsSection::ResidentAssessmentsSection(AppContext& context, QWidget* parent)
    : ResidentSection(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("residentAssessmentsSection"));
    auto* layout = new QVBoxLayout(this);
    m_levelLabel = new QLabel(this);
    m_levelLabel->setObjectName(QStringLiteral("careLevelLabel"));
    m_levelLabel->setWordWrap(true);
    m_levelLabel->setStyleSheet(QStringLiteral("font-size: 14px;"));
    layout->addWidget(m_levelLabel);

    m_model = new AssessmentListModel(context, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("residentAssessmentsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    // The tab is narrow: the resident is known, and the dimension sums are in the form.
    for (int column : {AssessmentListModel::ResidentColumn, AssessmentListModel::SelfCareColumn,
                       AssessmentListModel::MobilityColumn, AssessmentListModel::MentalColumn,
                       AssessmentListModel::PerceptionSocialColumn})
        m_view->setColumnHidden(column, true);
    layout->addWidget(m_view, 1);

    auto* buttons = new QHBoxLayout;
    m_assessButton = new QPushButton(tr("Assess…"), this);
    m_assessButton->setObjectName(QStringLiteral("assessResidentButton"));
    m_viewButton = new QPushButton(tr("View assessment…"), this);
    m_viewButton->setObjectName(QStringLiteral("viewResidentAssessmentButton"));
    // The selected assessment's report, printed or saved as PDF.
    m_reportButton = new QPushButton(tr("Assessment report"), this);
    m_reportButton->setObjectName(QStringLiteral("assessmentReportButton"));
    ResidentDocuments::attachMenu(
        m_reportButton, context, QStringLiteral("AssessmentReport"),
        [this] {
            return ResidentDocuments::assessmentReport(m_context.database(), m_context.actor(),
                                                       selectedAssessment().uid);
        },
        [this] {
            const core::AssessmentService::Assessment a = selectedAssessment();
            return ResidentDocuments::assessmentReportFileName(a.residentName, a.assessedOn);
        });
    buttons->addStretch(1);
    buttons->addWidget(m_reportButton);
    buttons->addWidget(m_viewButton);
    buttons->addWidget(m_assessButton);
    layout->addLayout(buttons);

    connect(m_assessButton, &QPushButton::clicked, this, [this] { assessResident(); });
    connect(m_viewButton, &QPushButton::clicked, this, [this] { viewSelected(); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { viewSelected(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(&context, &AppContext::dataChanged, this, [this] { refresh(); });
    setResident(QString());
}

void ResidentAssessmentsSection::setResident(const QString& residentUid)
{
    m_residentUid = residentUid;
    m_model->setResidentUid(residentUid);
    refresh();
}

void ResidentAssessmentsSection::refresh()
{
    m_residentName.clear();
    m_current = false;
    if (m_residentUid.isEmpty()) {
        m_levelLabel->clear();
        updateActions();
        return;
    }
    runGuarded(this, [this] {
        const core::Resident resident =
            core::ResidentService(m_context.database()).resident(m_context.actor(), m_residentUid);
        m_residentName = resident.name;
        m_current = resident.isCurrent();
        const core::AssessmentService service(m_context.database());
        const std::optional<core::AssessmentService::Assessment> latest =
            service.latest(m_context.actor(), m_residentUid);
        if (!latest) {
            m_levelLabel->setText(tr("Not assessed yet."));
        } else {
            const QDate due = latest->assessedOn.addMonths(service.intervalMonths());
            const QString level = tr("Care level: <b>%1</b> (assessed %2, total %3)")
                                      .arg(core::AssessmentLevel::label(latest->level),
                                           latest->assessedOn.toString(Qt::ISODate))
                                      .arg(latest->total);
            const QString next = !m_current ? QString()
                                 : due <= core::Clock::today()
                                     ? tr("Re-assessment was due on %1.").arg(due.toString(Qt::ISODate))
                                     : tr("Next assessment due on %1.").arg(due.toString(Qt::ISODate));
            m_levelLabel->setText(next.isEmpty() ? level : level + QStringLiteral("<br>") + next);
        }
        m_model->refresh();
    });
    m_view->resizeColumnsToContents();
    updateActions();
}

void ResidentAssessmentsSection::updateActions()
{
    const bool canWrite = m_context.actor().can(core::Permission::WriteAssessments);
    m_assessButton->setEnabled(canWrite && m_current);
    m_viewButton->setEnabled(m_view->selectionModel()->hasSelection());
    m_reportButton->setEnabled(m_view->selectionModel()->hasSelection());
}

core::AssessmentService::Assessment ResidentAssessmentsSection::selectedAssessment() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return m_model->assessment(rows.first().row());
}

AssessmentDialog* ResidentAssessmentsSection::assessResident()
{
    if (m_residentUid.isEmpty())
        return nullptr;
    auto* dialog = new AssessmentDialog(m_context, m_residentUid, m_residentName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AssessmentDialog* ResidentAssessmentsSection::viewSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return AssessmentDialog::openRecorded(m_context, m_model->assessment(rows.first().row()), this);
}

} // namespace jinglao::ui
