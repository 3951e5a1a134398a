#pragma once
// The staff list: one row per person (a center has tens, not thousands, so it loads whole).

#include "auth/Actor.h"
#include "staff/StaffMember.h"

#include <QAbstractTableModel>

namespace jinglao::ui {

class StaffTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        RoleColumn,
        SkillColumn,
        HireColumn,
        LeaveColumn,
        PhoneColumn,
        IdColumn,
        ColumnCount
    };

    explicit StaffTableModel(QObject* parent = nullptr);

    void setStaff(QList<core::StaffMember> staff);
    const core::StaffMember& member(int row) const { return m_staff.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<core::StaffMember> m_staff;
};

} // namespace jinglao::ui
