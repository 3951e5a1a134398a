#include "auth/UsersPage.h"

#include "auth/AccountFields.h"
#include "auth/AddUserDialog.h"
#include "auth/PasswordDialog.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/PersonPicker.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
enum Column { UsernameColumn, NameColumn, RoleColumn, StaffColumn, StateColumn, ColumnCount };
}

UsersPage::UsersPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_addButton = new QPushButton(tr("Add user…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_header->addAction(m_addButton);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("userTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Full name"), tr("Role"), tr("Staff record"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_empty = new EmptyStateHint(m_table, QStringLiteral("usersEmptyLabel"));
    m_empty->setText(tr("No user accounts yet — add one with “Add user…”."));
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_resetButton = new QPushButton(tr("Reset password…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_toggleButton = new QPushButton(tr("Disable"), this);
    m_toggleButton->setObjectName(QStringLiteral("toggleDisabledButton"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (core::Role role : {core::Role::Administrator, core::Role::Nurse, core::Role::ReadOnly})
        m_role->addItem(core::roleCodes().label(role), core::roleCodes().code(role));
    m_unlockButton = new QPushButton(tr("Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockAccountButton"));
    m_unlockButton->setToolTip(
        tr("Lets a person locked out after too many wrong passwords log in again now."));
    m_roleButton = new QPushButton(tr("Change role"), this);
    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    actions->addWidget(m_resetButton);
    actions->addWidget(m_toggleButton);
    actions->addWidget(m_unlockButton);
    actions->addSpacing(16);
    actions->addWidget(m_role);
    actions->addWidget(m_roleButton);
    actions->addStretch(1);
    layout->addLayout(actions);

    // A nurse account writes the shift log as the staff member it is linked to.
    auto* staffRow = new QHBoxLayout;
    m_staff = new PersonPicker(this);
    m_staff->setObjectName(QStringLiteral("staffComboBox"));
    m_staff->setMinimumWidth(160);
    m_staffButton = new QPushButton(tr("Link to staff record"), this);
    m_staffButton->setObjectName(QStringLiteral("linkStaffButton"));
    staffRow->addWidget(new QLabel(tr("Staff record (nurses write the shift log as this person):"), this));
    staffRow->addWidget(m_staff);
    staffRow->addWidget(m_staffButton);
    staffRow->addStretch(1);
    layout->addLayout(staffRow);

    auto* idle = new QHBoxLayout;
    idle->addWidget(new QLabel(tr("Lock the screen after this many minutes without input:"), this));
    m_idleMinutes = new QSpinBox(this);
    m_idleMinutes->setObjectName(QStringLiteral("idleLockSpinBox"));
    m_idleMinutes->setRange(1, 240);
    m_idleMinutes->setSuffix(tr(" min"));
    m_idleButton = new QPushButton(tr("Save"), this);
    m_idleButton->setObjectName(QStringLiteral("saveIdleLockButton"));
    idle->addWidget(m_idleMinutes);
    idle->addWidget(m_idleButton);
    idle->addStretch(1);
    layout->addLayout(idle);

    connect(m_addButton, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_resetButton, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_toggleButton, &QPushButton::clicked, this, &UsersPage::toggleDisabled);
    connect(m_unlockButton, &QPushButton::clicked, this, &UsersPage::unlockAccount);
    connect(m_roleButton, &QPushButton::clicked, this, &UsersPage::applyRole);
    connect(m_staffButton, &QPushButton::clicked, this, &UsersPage::applyStaffLink);
    connect(m_idleButton, &QPushButton::clicked, this, &UsersPage::saveIdleLock);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UsersPage::updateButtons);
}

QString UsersPage::title() const
{
    return tr("User accounts");
}

bool UsersPage::isAvailableTo(const core::Actor& actor) const
{
    return actor.can(core::Permission::ManageUsers);
}

void UsersPage::refresh()
{
    const core::Actor& actor = context().actor();
    const QString selected = selectedUsername();
    m_table->setRowCount(0);
    const bool allowed = actor.can(core::Permission::ManageUsers);
    if (!allowed)
        m_header->setSummary(tr("Only administrators manage user accounts."));
    m_addButton->setEnabled(allowed);
    m_idleMinutes->setEnabled(actor.can(core::Permission::ManageSettings));
    m_idleButton->setEnabled(actor.can(core::Permission::ManageSettings));
    core::UserService users(context().database());
    m_idleMinutes->setValue(users.idleLockMinutes());
    AccountFields::fillStaffChoices(m_staff, context().database(), actor);
    if (allowed) {
        const QDateTime now = core::Clock::now();
        const QList<core::UserAccount> accounts = users.users(actor);
        const int count = int(accounts.size());
        //: The user accounts page's summary.
        m_header->setSummary(
            tr("%n account(s). Nurses write the shift log as the staff record their account is "
               "linked to and see personal data masked, as read-only users do.",
               nullptr, count));
        m_table->setRowCount(count);
        for (int row = 0; row < accounts.size(); ++row) {
            const core::UserAccount& account = accounts.at(row);
            QString state = tr("Active");
            if (account.disabled)
                state = tr("Disabled");
            else if (account.isLockedAt(now))
                state = tr("Locked until %1").arg(account.lockedUntil.toString(QStringLiteral("HH:mm")));
            auto* name = new QTableWidgetItem(account.username);
            name->setData(Qt::UserRole, account.disabled);
            name->setData(Qt::UserRole + 1, core::roleCodes().code(account.role));
            name->setData(Qt::UserRole + 2, account.staffUid);
            name->setData(Qt::UserRole + 3, account.isLockedAt(now));
            name->setData(Qt::UserRole + 4, account.uid);
            m_table->setItem(row, UsernameColumn, name);
            m_table->setItem(row, NameColumn, new QTableWidgetItem(account.displayName));
            m_table->setItem(row, RoleColumn, new QTableWidgetItem(core::roleCodes().label(account.role)));
            m_table->setItem(
                row, StaffColumn,
                new QTableWidgetItem(account.staffName.isEmpty() && account.role == core::Role::Nurse
                                         ? tr("not linked: cannot write the shift log")
                                         : account.staffName));
            m_table->setItem(row, StateColumn, new QTableWidgetItem(state));
            if (account.username == selected)
                m_table->selectRow(row);
        }
        if (m_table->rowCount() > 0 && selectedUsername().isEmpty())
            m_table->selectRow(0);
    }
    m_empty->followModel();
    updateButtons();
}

bool UsersPage::showsRecordsOf(const QString& table) const
{
    return table == QStringLiteral("users");
}

bool UsersPage::openRecord(const core::RecordRef& record)
{
    if (!showsRecordsOf(record.table))
        return false;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, UsernameColumn);
        if (name && name->data(Qt::UserRole + 4).toString() == record.uid) {
            m_table->selectRow(row);
            return true;
        }
    }
    return false;
}

QString UsersPage::selectedUsername() const
{
    const QList<QTableWidgetItem*> items = m_table->selectedItems();
    for (QTableWidgetItem* item : items) {
        if (item->column() == UsernameColumn)
            return item->text();
    }
    return {};
}

void UsersPage::updateButtons()
{
    const bool allowed = context().actor().can(core::Permission::ManageUsers);
    const int row = m_table->currentRow();
    const bool has = allowed && !selectedUsername().isEmpty() && row >= 0;
    m_resetButton->setEnabled(has);
    m_toggleButton->setEnabled(has);
    m_unlockButton->setEnabled(has && m_table->item(row, UsernameColumn)->data(Qt::UserRole + 3).toBool());
    m_roleButton->setEnabled(has);
    m_role->setEnabled(has);
    m_staffButton->setEnabled(has);
    m_staff->setEnabled(has);
    if (has) {
        const QTableWidgetItem* item = m_table->item(row, UsernameColumn);
        m_toggleButton->setText(item->data(Qt::UserRole).toBool() ? tr("Enable") : tr("Disable"));
        m_role->setCurrentIndex(m_role->findData(item->data(Qt::UserRole + 1)));
        m_staff->setCurrentIndex(std::max(0, m_staff->findData(item->data(Qt::UserRole + 2).toString())));
    }
}

void UsersPage::addUser()
{
    AddUserDialog dialog(context().database(), context().actor(), this);
    if (dialog.exec() == QDialog::Accepted)
        context().notifyDataChanged();
}

void UsersPage::resetPassword()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    PasswordDialog dialog(context().database(), context().actor(), PasswordDialog::Mode::Reset, username,
                          this);
    if (dialog.exec() == QDialog::Accepted)
        context().notifyDataChanged();
}

void UsersPage::toggleDisabled()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const bool disabled = m_table->item(m_table->currentRow(), UsernameColumn)->data(Qt::UserRole).toBool();
    if (runGuarded(this, [&] {
            core::UserService(context().database()).setDisabled(context().actor(), username, !disabled);
        }))
        context().notifyDataChanged();
}

void UsersPage::unlockAccount()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    if (runGuarded(this, [&] {
            core::UserService(context().database()).unlockAccount(context().actor(), username);
        })) {
        context().notifyDataChanged();
        context().tell(tr("%1 may log in again.").arg(username));
    }
}

void UsersPage::applyRole()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    core::Role role = core::Role::ReadOnly;
    role = core::roleCodes().fromCode(m_role->currentData().toString()).value_or(role);
    if (runGuarded(this, [&] {
            core::UserService(context().database()).setRole(context().actor(), username, role);
        }))
        context().notifyDataChanged();
}

void UsersPage::applyStaffLink()
{
    const QString username = selectedUsername();
    if (username.isEmpty())
        return;
    const QString staffUid = m_staff->currentData().toString();
    if (runGuarded(this, [&] {
            core::UserService(context().database()).linkStaff(context().actor(), username, staffUid);
        }))
        context().notifyDataChanged();
}

void UsersPage::saveIdleLock()
{
    const int minutes = m_idleMinutes->value();
    if (runGuarded(this, [&] {
            core::UserService(context().database()).setIdleLockMinutes(context().actor(), minutes);
        }))
        context().notifyDataChanged();
}

} // namespace jinglao::ui
