#pragma once
// First start on a database without accounts: creates the administrator, who is then logged in,
// and records the center's details.

#include "auth/Actor.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class CenterForm;

class FirstAdministratorDialog : public QDialog {
    Q_OBJECT

public:
    explicit FirstAdministratorDialog(core::Database& database, QWidget* parent = nullptr);

    // Creates the account and saves the center's details from the fields; false (with the reason
    // shown) when refused.
    bool submit();
    const std::optional<core::Actor>& actor() const { return m_actor; }
    QString message() const;

private:
    void showMessage(const QString& text);

    core::Database& m_database;
    std::optional<core::Actor> m_actor;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirm = nullptr;
    CenterForm* m_center = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace jinglao::ui
