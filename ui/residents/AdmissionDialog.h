#pragma once
// 入住登记: admits a resident into a bed; with a resident uid, edits their personal data.
// Tests fill the fields (found by objectName) and call submit() or click okButton.

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace jinglao::ui {

class AppContext;
class BedComboBox;

class AdmissionDialog : public QDialog {
    Q_OBJECT

public:
    // residentUid empty: a new admission; otherwise editing that resident.
    AdmissionDialog(AppContext& context, const QString& residentUid = {}, QWidget* parent = nullptr);

    void setBed(const QString& bedUid);
    // Writes through core; shows the error and returns false when refused.
    bool submit();
    QString residentUid() const { return m_residentUid; }

private:
    void fillFromIdNumber();
    void load();

    AppContext& m_context;
    QString m_residentUid;
    bool m_editing = false;
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
    QPushButton* m_ok = nullptr;
};

} // namespace jinglao::ui
