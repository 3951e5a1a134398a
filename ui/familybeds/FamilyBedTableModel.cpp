#include "familybeds/FamilyBedTableModel.h"

#include "familybeds/FamilyBedService.h"
#include "residents/ResidentService.h"

#include <QBrush>
#include <QColor>

namespace jinglao::ui {

FamilyBedTableModel::FamilyBedTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void FamilyBedTableModel::setListings(QList<core::FamilyBedListing> listings, const QDate& day)
{
    beginResetModel();
    m_listings = std::move(listings);
    m_day = day;
    endResetModel();
}

int FamilyBedTableModel::rowOf(const QString& familyBedUid) const
{
    for (int row = 0; row < m_listings.size(); ++row) {
        if (m_listings.at(row).bed.uid == familyBedUid)
            return row;
    }
    return -1;
}

int FamilyBedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_listings.size());
}

int FamilyBedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FamilyBedTableModel::periodText(const core::Agreement& agreement)
{
    const QDate last = agreement.lastDay();
    return QStringLiteral("%1 – %2")
        .arg(agreement.startsOn.toString(Qt::ISODate),
             last.isValid() ? last.toString(Qt::ISODate) : QString())
        .trimmed();
}

QVariant FamilyBedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_listings.size())
        return {};
    const core::FamilyBedListing& listing = m_listings.at(index.row());
    const core::FamilyBed& bed = listing.bed;
    if (role == Qt::ForegroundRole) {
        if (index.column() == SpecialColumn && bed.specialDifficulty)
            return QBrush(QColor(0xB0, 0x00, 0x20));
        if (index.column() == StateColumn && listing.state != core::Agreement::State::Active)
            return QBrush(QColor(0x75, 0x75, 0x75));
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return bed.name;
    case GenderColumn:
        return core::ResidentService::genderLabel(bed.gender);
    case AgeColumn:
        return bed.ageOn(m_day);
    case CategoryColumn:
        return core::residentCategoryCodes().label(bed.category);
    case SpecialColumn:
        return bed.specialDifficulty ? tr("Special difficulty") : QString();
    case VillageColumn:
        return bed.township + bed.village;
    case StateColumn:
        return listing.state ? core::FamilyBedService::agreementStateLabel(*listing.state)
                             : tr("No agreement");
    case PeriodColumn:
        return listing.agreement ? periodText(*listing.agreement) : QString();
    case StaffColumn:
        return listing.agreement ? listing.agreement->staffName : QString();
    default:
        return {};
    }
}

QVariant FamilyBedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case AgeColumn:
        return tr("Age");
    case CategoryColumn:
        return tr("Category");
    case SpecialColumn:
        return tr("Special");
    case VillageColumn:
        return tr("Township and village");
    case StateColumn:
        return tr("Agreement");
    case PeriodColumn:
        return tr("Period");
    case StaffColumn:
        return tr("Assigned staff");
    default:
        return {};
    }
}

} // namespace jinglao::ui
