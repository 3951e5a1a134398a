#include "residents/ReadmissionDialog.h"

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
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

ReadmissionDialog::ReadmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_residentUid(residentUid)
{
    setObjectName(QStringLiteral("readmissionDialog"));
    setWindowTitle(tr("Re-admit"));
    const core::Resident resident =
        core::ResidentService(context.database()).resident(context.actor(), residentUid);
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->addRow(tr("Resident"), new QLabel(resident.name, this));
    form->addRow(tr("Discharged"),
                 new QLabel(QStringLiteral("%1 · %2").arg(
                                resident.dischargeDate.toString(Qt::ISODate),
                                core::ResidentService::dischargeReasonLabel(resident.dischargeReason)),
                            this));
    m_date = makeDateEdit(this, core::Clock::today(), QStringLiteral("dateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    form->addRow(core::ResidentService::admissionDateLabel(), m_date);
    m_bed = new BedComboBox(context, true, this);
    form->addRow(core::ResidentService::bedLabel(), m_bed);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Re-admit"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] { submit(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(360);
}

bool ReadmissionDialog::submit()
{
    const bool done = runGuarded(this, [&] {
        core::ResidentService(m_context.database())
            .readmit(m_context.actor(), m_residentUid, m_date->date(), m_bed->bedUid());
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
