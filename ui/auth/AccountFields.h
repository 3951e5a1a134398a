#pragma once
// What every account dialog shares: masked password fields, the repeated-password check and
// the red message line under the form.

#include <QCoreApplication>
#include <QString>

class QLabel;
class QLineEdit;
class QWidget;

namespace jinglao::ui {

class AccountFields {
    Q_DECLARE_TR_FUNCTIONS(AccountFields)

public:
    static QLineEdit* passwordField(QWidget* parent, const QString& objectName);
    // Hidden until showMessage; named messageLabel for tests.
    static QLabel* messageLabel(QWidget* parent);
    static void showMessage(QLabel* label, const QString& text);
    // False, with the reason shown in message, when the two passwords differ.
    static bool passwordsMatch(const QLineEdit* password, const QLineEdit* repeated, QLabel* message);
};

} // namespace jinglao::ui
