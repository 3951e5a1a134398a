#include "common/FormDialog.h"

#include "common/AppContext.h"
#include "common/Confirmation.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/FormMessage.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>
#include <QVBoxLayout>

namespace jinglao::ui {

GuardedDialog::GuardedDialog(QWidget* parent)
    : QDialog(parent)
{}

QVariantList GuardedDialog::inputValues() const
{
    // Every field in the order the form made them; a field's own parts (a spin box's line edit)
    // are read through the field.
    QVariantList values;
    const QList<QWidget*> widgets = findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (auto* line = qobject_cast<QLineEdit*>(widget)) {
            if (!line->isReadOnly() && !qobject_cast<QAbstractSpinBox*>(line->parentWidget()) &&
                !qobject_cast<QComboBox*>(line->parentWidget()))
                values.append(line->text());
        } else if (auto* spin = qobject_cast<QAbstractSpinBox*>(widget)) {
            values.append(spin->text());
        } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            values.append(combo->currentText());
        } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
            values.append(plain->isReadOnly() ? QString() : plain->toPlainText());
        } else if (auto* text = qobject_cast<QTextEdit*>(widget)) {
            values.append(text->isReadOnly() ? QString() : text->toPlainText());
        } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
            if (button->isCheckable())
                values.append(button->isChecked());
        }
    }
    return values;
}

void GuardedDialog::markInputSaved()
{
    m_atOpen = inputValues();
}

bool GuardedDialog::hasUnsavedInput() const
{
    return m_atOpen && *m_atOpen != inputValues();
}

void GuardedDialog::showEvent(QShowEvent* event)
{
    if (!m_shown) {
        m_shown = true;
        markInputSaved();
    }
    QDialog::showEvent(event);
}

void GuardedDialog::discardInput()
{
    m_discarding = true;
    QDialog::reject();
    m_discarding = false;
}

void GuardedDialog::reject()
{
    if (!m_discarding && hasUnsavedInput() && !confirmDiscardInput(this))
        return;
    QDialog::reject();
}

FormDialog::FormDialog(AppContext& context, const QString& objectName, const QString& title, QWidget* parent)
    : GuardedDialog(parent)
    , m_context(context)
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
}

void FormDialog::finish(const QString& okText, const QString& messageName, const QString& note)
{
    m_layout->addLayout(m_form);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        noteLabel->setStyleSheet(QStringLiteral("color: #666;"));
        m_layout->addWidget(noteLabel);
    }
    m_message = new FormMessage(messageName, this);
    m_layout->addWidget(m_message);
    m_layout->addWidget(makeOkCancelButtons(
        this, [this] { submit(); }, okText));
    markInputSaved();
}

void FormDialog::refused(const core::Error& error)
{
    Q_UNUSED(error);
}

bool FormDialog::submit()
{
    try {
        apply();
    } catch (const core::Error& error) {
        m_message->showRefusal(error);
        refused(error);
        return false;
    }
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
