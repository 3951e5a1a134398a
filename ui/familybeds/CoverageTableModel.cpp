#include "familybeds/CoverageTableModel.h"

#include <QBrush>
#include <QColor>

namespace jinglao::ui {

CoverageTableModel::CoverageTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CoverageTableModel::setCoverage(const core::MonthCoverage& month)
{
    beginResetModel();
    m_beds = month.beds;
    endResetModel();
}

int CoverageTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_beds.size());
}

int CoverageTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoverageTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_beds.size())
        return {};
    const core::BedCoverage& bed = m_beds.at(index.row());
    if (role == Qt::ForegroundRole) {
        if (bed.specialDifficulty && bed.visits == 0)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (index.column() == VisitsColumn && bed.visits < bed.plannedVisits)
            return QBrush(QColor(0x8a, 0x53, 0x00));
        return {};
    }
    if (role == Qt::TextAlignmentRole && index.column() >= PlannedColumn && index.column() <= InPersonColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return bed.name;
    case SpecialColumn:
        return bed.specialDifficulty ? tr("Special difficulty") : QString();
    case PlannedColumn:
        return bed.plannedVisits;
    case VisitsColumn:
        return bed.visits;
    case InPersonColumn:
        return bed.visitsInPerson;
    case LastVisitColumn:
        return bed.lastVisit.isValid() ? bed.lastVisit.toString(Qt::ISODate) : QString();
    case StaffColumn:
        return bed.staffName;
    case AddressColumn:
        return bed.address;
    case PhoneColumn:
        return bed.phone;
    default:
        return {};
    }
}

QVariant CoverageTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Elder");
    case SpecialColumn:
        return tr("Special");
    case PlannedColumn:
        return tr("Planned");
    case VisitsColumn:
        return tr("Visited");
    case InPersonColumn:
        return tr("In person");
    case LastVisitColumn:
        return tr("Last visit");
    case StaffColumn:
        return tr("Assigned staff");
    case AddressColumn:
        return tr("Address");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace jinglao::ui
