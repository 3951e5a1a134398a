#include "shiftlog/ShiftLogPage.h"

#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "shiftlog/DutyPanel.h"
#include "shiftlog/ShiftLogBrowser.h"
#include "shiftlog/ShiftLogTableModel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

ShiftLogPage::ShiftLogPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("shiftLogTabWidget"));
    m_duty = new DutyPanel(context, m_tabs);
    m_duty->setObjectName(QStringLiteral("dutyPanel"));
    m_browser = new ShiftLogBrowser(context, m_tabs);
    m_browser->setObjectName(QStringLiteral("shiftLogBrowser"));
    m_tabs->addTab(m_duty, tr("On duty"));
    m_tabs->addTab(m_browser, tr("Log"));
    layout->addWidget(m_tabs);

    connect(m_duty, &DutyPanel::logChanged, this, [this] {
        m_browser->applyFilter();
        // Other pages show incidents too (the roster's monthly figures, resident details).
        this->context().notifyDataChanged();
    });
    connect(m_browser, &ShiftLogBrowser::correctionRequested, this, &ShiftLogPage::correct);
}

QString ShiftLogPage::title() const
{
    return tr("Shift log");
}

void ShiftLogPage::refresh()
{
    m_duty->refresh();
    m_browser->refresh();
}

void ShiftLogPage::correct(int row)
{
    if (!m_duty->session()) {
        showError(this,
                  tr("Open your shift first: a correction is written as an entry of the shift on duty."));
        return;
    }
    m_duty->startCorrection(m_browser->model()->entryAt(row));
    m_tabs->setCurrentWidget(m_duty);
}

} // namespace jinglao::ui
