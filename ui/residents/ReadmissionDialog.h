#pragma once
// 再次入住: brings a former resident back into a bed; their earlier stays stay on record. The bed
// they held last is proposed when it is free.

#include "residents/ResidentActionDialog.h"

namespace jinglao::ui {

class BedComboBox;

class ReadmissionDialog : public ResidentActionDialog {
    Q_OBJECT

public:
    ReadmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);

protected:
    void apply() override;
    bool confirm() override;

private:
    QDateEdit* m_date = nullptr;
    BedComboBox* m_bed = nullptr;
};

} // namespace jinglao::ui
