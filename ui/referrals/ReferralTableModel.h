#pragma once
// Referrals as rows: number, resident, where to (institution and department), state, since when
// (the latest step) and days away. The page's list and a resident's history use it.

#include "referrals/Referral.h"

#include <QAbstractTableModel>

namespace jinglao::ui {

class ReferralTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Number, Resident, Institution, State, Since, DaysAway, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReferrals(const QList<core::Referral>& referrals, const QDate& today);
    const core::Referral& referral(int row) const { return m_rows.at(row); }
    int rowOf(const QString& uid) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // "Admitted · away" and the like.
    static QString stateText(const core::Referral& referral);
    // When it reached its state: sent, admitted, returned or closed (created, for a draft: empty).
    static QDateTime since(const core::Referral& referral);

private:
    QList<core::Referral> m_rows;
    QDate m_today;
};

} // namespace jinglao::ui
