#include "residents/DischargeDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"
#include "residents/ResidentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

DischargeDialog::DischargeDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_residentUid(residentUid)
{
    setObjectName(QStringLiteral("dischargeDialog"));
    setWindowTitle(tr("Discharge"));
    const core::Resident resident =
        core::ResidentService(context.database()).resident(context.actor(), residentUid);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Resident"), new QLabel(resident.name, this));
    form->addRow(tr("Bed"), new QLabel(resident.bedCode.isEmpty() ? tr("none") : resident.bedCode, this));
    m_date = makeDateEdit(this, core::Clock::today(), QStringLiteral("dateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    form->addRow(tr("Discharge date"), m_date);
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonComboBox"));
    for (core::DischargeReason reason : core::ResidentService::allDischargeReasons())
        m_reason->addItem(core::ResidentService::dischargeReasonLabel(reason),
                          core::ResidentService::dischargeReasonCode(reason));
    form->addRow(tr("Reason"), m_reason);
    layout->addLayout(form);
    auto* note =
        new QLabel(tr("The bed becomes free from the discharge date; the resident's history is kept."), this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Discharge"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

bool DischargeDialog::submit()
{
    const core::DischargeReason reason =
        core::ResidentService::dischargeReasonFromCode(m_reason->currentData().toString())
            .value_or(core::DischargeReason::Other);
    const bool done = runGuarded(this, [&] {
        core::ResidentService(m_context.database())
            .discharge(m_context.actor(), m_residentUid, m_date->date(), reason);
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
