#pragma once
// The audit log as a table, newest first, fetched a page at a time as the view scrolls. Records
// are shown by what they are (张三, 床位 A-101), their uid in the tooltip.

#include "auth/Actor.h"
#include "auth/AuditQuery.h"

#include <QAbstractTableModel>

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class AuditTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { AtColumn, ActorColumn, ActionColumn, TableColumn, RecordColumn, DetailColumn, ColumnCount };
    static constexpr int PageSize = 200;

    AuditTableModel(core::Database& database, QObject* parent = nullptr);

    // Starts again from the newest entry with this actor and filter.
    void load(const core::Actor& actor, const core::AuditFilter& filter);
    const core::AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A later page could not be read; no more rows are fetched.
    void loadFailed(const QString& message);

private:
    core::Database& m_database;
    core::Actor m_actor;
    core::AuditFilter m_filter;
    QList<core::AuditEntry> m_entries;
    bool m_hasMore = false;
    // True while rows are being reset or inserted: a fetchMore asked for from inside those
    // notifications (QAbstractItemModelTester does) must not start another insertion.
    bool m_changing = false;
};

} // namespace jinglao::ui
