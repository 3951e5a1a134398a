#include "audit/AuditTableModel.h"

#include "auth/AuditLog.h"

namespace jinglao::ui {

AuditTableModel::AuditTableModel(core::Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_actor(QStringLiteral("nobody"), core::Role::ReadOnly)
{}

void AuditTableModel::load(const core::Actor& actor, const core::AuditFilter& filter)
{
    beginResetModel();
    m_actor = actor;
    m_filter = filter;
    m_entries.clear();
    m_hasMore = actor.can(core::Permission::ViewAudit);
    endResetModel();
    if (m_hasMore)
        fetchMore({});
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore)
        return;
    const qint64 beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    const QList<core::AuditEntry> more =
        core::AuditQuery(m_database).entries(m_actor, m_filter, beforeId, PageSize);
    m_hasMore = more.size() == PageSize;
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
    m_entries.append(more);
    endInsertRows();
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return entry.detail;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case AtColumn:
        return entry.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' '));
    case ActorColumn:
        return entry.actor;
    case ActionColumn:
        return core::AuditLog::actionLabel(entry.action);
    case TableColumn:
        return entry.table;
    case RecordColumn:
        return entry.recordUid;
    case DetailColumn:
        return entry.detail;
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case AtColumn:
        return tr("Time");
    case ActorColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case TableColumn:
        return tr("Table");
    case RecordColumn:
        return tr("Record");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

} // namespace jinglao::ui
