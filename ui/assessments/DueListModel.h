#pragma once
// The residents due for an ability assessment, most overdue first. The list is bounded by the
// number of current residents, so it is loaded whole on refresh.

#include "assessments/AssessmentService.h"

#include <QAbstractTableModel>

namespace jinglao::ui {

class AppContext;

class DueListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        ResidentColumn,
        BedColumn,
        LastAssessedColumn,
        LastLevelColumn,
        DueOnColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int ResidentUidRole = Qt::UserRole + 1;

    explicit DueListModel(AppContext& context, QObject* parent = nullptr);

    void refresh();
    const core::AssessmentService::DueEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    AppContext& m_context;
    QList<core::AssessmentService::DueEntry> m_entries;
};

} // namespace jinglao::ui
