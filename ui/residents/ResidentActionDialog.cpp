#include "residents/ResidentActionDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/DialogButtons.h"
#include "common/ErrorDialog.h"
#include "residents/ResidentService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

ResidentActionDialog::ResidentActionDialog(AppContext& context, const QString& residentUid,
                                           const QString& objectName, const QString& title, QWidget* parent)
    : GuardedDialog(parent)
    , m_context(context)
    , m_resident(core::ResidentService(context.database()).resident(context.actor(), residentUid))
{
    setObjectName(objectName);
    setWindowTitle(title);
    m_layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    m_form->addRow(tr("Resident"), new QLabel(m_resident.name, this));
}

QDateEdit* ResidentActionDialog::addDateRow(const QString& label)
{
    QDateEdit* date = makeDateEdit(this, core::Clock::today(), QStringLiteral("dateEdit"));
    date->setMaximumDate(core::Clock::today());
    m_form->addRow(label, date);
    return date;
}

void ResidentActionDialog::finish(const QString& okText, const QString& note)
{
    m_layout->addLayout(m_form);
    if (!note.isEmpty()) {
        auto* noteLabel = new QLabel(note, this);
        noteLabel->setWordWrap(true);
        noteLabel->setStyleSheet(QStringLiteral("color: #666;"));
        m_layout->addWidget(noteLabel);
    }
    m_layout->addWidget(makeOkCancelButtons(
        this, [this] { submit(); }, okText));
    setMinimumWidth(380);
    markInputSaved();
}

bool ResidentActionDialog::submit()
{
    if (!confirm() || !runGuarded(this, [this] { apply(); }))
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
