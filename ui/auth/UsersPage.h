#pragma once
// Administrators' page "users" (User accounts, one name in the navigation, the title and every
// message that mentions it): accounts with their role and state, adding users, resetting a
// password, disabling/enabling, changing a role, and the idle-lock time.

#include "common/Page.h"

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class PersonPicker;

class UsersPage : public Page {
    Q_OBJECT

public:
    explicit UsersPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("users"); }
    QString title() const override;
    bool isAvailableTo(const core::Actor& actor) const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    // The selected account's user name, empty when none.
    QString selectedUsername() const;
    // Actions on the selected account (the buttons call these; dialogs open modally).
    void toggleDisabled();
    // Lifts the selected account's lockout (after too many wrong passwords).
    void unlockAccount();
    void applyRole();
    // Links the selected account to the staff record chosen in staffComboBox (or to none).
    void applyStaffLink();
    void saveIdleLock();

private:
    void addUser();
    void resetPassword();
    void updateButtons();

    PageHeader* m_header = nullptr;
    QTableWidget* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_toggleButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QComboBox* m_role = nullptr;
    QPushButton* m_roleButton = nullptr;
    PersonPicker* m_staff = nullptr;
    QPushButton* m_staffButton = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
    QPushButton* m_idleButton = nullptr;
};

} // namespace jinglao::ui
