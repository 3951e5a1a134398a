#pragma once
// Registers an elder for a family bed or edits one: every field of the registry, checked by
// FamilyBedService; a refusal is shown beside the form (and the field it names gets the focus),
// nothing is written until core accepts. submit() is what OK does, so tests drive it directly.

#include "common/FormDialog.h"
#include "familybeds/FamilyBed.h"

#include <QHash>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace jinglao::ui {

class FamilyBedDialog : public FormDialog {
    Q_OBJECT

public:
    // An empty familyBedUid registers a new elder.
    FamilyBedDialog(AppContext& context, const QString& familyBedUid, QWidget* parent = nullptr);

    const QString& familyBedUid() const { return m_uid; }

protected:
    void apply() override;
    void refused(const core::Error& error) override;

private:
    void load();
    void fillFromIdNumber();
    void updateEnabled();
    core::FamilyBed input() const;

    QString m_uid;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_idNumber = nullptr;
    QComboBox* m_gender = nullptr;
    QDateEdit* m_birthDate = nullptr;
    QComboBox* m_category = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_emergencyContact = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    QLineEdit* m_county = nullptr;
    QLineEdit* m_township = nullptr;
    QLineEdit* m_village = nullptr;
    QLineEdit* m_street = nullptr;
    QCheckBox* m_special = nullptr;
    QList<QCheckBox*> m_reasons;
    QComboBox* m_careLevel = nullptr;
    QDateEdit* m_careLevelOn = nullptr;
    QLineEdit* m_careLevelSource = nullptr;
    QLabel* m_careLevelNote = nullptr; // the assessed level in force, when there is one
    // Which field a refusal from core names (by its label).
    QHash<QString, QWidget*> m_fields;
};

} // namespace jinglao::ui
