#include "staff/StaffTableModel.h"

namespace jinglao::ui {

StaffTableModel::StaffTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void StaffTableModel::setStaff(QList<core::StaffMember> staff)
{
    beginResetModel();
    m_staff = std::move(staff);
    endResetModel();
}

int StaffTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_staff.size());
}

int StaffTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StaffTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || role != Qt::DisplayRole)
        return {};
    const core::StaffMember& member = m_staff.at(index.row());
    switch (index.column()) {
    case NameColumn:
        return member.name;
    case RoleColumn:
        return core::staffRoleCodes().label(member.role);
    case SkillColumn:
        return member.skillLevel > 0 ? QVariant(member.skillLevel) : QVariant();
    case HireColumn:
        return member.hireDate.toString(QStringLiteral("yyyy-MM-dd"));
    case LeaveColumn:
        return member.leaveDate.isValid() ? member.leaveDate.toString(QStringLiteral("yyyy-MM-dd"))
                                          : QString();
    case PhoneColumn:
        return member.phone;
    case IdColumn:
        return member.idNumber;
    default:
        return {};
    }
}

QVariant StaffTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case RoleColumn:
        return tr("Role");
    case SkillColumn:
        return tr("Skill level");
    case HireColumn:
        return tr("Hired");
    case LeaveColumn:
        return tr("Left");
    case PhoneColumn:
        return tr("Phone");
    case IdColumn:
        return tr("ID number");
    default:
        return {};
    }
}

} // namespace jinglao::ui
