#pragma once
// Adds or edits one staff member. The fields are reachable by objectName and submit() saves
// through StaffService, so tests drive it without exec().

#include "staff/StaffMember.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

namespace jinglao::ui {

class AppContext;

class StaffDialog : public QDialog {
    Q_OBJECT

public:
    // An empty member.uid adds a new person.
    StaffDialog(AppContext& context, const core::StaffMember& member, QWidget* parent = nullptr);

    // Validates and saves through core; on success accepts the dialog and returns true.
    bool submit();
    const QString& savedUid() const { return m_uid; }

private:
    void updateSkillLevel();

    AppContext& m_context;
    QString m_uid;
    QLineEdit* m_name;
    QLineEdit* m_idNumber;
    QComboBox* m_role;
    QSpinBox* m_skill;
    QDateEdit* m_hire;
    QCheckBox* m_hasLeft;
    QDateEdit* m_leave;
    QLineEdit* m_phone;
};

} // namespace jinglao::ui
