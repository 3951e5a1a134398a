#include "auth/PasswordDialog.h"

#include "auth/AccountFields.h"
#include "auth/UserService.h"
#include "common/DialogButtons.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

PasswordDialog::PasswordDialog(core::Database& database, const core::Actor& actor, Mode mode,
                               const QString& username, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
    , m_mode(mode)
    , m_username(username)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(mode == Mode::ChangeOwn ? tr("Change my password")
                                           : tr("Reset the password of %1").arg(username));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (mode == Mode::ChangeOwn) {
        m_current = AccountFields::passwordField(this, QStringLiteral("currentPasswordLineEdit"));
        form->addRow(tr("Current password:"), m_current);
    }
    m_new = AccountFields::passwordField(this, QStringLiteral("newPasswordLineEdit"));
    m_confirm = AccountFields::passwordField(this, QStringLiteral("confirmPasswordLineEdit"));
    form->addRow(tr("New password:"), m_new);
    form->addRow(tr("Repeat password:"), m_confirm);
    layout->addLayout(form);
    auto* hint =
        new QLabel(tr("At least %1 characters.").arg(core::UserService::MinimumPasswordLength), this);
    layout->addWidget(hint);
    m_message = AccountFields::messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(makeOkCancelButtons(this, [this] { submit(); }));
    setMinimumWidth(380);
}

bool PasswordDialog::submit()
{
    if (!AccountFields::passwordsMatch(m_new, m_confirm, m_message))
        return false;
    try {
        core::UserService users(m_database);
        if (m_mode == Mode::ChangeOwn)
            users.changeOwnPassword(m_actor, m_current->text(), m_new->text());
        else
            users.resetPassword(m_actor, m_username, m_new->text());
    } catch (const core::Error& error) {
        AccountFields::showMessage(m_message, error.message());
        return false;
    }
    accept();
    return true;
}

QString PasswordDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace jinglao::ui
