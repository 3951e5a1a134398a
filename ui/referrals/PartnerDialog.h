#pragma once
// A partner institution, new or changed: name, type, departments, phone, contact doctor and the
// cooperation agreement (签约: from, until, what it covers). ReferralService checks it.

#include "common/FormDialog.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace jinglao::ui {

class PartnerDialog : public FormDialog {
    Q_OBJECT

public:
    // partnerUid empty: a new partner.
    PartnerDialog(AppContext& context, const QString& partnerUid, QWidget* parent = nullptr);

    const QString& partnerUid() const { return m_partnerUid; }

protected:
    void apply() override;

private:
    QString m_partnerUid;
    QLineEdit* m_name = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_departments = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_doctor = nullptr;
    QCheckBox* m_hasAgreement = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_hasEnd = nullptr;
    QDateEdit* m_to = nullptr;
    QPlainTextEdit* m_covers = nullptr;
};

} // namespace jinglao::ui
