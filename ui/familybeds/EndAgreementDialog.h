#pragma once
// Ends a service agreement early: its last day of service and the reason, both required by
// FamilyBedService; the agreement stays in the history.

#include "common/FormDialog.h"

class QDateEdit;
class QLineEdit;

namespace jinglao::ui {

class EndAgreementDialog : public FormDialog {
    Q_OBJECT

public:
    EndAgreementDialog(AppContext& context, const QString& agreementUid, QWidget* parent = nullptr);

protected:
    void apply() override;

private:
    QString m_agreementUid;
    QDateEdit* m_day = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace jinglao::ui
