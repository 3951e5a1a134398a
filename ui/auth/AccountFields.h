#pragma once
// What every account form shares: masked password fields, the repeated-password check, the red
// message line under the form and the choice of the staff record an account is linked to.

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace jinglao::core {
class Actor;
class Database;
} // namespace jinglao::core

namespace jinglao::ui {

class PersonPicker;

class AccountFields {
    Q_DECLARE_TR_FUNCTIONS(AccountFields)

public:
    static QLineEdit* passwordField(QWidget* parent, const QString& objectName);
    // Hidden until showMessage; named messageLabel for tests.
    static QLabel* messageLabel(QWidget* parent);
    static void showMessage(QLabel* label, const QString& text);
    // False, with the reason shown in message, when the two passwords differ.
    static bool passwordsMatch(const QLineEdit* password, const QLineEdit* repeated, QLabel* message);
    // Fills the picker with "(none)" and the current staff in pinyin order ("name · role", data:
    // the staff uid), searchable by any spelling of a name.
    static void fillStaffChoices(PersonPicker* picker, core::Database& database, const core::Actor& actor);
};

} // namespace jinglao::ui
