#include "residents/TransferDialog.h"

#include "common/AppContext.h"
#include "residents/BedComboBox.h"
#include "residents/ResidentService.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jinglao::ui {

TransferDialog::TransferDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : ResidentActionDialog(context, residentUid, QStringLiteral("transferDialog"), tr("Change bed"), parent)
{
    form()->addRow(tr("Current bed"),
                   new QLabel(resident().bedCode.isEmpty() ? tr("none") : resident().bedCode, this));
    m_bed = new BedComboBox(context, false, this);
    form()->addRow(tr("New bed"), m_bed);
    m_date = addDateRow(tr("From"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. needs a nursing bed"));
    form()->addRow(tr("Reason"), m_reason);
    finish(tr("Change bed"));
}

bool TransferDialog::confirm()
{
    return m_bed->confirmPlacement(resident().uid, resident().name, resident().gender);
}

void TransferDialog::apply()
{
    core::ResidentService(context().database())
        .transfer(context().actor(), resident().uid, m_bed->bedUid(), m_date->date(), m_reason->text());
}

} // namespace jinglao::ui
