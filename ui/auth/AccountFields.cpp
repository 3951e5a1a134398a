#include "auth/AccountFields.h"

#include "auth/Actor.h"
#include "common/Clock.h"
#include "common/PersonPicker.h"
#include "staff/StaffService.h"

#include <QLabel>
#include <QLineEdit>

namespace jinglao::ui {

QLineEdit* AccountFields::passwordField(QWidget* parent, const QString& objectName)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    return field;
}

QLabel* AccountFields::messageLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

void AccountFields::showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->show();
}

bool AccountFields::passwordsMatch(const QLineEdit* password, const QLineEdit* repeated, QLabel* message)
{
    if (password->text() == repeated->text())
        return true;
    showMessage(message, tr("The two passwords differ."));
    return false;
}

void AccountFields::fillStaffChoices(PersonPicker* picker, core::Database& database, const core::Actor& actor)
{
    const QSignalBlocker blocker(picker);
    picker->setNoneLabel(tr("(none)"));
    if (!actor.can(core::Permission::ManageUsers)) {
        picker->setSearch({});
        picker->setPeople({});
        return;
    }
    picker->setSearch([&database, actor](const QString& typed) {
        return core::StaffService(database).choices(actor, core::StaffService::Filter::Current,
                                                    core::Clock::today(), typed);
    });
    picker->setPeople(core::StaffService(database).choices(actor, core::StaffService::Filter::Current,
                                                           core::Clock::today()));
}

} // namespace jinglao::ui
