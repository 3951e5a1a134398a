#pragma once
// A new password, typed twice: a user changing their own (with the current one) or an
// administrator resetting someone else's.

#include "auth/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class PasswordDialog : public QDialog {
    Q_OBJECT

public:
    enum class Mode { ChangeOwn, Reset };

    // For Reset, username is the account whose password the administrator sets.
    PasswordDialog(core::Database& database, const core::Actor& actor, Mode mode,
                   const QString& username = {}, QWidget* parent = nullptr);

    bool submit();
    QString message() const;

private:
    core::Database& m_database;
    core::Actor m_actor;
    Mode m_mode;
    QString m_username;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_confirm = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jinglao::ui
