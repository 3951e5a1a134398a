#include "shiftlog/ShiftLogPage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "shiftlog/DutyPanel.h"
#include "shiftlog/ShiftLogBrowser.h"
#include "shiftlog/ShiftLogTableModel.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

ShiftLogPage::ShiftLogPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("shiftLogTabWidget"));
    m_duty = new DutyPanel(context, m_tabs);
    m_duty->setObjectName(QStringLiteral("dutyPanel"));
    m_browser = new ShiftLogBrowser(context, m_tabs);
    m_browser->setObjectName(QStringLiteral("shiftLogBrowser"));
    m_tabs->addTab(m_duty, tr("On duty"));
    m_tabs->addTab(m_browser, tr("Log"));
    layout->addWidget(m_tabs, 1);

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
    runGuarded(this, [this] {
        const core::ShiftLogService service(context().database());
        const QDate today = core::Clock::today();
        const QDate first(today.year(), today.month(), 1);
        const int opened = int(service.sessionsOn(context().actor(), today).size());
        const int incidents =
            service.incidentCount(context().actor(), first, first.addDays(first.daysInMonth() - 1));
        //: The shift log page's summary: shifts opened today, incidents this month.
        m_header->setSummary(tr("%n shift(s) opened today", nullptr, opened) +
                             tr("; %n incident(s) this month.", nullptr, incidents));
    });
    m_duty->refresh();
    m_browser->refresh();
}

bool ShiftLogPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("shift_logs");
}

bool ShiftLogPage::openRecord(const core::RecordRef& record)
{
    if (!showsRecordsOf(record.table))
        return false;
    const core::ShiftLogService::Entry entry =
        core::ShiftLogService(context().database()).entry(context().actor(), record.uid);
    m_tabs->setCurrentWidget(m_browser);
    return m_browser->showEntry(record.uid, QDate::fromString(entry.writtenAt.left(10), Qt::ISODate));
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
