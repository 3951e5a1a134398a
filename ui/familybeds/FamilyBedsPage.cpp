#include "familybeds/FamilyBedsPage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/Figure.h"
#include "common/PageHeader.h"
#include "familybeds/CoveragePanel.h"
#include "familybeds/FamilyBedDetailView.h"
#include "familybeds/FamilyBedDialog.h"
#include "familybeds/FamilyBedRegistry.h"
#include "familybeds/FamilyBedTableModel.h"
#include "familybeds/HomeVisitEntry.h"
#include "familybeds/HomeVisitService.h"

#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

FamilyBedsPage::FamilyBedsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 12, 12);
    m_header = new PageHeader(title(), this);
    m_register = new QPushButton(tr("Register an elder…"), this);
    m_register->setObjectName(QStringLiteral("registerFamilyBedButton"));
    m_header->addAction(m_register);
    layout->addWidget(m_header);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("familyBedsTabWidget"));
    m_registry = new FamilyBedRegistry(context, m_tabs);
    m_registry->setObjectName(QStringLiteral("familyBedRegistry"));
    m_entry = new HomeVisitEntry(context, m_tabs);
    m_coverage = new CoveragePanel(context, m_tabs);
    m_tabs->addTab(m_registry, tr("Registry and agreements"));
    m_tabs->addTab(m_entry, tr("Enter home visits"));
    m_tabs->addTab(m_coverage, tr("Monthly coverage"));
    layout->addWidget(m_tabs, 1);

    connect(m_register, &QPushButton::clicked, this, &FamilyBedsPage::registerElder);
    connect(m_registry->detail(), &FamilyBedDetailView::correctionRequested, this,
            [this](const core::HomeVisit& visit) {
                m_entry->startCorrection(visit);
                m_tabs->setCurrentWidget(m_entry);
            });
    connect(&context, &AppContext::actorChanged, this, &FamilyBedsPage::chooseStartingTab);
    chooseStartingTab();
}

QString FamilyBedsPage::title() const
{
    return tr("Family care beds");
}

void FamilyBedsPage::chooseStartingTab()
{
    // A nurse comes here to enter her round; an administrator to the registry.
    const core::Actor& actor = context().actor();
    const bool nurse =
        actor.can(core::Permission::WriteHomeVisits) && !actor.can(core::Permission::ManageFamilyBeds);
    m_tabs->setCurrentWidget(nurse ? static_cast<QWidget*>(m_entry) : m_registry);
}

void FamilyBedsPage::refresh()
{
    m_register->setVisible(context().actor().can(core::Permission::ManageFamilyBeds));
    m_registry->refresh();
    m_entry->refresh();
    m_coverage->refresh();
    updateSummary();
}

void FamilyBedsPage::updateSummary()
{
    try {
        const QDate today = core::Clock::today();
        const core::MonthCoverage month =
            core::HomeVisitService(context().database()).coverage(context().actor(), today);
        const QString rate = month.hasRate() ? percentText(month.visitRatePercent() / 100.0)
                                             : tr("no special-difficulty elders");
        m_header->setSummary(tr("This month: %1 family beds in service, %2 special-difficulty elders, %3 of "
                                "them visited (visit rate: %4).")
                                 .arg(month.activeBeds)
                                 .arg(month.specialBeds)
                                 .arg(month.specialVisited)
                                 .arg(rate));
    } catch (const core::Error&) {
        m_header->setSummary(QString());
    }
}

void FamilyBedsPage::registerElder()
{
    FamilyBedDialog dialog(context(), QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_tabs->setCurrentWidget(m_registry);
        m_registry->showFamilyBed(dialog.familyBedUid());
    }
}

bool FamilyBedsPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("family_beds");
}

bool FamilyBedsPage::openRecord(const core::RecordRef& record)
{
    if (!showsRecordsOf(record.table))
        return false;
    m_tabs->setCurrentWidget(m_registry);
    m_registry->showFamilyBed(record.uid);
    return m_registry->model()->rowOf(record.uid) >= 0;
}

} // namespace jinglao::ui
