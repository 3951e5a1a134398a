#include "residents/ReadmissionDialog.h"

#include "common/AppContext.h"
#include "residents/BedComboBox.h"
#include "residents/ResidentService.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>

namespace jinglao::ui {

ReadmissionDialog::ReadmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : ResidentActionDialog(context, residentUid, QStringLiteral("readmissionDialog"), tr("Re-admit"), parent)
{
    form()->addRow(tr("Discharged"),
                   new QLabel(QStringLiteral("%1 · %2").arg(
                                  resident().dischargeDate.toString(Qt::ISODate),
                                  core::dischargeReasonCodes().label(resident().dischargeReason)),
                              this));
    m_date = addDateRow(core::ResidentService::admissionDateLabel());
    m_bed = new BedComboBox(context, true, this);
    form()->addRow(core::ResidentService::bedLabel(), m_bed);
    QString note;
    const QString previous =
        core::ResidentService(context.database()).previousBedIfFree(context.actor(), residentUid);
    if (m_bed->selectBed(previous))
        note = tr("The bed %1 held before is free and proposed.").arg(m_bed->bedCode());
    finish(tr("Re-admit"), note);
}

bool ReadmissionDialog::confirm()
{
    return m_bed->confirmPlacement(resident().uid, resident().name, resident().gender);
}

void ReadmissionDialog::apply()
{
    core::ResidentService(context().database())
        .readmit(context().actor(), resident().uid, m_date->date(), m_bed->bedUid());
}

} // namespace jinglao::ui
