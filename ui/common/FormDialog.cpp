#include "common/FormDialog.h"

#include "common/AppContext.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/FormMessage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jinglao::ui {

FormDialog::FormDialog(AppContext& context, const QString& objectName, const QString& title, QWidget* parent)
    : QDialog(parent)
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
