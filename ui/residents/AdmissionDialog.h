#pragma once
// 入住登记: admits a resident into a bed; with a resident uid, edits their personal data. The
// fields follow the paper form: the person, the bed and date, the category (chosen, no default),
// the contacts. Leaving the ID field says beside it what is wrong or what the number encodes
// (core::IdNumber::advice). Core's refusal stands under the form; closing with unsaved input asks
// (FormDialog). Tests fill the fields (found by objectName) and call submit() or click okButton.

#include "common/FormDialog.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace jinglao::ui {

class BedComboBox;

class AdmissionDialog : public FormDialog {
    Q_OBJECT

public:
    // residentUid empty: a new admission; otherwise editing that resident.
    AdmissionDialog(AppContext& context, const QString& residentUid = {}, QWidget* parent = nullptr);

    void setBed(const QString& bedUid);
    QString residentUid() const { return m_residentUid; }
    // Whether the ID field is marked as needing a look (until the number is fixed).
    bool idNumberFlagged() const { return m_idFlagged; }

protected:
    void apply() override;
    void refused(const core::Error& error) override;

private:
    void fillFromIdNumber();
    // Shows what the ID number says beside it and marks the field when something is wrong.
    void adviseOnIdNumber();
    void flagIdNumber(bool flagged);
    void load();

    QString m_residentUid;
    bool m_editing = false;
    bool m_idLeft = false; // the ID field was left once: advice follows the other fields from now on
    bool m_idFlagged = false;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QLabel* m_hint = nullptr;
    QComboBox* m_gender = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QComboBox* m_category = nullptr;
    QDateEdit* m_admissionDate = nullptr;
    BedComboBox* m_bed = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_emergencyContact = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
};

} // namespace jinglao::ui
