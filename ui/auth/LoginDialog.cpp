#include "auth/LoginDialog.h"

#include "auth/UserService.h"
#include "common/Error.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

LoginDialog::LoginDialog(core::Database& database, Mode mode, const core::Actor& sessionActor,
                         QWidget* parent)
    : QDialog(parent)
    , m_database(database)
    , m_mode(mode)
    , m_sessionActor(sessionActor)
{
    setObjectName(mode == Mode::Login ? QStringLiteral("loginDialog") : QStringLiteral("unlockDialog"));
    setWindowTitle(mode == Mode::Login ? tr("Log in to Jinglao") : tr("Session locked"));
    auto* layout = new QVBoxLayout(this);
    m_intro =
        new QLabel(mode == Mode::Login
                       ? tr("Enter your user name and password.")
                       : tr("The session was locked after a period of inactivity. %1 or an administrator "
                            "can unlock it; open forms keep what was typed.")
                             .arg(sessionActor.name()),
                   this);
    m_intro->setObjectName(QStringLiteral("loginIntroLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto* form = new QFormLayout;
    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setMaxLength(core::UserService::MaximumUsernameLength);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("User name:"), m_username);
    form->addRow(tr("Password:"), m_password);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loginMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(this);
    m_loginButton =
        buttons->addButton(mode == Mode::Login ? tr("Log in") : tr("Unlock"), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_loginButton->setDefault(true);
    if (mode == Mode::Login) {
        QPushButton* quit = buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
        quit->setObjectName(QStringLiteral("quitButton"));
    } else {
        m_switchButton = buttons->addButton(tr("Switch user…"), QDialogButtonBox::ActionRole);
        m_switchButton->setObjectName(QStringLiteral("switchUserButton"));
        m_switchButton->setToolTip(tr("Another person logs in here, e.g. at a shift change."));
        connect(m_switchButton, &QPushButton::clicked, this, &LoginDialog::startSwitchingUser);
    }
    layout->addWidget(buttons);
    connect(m_loginButton, &QPushButton::clicked, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);

    if (mode == Mode::Unlock) {
        m_username->setText(sessionActor.name());
        m_password->setFocus();
    }
    setMinimumWidth(380);
}

bool LoginDialog::submit()
{
    core::UserService users(m_database);
    try {
        const QString username = m_username->text().trimmed();
        m_actor = m_mode == Mode::Login || m_switching
                      ? users.login(username, m_password->text())
                      : users.unlock(m_sessionActor, username, m_password->text());
    } catch (const core::Error& error) {
        m_message->setText(error.message());
        m_message->show();
        m_password->clear();
        m_password->setFocus();
        return false;
    }
    m_password->clear();
    accept();
    return true;
}

void LoginDialog::startSwitchingUser()
{
    if (m_mode != Mode::Unlock || m_switching)
        return;
    m_switching = true;
    setWindowTitle(tr("Switch user"));
    // Unsaved input is named before it goes: to keep it, the person who left unlocks and saves.
    if (m_unsavedForms.isEmpty()) {
        m_intro->setText(tr("Log in as yourself. The forms that %1 left open are closed; none of them holds "
                            "unsaved input, and the records already saved are kept.")
                             .arg(m_sessionActor.name()));
        m_intro->setStyleSheet(QStringLiteral("font-weight: bold;"));
    } else {
        m_intro->setText(tr("Log in as yourself. What %1 typed and did not save is discarded in: %2. To "
                            "keep it, %1 unlocks and saves first; the records already saved are kept.")
                             .arg(m_sessionActor.name(), m_unsavedForms.join(tr(", "))));
        m_intro->setStyleSheet(QStringLiteral("font-weight: bold; color: #b00020;"));
    }
    m_loginButton->setText(tr("Log in"));
    m_switchButton->hide();
    m_message->hide();
    m_username->clear();
    m_password->clear();
    m_username->setFocus();
}

QString LoginDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void LoginDialog::reject()
{
    // A locked session stays locked until someone unlocks it: Escape does nothing here.
    if (m_mode == Mode::Login)
        QDialog::reject();
}

} // namespace jinglao::ui
