#include "audit/AuditTableModel.h"

#include "auth/AuditLog.h"
#include "auth/AuditSubjects.h"
#include "common/Error.h"

namespace jinglao::ui {

AuditTableModel::AuditTableModel(core::Database& database, QObject* parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_actor(QStringLiteral("nobody"), core::Role::ReadOnly)
{}

void AuditTableModel::load(const core::Actor& actor, const core::AuditFilter& filter)
{
    // Loaded first: when core throws, the model keeps what it showed and stays consistent.
    QList<core::AuditEntry> first;
    if (actor.can(core::Permission::ViewAudit))
        first = core::AuditQuery(m_database).entries(actor, filter, 0, PageSize);
    m_changing = true;
    beginResetModel();
    m_actor = actor;
    m_filter = filter;
    m_hasMore = first.size() == PageSize;
    m_entries = std::move(first);
    endResetModel();
    m_changing = false;
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
    return !m_changing && !parent.isValid() && m_hasMore;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (m_changing || parent.isValid() || !m_hasMore)
        return;
    const qint64 beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    QList<core::AuditEntry> more;
    try {
        more = core::AuditQuery(m_database).entries(m_actor, m_filter, beforeId, PageSize);
    } catch (const core::Error& error) {
        // fetchMore runs inside the view's own code: stop paging and let the page say why.
        m_hasMore = false;
        Q_EMIT loadFailed(error.message());
        return;
    }
    m_hasMore = more.size() == PageSize;
    if (more.isEmpty())
        return;
    m_changing = true;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size() - 1));
    m_entries.append(more);
    endInsertRows();
    m_changing = false;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const core::AuditEntry& entry = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return entry.detail;
    // The record's uid stays at hand for those who need it (filters, the county package).
    if (role == Qt::ToolTipRole && index.column() == RecordColumn && !entry.recordUid.isEmpty())
        return tr("Record uid: %1").arg(entry.recordUid);
    if (role == Qt::ToolTipRole && index.column() == TableColumn)
        return entry.table;
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
        return entry.table.isEmpty() ? QString() : core::AuditSubjects::tableLabel(entry.table);
    case RecordColumn:
        return entry.subject.isEmpty() ? entry.recordUid : entry.subject;
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
