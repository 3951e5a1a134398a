#include "referrals/ReferralTableModel.h"

#include "referrals/ReferralCodes.h"

#include <QColor>

namespace jinglao::ui {

void ReferralTableModel::setReferrals(const QList<core::Referral>& referrals, const QDate& today)
{
    beginResetModel();
    m_rows = referrals;
    m_today = today;
    endResetModel();
}

int ReferralTableModel::rowOf(const QString& uid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).uid == uid)
            return row;
    }
    return -1;
}

int ReferralTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReferralTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReferralTableModel::stateText(const core::Referral& referral)
{
    const QString state = core::referrals::statuses().label(referral.status);
    if (referral.isAway())
        return tr("%1 · away").arg(state);
    if (referral.status == core::ReferralStatus::Closed && referral.outcome)
        return tr("%1 · %2").arg(state, core::referrals::outcomes().label(*referral.outcome));
    return state;
}

QDateTime ReferralTableModel::since(const core::Referral& referral)
{
    switch (referral.status) {
    case core::ReferralStatus::Draft:
        return {};
    case core::ReferralStatus::Sent:
        return referral.referredAt;
    case core::ReferralStatus::Admitted:
        return referral.admittedAt;
    case core::ReferralStatus::Returned:
        return referral.returnedAt;
    case core::ReferralStatus::Closed:
        return referral.closedAt;
    }
    return {};
}

QVariant ReferralTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Referral& r = m_rows.at(index.row());
    if (role == Qt::UserRole)
        return r.uid;
    if (role == Qt::ForegroundRole && index.column() == State && r.isAway())
        return QColor(0xb2, 0x6a, 0x00);
    if (role == Qt::ToolTipRole && index.column() == Institution)
        return data(index, Qt::DisplayRole);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return r.number;
    case Resident:
        return r.residentName;
    case Institution:
        return r.department.isEmpty() ? r.institutionName
                                      : tr("%1 · %2").arg(r.institutionName, r.department);
    case State:
        return stateText(r);
    case Since: {
        const QDateTime at = since(r);
        return at.isValid() ? at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
    }
    case DaysAway: {
        const int days = r.daysAway(m_today);
        return days < 0 ? QVariant() : QVariant(days);
    }
    default:
        return {};
    }
}

QVariant ReferralTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number:
        return tr("Number");
    case Resident:
        return tr("Resident");
    case Institution:
        return tr("Referred to");
    case State:
        return tr("State");
    case Since:
        return tr("Since");
    case DaysAway:
        return tr("Days away");
    default:
        return {};
    }
}

} // namespace jinglao::ui
