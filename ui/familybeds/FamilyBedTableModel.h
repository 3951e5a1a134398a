#pragma once
// The family-bed registry as a table: one row per elder with the agreement that matters on the
// day (a center has tens to a few hundred family beds, so the list loads whole).

#include "familybeds/FamilyBed.h"

#include <QAbstractTableModel>
#include <QDate>

namespace jinglao::ui {

class FamilyBedTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        GenderColumn,
        AgeColumn,
        CategoryColumn,
        SpecialColumn,
        VillageColumn,
        StateColumn,
        PeriodColumn,
        StaffColumn,
        ColumnCount
    };

    explicit FamilyBedTableModel(QObject* parent = nullptr);

    // day: the day the ages and the agreements' states are shown for.
    void setListings(QList<core::FamilyBedListing> listings, const QDate& day);
    const core::FamilyBedListing& listing(int row) const { return m_listings.at(row); }
    // -1 when the bed is not listed.
    int rowOf(const QString& familyBedUid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-03-01 – 2027-02-28", "2026-03-01 –" when open-ended.
    static QString periodText(const core::Agreement& agreement);

private:
    QList<core::FamilyBedListing> m_listings;
    QDate m_day;
};

} // namespace jinglao::ui
