#include "shiftlog/ResidentShiftLogSection.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/ErrorDialog.h"
#include "residents/ResidentDetailView.h"
#include "shiftlog/ShiftLogService.h"
#include "shiftlog/ShiftLogTableModel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
constexpr int ShownEntries = 200;
}

ResidentShiftLogSection::ResidentShiftLogSection(AppContext& context, QWidget* parent)
    : ResidentSection(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("residentShiftLogSummaryLabel"));
    m_summaryLabel->setWordWrap(true);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("residentShiftLogTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Written"), tr("Author"), tr("Incident"), tr("Happened"), tr("Entry")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
}

void ResidentShiftLogSection::setResident(const QString& residentUid)
{
    m_table->setRowCount(0);
    m_summaryLabel->clear();
    if (residentUid.isEmpty())
        return;
    runGuarded(this, [&] {
        const core::ShiftLogService service(m_context.database());
        const QList<core::ShiftLogService::Entry> entries =
            service.entriesOfResident(m_context.actor(), residentUid, ShownEntries);
        const int risks =
            static_cast<int>(service.riskEvents(m_context.actor(), residentUid, core::Clock::today()).size());
        int incidents = 0;
        m_table->setRowCount(static_cast<int>(entries.size()));
        for (int row = 0; row < entries.size(); ++row) {
            const core::ShiftLogService::Entry& entry = entries.at(row);
            const bool incident = entry.incident != core::Incident::None;
            incidents += incident ? 1 : 0;
            const QStringList cells{
                ShiftLogTableModel::shownTime(entry.writtenAt), ShiftLogTableModel::shownAuthor(entry),
                incident ? core::incidentCodes().label(entry.incident) : QString(),
                ShiftLogTableModel::shownOccurrence(entry), ShiftLogTableModel::shownSummary(entry)};
            for (int column = 0; column < cells.size(); ++column) {
                auto* item = new QTableWidgetItem(cells.at(column));
                if (incident)
                    item->setForeground(QBrush(QColor(0xb0, 0x20, 0x20)));
                if (column == cells.size() - 1)
                    item->setToolTip(cells.at(column));
                m_table->setItem(row, column, item);
            }
        }
        m_table->resizeColumnsToContents();
        QString summary =
            tr("%n risk event(s) (falls, choking, wandering) in the last 30 days.", nullptr, risks);
        if (entries.size() >= ShownEntries)
            summary +=
                QLatin1Char(' ') +
                tr("Showing the latest %1 entries; the shift log page has them all.").arg(ShownEntries);
        else {
            const int shown = int(entries.size());
            summary += QLatin1Char(' ') + tr("%n entry(ies) in the shift log", nullptr, shown) +
                       tr("; %n incident(s).", nullptr, incidents);
        }
        m_summaryLabel->setText(summary);
    });
}

} // namespace jinglao::ui
