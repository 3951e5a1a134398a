#pragma once
// 调床: moves a present resident to another free bed from a date on, with a reason.

#include "residents/ResidentActionDialog.h"

class QLineEdit;

namespace jinglao::ui {

class BedComboBox;

class TransferDialog : public ResidentActionDialog {
    Q_OBJECT

public:
    TransferDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);

protected:
    void apply() override;
    bool confirm() override;

private:
    BedComboBox* m_bed = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace jinglao::ui
