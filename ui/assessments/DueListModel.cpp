#include "assessments/DueListModel.h"

#include "common/AppContext.h"
#include "common/Clock.h"

#include <QBrush>
#include <QColor>

namespace jinglao::ui {

DueListModel::DueListModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void DueListModel::refresh()
{
    // Loaded first: when core throws, the model keeps what it showed and stays consistent.
    QList<core::AssessmentService::DueEntry> entries =
        core::AssessmentService(m_context.database()).dueList(m_context.actor(), core::Clock::today());
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int DueListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_entries.size();
}

int DueListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DueListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::AssessmentService::DueEntry& entry = m_entries.at(index.row());
    if (role == ResidentUidRole)
        return entry.residentUid;
    if (role == Qt::ForegroundRole && index.column() == StatusColumn && entry.daysOverdue > 0)
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case ResidentColumn:
        return entry.residentName;
    case BedColumn:
        return entry.bedCode;
    case LastAssessedColumn:
        return entry.lastAssessedOn.isValid() ? entry.lastAssessedOn.toString(Qt::ISODate) : QString();
    case LastLevelColumn:
        return entry.lastLevel >= 0 ? core::AssessmentLevel::label(entry.lastLevel) : QString();
    case DueOnColumn:
        return entry.dueOn.toString(Qt::ISODate);
    case StatusColumn:
        if (!entry.lastAssessedOn.isValid())
            return entry.daysOverdue > 0
                       ? tr("Never assessed (%n day(s) since admission)", nullptr, entry.daysOverdue)
                       : tr("Never assessed");
        return entry.daysOverdue > 0 ? tr("Overdue by %n day(s)", nullptr, entry.daysOverdue)
                                     : tr("Due today");
    default:
        return {};
    }
}

QVariant DueListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ResidentColumn:
        return tr("Resident");
    case BedColumn:
        return tr("Bed");
    case LastAssessedColumn:
        return tr("Last assessed");
    case LastLevelColumn:
        return tr("Last level");
    case DueOnColumn:
        return tr("Due on");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace jinglao::ui
