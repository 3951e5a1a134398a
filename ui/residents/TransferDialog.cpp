#include "residents/TransferDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"
#include "residents/BedComboBox.h"
#include "residents/ResidentService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

TransferDialog::TransferDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_residentUid(residentUid)
{
    setObjectName(QStringLiteral("transferDialog"));
    setWindowTitle(tr("Change bed"));
    const core::Resident resident =
        core::ResidentService(context.database()).resident(context.actor(), residentUid);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Resident"), new QLabel(resident.name, this));
    form->addRow(tr("Current bed"),
                 new QLabel(resident.bedCode.isEmpty() ? tr("none") : resident.bedCode, this));
    m_bed = new BedComboBox(context, false, this);
    form->addRow(tr("New bed"), m_bed);
    m_date = makeDateEdit(this, core::Clock::today(), QStringLiteral("dateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    form->addRow(tr("From"), m_date);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. needs a nursing bed"));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Change bed"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(380);
}

bool TransferDialog::submit()
{
    const bool done = runGuarded(this, [&] {
        core::ResidentService(m_context.database())
            .transfer(m_context.actor(), m_residentUid, m_bed->bedUid(), m_date->date(), m_reason->text());
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
