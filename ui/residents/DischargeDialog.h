#pragma once
// 出院: ends a resident's stay on a date for a reason and frees the bed.

#include "residents/ResidentActionDialog.h"

class QComboBox;

namespace jinglao::ui {

class DischargeDialog : public ResidentActionDialog {
    Q_OBJECT

public:
    DischargeDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);

protected:
    void apply() override;

private:
    QDateEdit* m_date = nullptr;
    QComboBox* m_reason = nullptr;
};

} // namespace jinglao::ui
