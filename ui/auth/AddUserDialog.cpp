#include "auth/AddUserDialog.h"

#include "auth/AccountFields.h"
#include "auth/UserService.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/PersonPicker.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

AddUserDialog::AddUserDialog(core::Database& database, const core::Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("addUserDialog"));
    setWindowTitle(tr("Add a user"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setMaxLength(core::UserService::MaximumUsernameLength);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (core::Role role : {core::Role::Nurse, core::Role::ReadOnly, core::Role::Administrator})
        m_role->addItem(core::roleCodes().label(role), core::roleCodes().code(role));
    m_staff = new PersonPicker(this);
    m_staff->setObjectName(QStringLiteral("staffComboBox"));
    AccountFields::fillStaffChoices(m_staff, database, actor);
    m_password = AccountFields::passwordField(this, QStringLiteral("passwordLineEdit"));
    m_confirm = AccountFields::passwordField(this, QStringLiteral("confirmPasswordLineEdit"));
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Staff record:"), m_staff);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_confirm);
    layout->addLayout(form);
    m_message = AccountFields::messageLabel(this);
    layout->addWidget(m_message);
    layout->addWidget(makeOkCancelButtons(this, [this] { submit(); }));
    setMinimumWidth(400);
}

bool AddUserDialog::submit()
{
    if (!AccountFields::passwordsMatch(m_password, m_confirm, m_message))
        return false;
    core::Role role = core::Role::ReadOnly;
    role = core::roleCodes().fromCode(m_role->currentData().toString()).value_or(role);
    try {
        core::UserService(m_database)
            .addUser(m_actor, m_username->text().trimmed(), m_displayName->text(), role, m_password->text(),
                     m_staff->currentData().toString());
    } catch (const core::Error& error) {
        AccountFields::showMessage(m_message, error.message());
        return false;
    }
    accept();
    return true;
}

QString AddUserDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace jinglao::ui
