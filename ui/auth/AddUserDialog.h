#pragma once
// Administrator: a new user account with its role, the staff record it writes as, and first password.

#include "auth/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class PersonPicker;

class AddUserDialog : public QDialog {
    Q_OBJECT

public:
    AddUserDialog(core::Database& database, const core::Actor& actor, QWidget* parent = nullptr);

    bool submit();
    QString message() const;

private:
    core::Database& m_database;
    core::Actor m_actor;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QComboBox* m_role = nullptr;
    PersonPicker* m_staff = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jinglao::ui
