#include "auth/FirstAdministratorDialog.h"

#include "auth/AccountFields.h"
#include "auth/UserService.h"
#include "center/CenterForm.h"
#include "center/CenterService.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

FirstAdministratorDialog::FirstAdministratorDialog(core::Database& database, QWidget* parent)
    : QDialog(parent)
    , m_database(database)
{
    setObjectName(QStringLiteral("firstAdministratorDialog"));
    setWindowTitle(tr("Create the administrator account"));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("This database has no user accounts yet. Create the administrator's account: the "
                      "administrator manages users and settings and sees all personal data. The password "
                      "needs at least %1 characters.")
                       .arg(core::UserService::MinimumPasswordLength),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* account = new QGroupBox(tr("The administrator"), this);
    auto* form = new QFormLayout(account);
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setMaxLength(core::UserService::MaximumUsernameLength);
    m_displayName = new QLineEdit(this);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_password = AccountFields::passwordField(this, QStringLiteral("passwordLineEdit"));
    m_confirm = AccountFields::passwordField(this, QStringLiteral("confirmPasswordLineEdit"));
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Full name:"), m_displayName);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Repeat password:"), m_confirm);
    layout->addWidget(account);

    // The center's details belong to the first start too: without them every page and document
    // would carry the program's name instead of the center's.
    auto* center =
        new QGroupBox(tr("The center (only its name is needed now; the rest can follow in Settings)"), this);
    auto* centerLayout = new QVBoxLayout(center);
    m_center = new CenterForm(center);
    centerLayout->addWidget(m_center);
    layout->addWidget(center);

    m_message = AccountFields::messageLabel(this);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* create = buttons->addButton(tr("Create and log in"), QDialogButtonBox::AcceptRole);
    create->setObjectName(QStringLiteral("createButton"));
    create->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole)->setObjectName(QStringLiteral("quitButton"));
    layout->addWidget(buttons);
    connect(create, &QPushButton::clicked, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(520);
}

void FirstAdministratorDialog::showMessage(const QString& text)
{
    AccountFields::showMessage(m_message, text);
}

bool FirstAdministratorDialog::submit()
{
    if (!AccountFields::passwordsMatch(m_password, m_confirm, m_message))
        return false;
    try {
        // Everything is checked before the account is made, so that a refused detail leaves nothing
        // half done; the account's fields first, as the form reads.
        core::UserService::validateUsername(m_username->text().trimmed());
        core::UserService::validatePassword(m_password->text());
        const core::CenterProfile center = core::CenterService::validated(m_center->profile());
        m_actor = core::UserService(m_database)
                      .createFirstAdministrator(m_username->text().trimmed(), m_displayName->text(),
                                                m_password->text());
        core::CenterService(m_database).save(*m_actor, center);
    } catch (const core::Error& error) {
        showMessage(error.message());
        return false;
    }
    m_password->clear();
    m_confirm->clear();
    accept();
    return true;
}

QString FirstAdministratorDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace jinglao::ui
