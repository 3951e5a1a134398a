#pragma once
// The month's coverage per family bed: planned against done, in person, the last visit and who
// is assigned; special-difficulty elders not yet visited stand out.

#include "familybeds/FamilyBed.h"

#include <QAbstractTableModel>

namespace jinglao::ui {

class CoverageTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        SpecialColumn,
        PlannedColumn,
        VisitsColumn,
        InPersonColumn,
        LastVisitColumn,
        StaffColumn,
        AddressColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit CoverageTableModel(QObject* parent = nullptr);

    void setCoverage(const core::MonthCoverage& month);
    const core::BedCoverage& bed(int row) const { return m_beds.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::BedCoverage> m_beds;
};

} // namespace jinglao::ui
