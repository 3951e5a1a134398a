#pragma once
// Asks for a user name and password: at start (Login) and when an idle session is locked
// (Unlock: the same user or an administrator). Errors show inside the dialog, so a test can
// fill the fields and call submit() without a message box.

#include "auth/Actor.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class LoginDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { Login, Unlock };

    // In Unlock mode sessionActor is the user whose session is locked.
    LoginDialog(core::Database& database, Mode mode, const core::Actor& sessionActor,
                QWidget* parent = nullptr);

    // Checks the entered credentials; on success accepts the dialog and returns true, otherwise
    // shows why in the dialog, clears the password and returns false.
    bool submit();
    // Unlock mode: another person logs in instead (at a shift change, at a station someone left
    // locked). The dialog warns which of the forms left open hold unsaved input that will be
    // discarded (see setFormsWithUnsavedInput); submit() then logs in.
    void startSwitchingUser();
    // The titles of the forms the locked user left with unsaved input, named in the warning.
    void setFormsWithUnsavedInput(const QStringList& titles) { m_unsavedForms = titles; }
    bool isSwitchingUser() const { return m_switching; }
    // Who logged in or unlocked, once submit() succeeded.
    const std::optional<core::Actor>& actor() const { return m_actor; }
    QString message() const;

    void reject() override;

private:
    core::Database& m_database;
    Mode m_mode;
    core::Actor m_sessionActor;
    std::optional<core::Actor> m_actor;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_intro = nullptr;
    QPushButton* m_loginButton = nullptr;
    QPushButton* m_switchButton = nullptr;
    bool m_switching = false;
    QStringList m_unsavedForms;
};

} // namespace jinglao::ui
