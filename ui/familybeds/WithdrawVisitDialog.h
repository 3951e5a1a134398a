#pragma once
// Withdraws a home visit entered by mistake: the reason is required, the visit is marked deleted
// (it no longer counts) and the audit log keeps it.

#include "common/FormDialog.h"
#include "familybeds/FamilyBed.h"

class QLineEdit;

namespace jinglao::ui {

class WithdrawVisitDialog : public FormDialog {
    Q_OBJECT

public:
    WithdrawVisitDialog(AppContext& context, const core::HomeVisit& visit, QWidget* parent = nullptr);

protected:
    void apply() override;

private:
    QString m_visitUid;
    QLineEdit* m_reason = nullptr;
};

} // namespace jinglao::ui
