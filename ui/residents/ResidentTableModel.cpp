#include "residents/ResidentTableModel.h"

#include "auth/Privacy.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Error.h"

namespace jinglao::ui {

ResidentTableModel::ResidentTableModel(AppContext& context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{}

void ResidentTableModel::setFilter(const core::ResidentFilter& filter)
{
    m_filter = filter;
    reload();
}

void ResidentTableModel::reload()
{
    // Loaded first: when core throws, the model keeps what it showed and stays consistent.
    core::ResidentService residents(m_context.database());
    const int total = residents.count(m_context.actor(), m_filter);
    QList<core::Resident> rows = residents.list(m_context.actor(), m_filter, 0, PageSize);
    m_loaded = true;
    m_changing = true;
    beginResetModel();
    m_total = total;
    m_rows = std::move(rows);
    endResetModel();
    m_changing = false;
}

QString ResidentTableModel::residentUid(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).uid : QString();
}

int ResidentTableModel::rowOf(const QString& residentUid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uid == residentUid)
            return row;
    }
    return -1;
}

int ResidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ResidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool ResidentTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !m_changing && !parent.isValid() && m_rows.size() < m_total;
}

void ResidentTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_changing || parent.isValid())
        return;
    QList<core::Resident> more;
    try {
        more = core::ResidentService(m_context.database())
                   .list(m_context.actor(), m_filter, static_cast<int>(m_rows.size()), PageSize);
    } catch (const core::Error& error) {
        // fetchMore runs inside the view's own code: stop paging and let the page say why.
        m_total = static_cast<int>(m_rows.size());
        Q_EMIT loadFailed(error.message());
        return;
    }
    if (more.isEmpty()) {
        m_total = static_cast<int>(m_rows.size());
        return;
    }
    m_changing = true;
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
    m_changing = false;
}

void ResidentTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = core::ResidentFilter::Sort;
    switch (column) {
    case Name:
        m_filter.sort = Sort::Name;
        break;
    case Age:
        m_filter.sort = Sort::Age;
        break;
    case Category:
        m_filter.sort = Sort::Category;
        break;
    case Bed:
        m_filter.sort = Sort::BedCode;
        break;
    case CareLevel:
        m_filter.sort = Sort::CareLevel;
        break;
    case AdmissionDate:
        m_filter.sort = Sort::AdmissionDate;
        break;
    case DischargeDate:
        m_filter.sort = Sort::DischargeDate;
        break;
    default:
        return;
    }
    m_filter.descending = order == Qt::DescendingOrder;
    if (m_loaded)
        reload();
}

QVariant ResidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Resident& r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.uid;
    if (role == Qt::ForegroundRole && index.column() == CareLevel && r.careLevel >= 3)
        return QColor(0xc6, 0x28, 0x28);
    // Long labels (English categories) may be cut short in the column: the whole text on hover.
    if (role == Qt::ToolTipRole)
        return index.column() == Category || index.column() == CareLevel ? data(index, Qt::DisplayRole)
                                                                         : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return r.name;
    case Gender:
        return core::ResidentService::genderLabel(r.gender);
    case Age:
        return r.ageOn(r.isCurrent() ? core::Clock::today() : r.dischargeDate);
    case Category:
        return core::residentCategoryCodes().label(r.category);
    case Bed:
        // Away on referral: the bed is held for them.
        return r.away ? tr("%1 (away, bed held)").arg(r.bedCode) : r.bedCode;
    case CareLevel:
        return core::ResidentService::careLevelLabel(r.careLevel);
    case AdmissionDate:
        return r.admissionDate.toString(Qt::ISODate);
    case DischargeDate:
        return r.dischargeDate.isValid() ? r.dischargeDate.toString(Qt::ISODate) : QString();
    case IdNumber:
        return core::privacy::shownIdNumber(m_context.actor(), r.idNumber);
    default:
        return {};
    }
}

QVariant ResidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return core::ResidentService::nameLabel();
    case Gender:
        return core::ResidentService::genderFieldLabel();
    case Age:
        return tr("Age");
    case Category:
        return tr("Category");
    case Bed:
        return core::ResidentService::bedLabel();
    case CareLevel:
        return tr("Care level");
    case AdmissionDate:
        return tr("Admitted");
    case DischargeDate:
        return tr("Discharged");
    case IdNumber:
        return tr("ID number");
    default:
        return {};
    }
}

} // namespace jinglao::ui
