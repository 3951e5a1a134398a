#include "residents/DischargeDialog.h"

#include "common/AppContext.h"
#include "residents/ResidentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace jinglao::ui {

DischargeDialog::DischargeDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : ResidentActionDialog(context, residentUid, QStringLiteral("dischargeDialog"), tr("Discharge"), parent)
{
    form()->addRow(tr("Bed"),
                   new QLabel(resident().bedCode.isEmpty() ? tr("none") : resident().bedCode, this));
    m_date = addDateRow(tr("Discharge date"));
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonComboBox"));
    for (core::DischargeReason reason : core::dischargeReasonCodes().values())
        m_reason->addItem(core::dischargeReasonCodes().label(reason),
                          core::dischargeReasonCodes().code(reason));
    form()->addRow(tr("Reason"), m_reason);
    finish(tr("Discharge"),
           tr("The bed becomes free from the discharge date; the resident's history is kept."));
}

void DischargeDialog::apply()
{
    const core::DischargeReason reason = core::dischargeReasonCodes()
                                             .fromCode(m_reason->currentData().toString())
                                             .value_or(core::DischargeReason::Other);
    core::ResidentService(context().database())
        .discharge(context().actor(), resident().uid, m_date->date(), reason);
    context().tell(tr("%1 was discharged on %2 (%3); the bed is free and the record is kept under "
                      "discharged residents.")
                       .arg(resident().name, m_date->date().toString(Qt::ISODate),
                            core::dischargeReasonCodes().label(reason)));
}

} // namespace jinglao::ui
