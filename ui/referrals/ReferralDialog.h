#pragma once
// A new referral form (a draft) or the change of a draft: the resident, where to, the clinical
// details of the form (reason, impression, history, treatment, medication), urgency, the referring
// staff member and the consent. ReferralService checks it; a refusal is shown beside the form.

#include "common/FormDialog.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace jinglao::ui {

class PersonPicker;

class ReferralDialog : public FormDialog {
    Q_OBJECT

public:
    // referralUid empty: a new draft (for residentUid when given); else the draft to change.
    ReferralDialog(AppContext& context, const QString& referralUid, const QString& residentUid = {},
                   QWidget* parent = nullptr);

    const QString& referralUid() const { return m_referralUid; }

protected:
    void apply() override;

private:
    void fillDepartments();

    QString m_referralUid;
    PersonPicker* m_resident = nullptr;
    QComboBox* m_institution = nullptr;
    QComboBox* m_department = nullptr;
    QLineEdit* m_doctor = nullptr;
    QComboBox* m_urgency = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QPlainTextEdit* m_impression = nullptr;
    QPlainTextEdit* m_history = nullptr;
    QPlainTextEdit* m_treatment = nullptr;
    QPlainTextEdit* m_medication = nullptr;
    PersonPicker* m_staff = nullptr;
    QComboBox* m_consent = nullptr;
    QLineEdit* m_consentBy = nullptr;
};

} // namespace jinglao::ui
