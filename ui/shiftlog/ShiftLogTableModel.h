#pragma once
// The shift log across shifts for a table view, newest first. Rows arrive a page at a time
// through canFetchMore/fetchMore (keyset paging in core::ShiftLogQuery), so ten years of
// entries open at once; nothing is counted up front.

#include "auth/Actor.h"
#include "shiftlog/ShiftLogQuery.h"
#include "shiftlog/ShiftLogService.h"

#include <QAbstractTableModel>

#include <memory>

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class ShiftLogTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        TimeColumn,
        ShiftColumn,
        AuthorColumn,
        ResidentColumn,
        IncidentColumn,
        OccurredColumn,
        SummaryColumn,
        ColumnCount
    };
    static constexpr int PageSize = 100;

    ShiftLogTableModel(core::Database& db, const core::Actor& actor, QObject* parent = nullptr);

    // Starts over with this filter and loads the first page. Throws core::Error, leaving the model
    // as it was.
    void setFilter(const core::ShiftLogQuery::Filter& filter);
    void reload() { setFilter(m_filter); }
    // The person reading (after a login change); takes effect at the next setFilter.
    void setActor(const core::Actor& actor) { m_actor = actor; }
    const core::ShiftLogService::Entry& entryAt(int row) const { return m_entries.at(row); }
    // Short form of a stored timestamp: 2026-11-02 10:30.
    static QString shownTime(const QString& timestamp);
    // When an incident happened, as the log shows it ("2026-11-02 02:10"); empty for a note.
    static QString shownOccurrence(const core::ShiftLogService::Entry& entry);
    // The same within its shift's lists: "02:10", with the day when it is not the day written.
    static QString shownOccurrenceInShift(const core::ShiftLogService::Entry& entry);
    // The author, and the administrator who wrote on her behalf if one did.
    static QString shownAuthor(const core::ShiftLogService::Entry& entry);
    // The entry's text with its correction or follow-up marks.
    static QString shownSummary(const core::ShiftLogService::Entry& entry);

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
    core::Database& m_db;
    core::Actor m_actor;
    core::ShiftLogQuery::Filter m_filter;
    std::unique_ptr<core::ShiftLogQuery> m_query;
    QList<core::ShiftLogService::Entry> m_entries;
    // True while rows are being reset or inserted: a fetchMore asked for from inside those
    // notifications (QAbstractItemModelTester does) must not start another insertion.
    bool m_changing = false;
};

} // namespace jinglao::ui
