#pragma once
// The referral history of one resident, a tab of the resident's detail view: each referral with
// where to, its state, since when and the days away; whether they are away now with the bed held.

#include "residents/ResidentSection.h"

class QLabel;
class QTableView;

namespace jinglao::ui {

class AppContext;
class EmptyStateHint;
class ReferralTableModel;

class ResidentReferralsSection : public ResidentSection {
    Q_OBJECT

public:
    explicit ResidentReferralsSection(AppContext& context, QWidget* parent = nullptr);

    void setResident(const QString& residentUid) override;
    void refresh();

    QTableView* table() const { return m_table; }
    QLabel* stateLabel() const { return m_state; }

private:
    AppContext& m_context;
    QString m_residentUid;
    QLabel* m_state = nullptr;
    ReferralTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
};

} // namespace jinglao::ui
