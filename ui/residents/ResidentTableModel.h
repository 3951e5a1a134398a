#pragma once
// The resident list, loaded a page at a time (canFetchMore/fetchMore) through ResidentService,
// filtered and sorted in SQL. ID numbers and phones are shown as the actor may see them.

#include "residents/ResidentService.h"

#include <QAbstractTableModel>
#include <QColor>

namespace jinglao::ui {

class AppContext;

class ResidentTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        Name,
        Gender,
        Age,
        Category,
        Bed,
        CareLevel,
        AdmissionDate,
        DischargeDate,
        IdNumber,
        ColumnCount
    };
    static constexpr int PageSize = 100;

    explicit ResidentTableModel(AppContext& context, QObject* parent = nullptr);

    void setFilter(const core::ResidentFilter& filter);
    const core::ResidentFilter& filter() const { return m_filter; }
    // Reloads from the first page, keeping filter and sort.
    void reload();
    QString residentUid(int row) const;
    int rowOf(const QString& residentUid) const;
    int totalCount() const { return m_total; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

Q_SIGNALS:
    // A later page could not be read; no more rows are fetched.
    void loadFailed(const QString& message);

public:
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    AppContext& m_context;
    core::ResidentFilter m_filter;
    QList<core::Resident> m_rows;
    int m_total = 0;
    // True while rows are being reset or inserted: a fetchMore asked for from inside those
    // notifications (QAbstractItemModelTester does) must not start another insertion.
    bool m_changing = false;
    bool m_loaded = false; // a sort set before the first reload() is only remembered
};

} // namespace jinglao::ui
