#include "familybeds/EndAgreementDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jinglao::ui {

EndAgreementDialog::EndAgreementDialog(AppContext& context, const QString& agreementUid, QWidget* parent)
    : FormDialog(context, QStringLiteral("endAgreementDialog"), tr("End the service agreement"), parent)
    , m_agreementUid(agreementUid)
{
    core::FamilyBedService beds(context.database());
    const core::Agreement agreement = beds.agreement(context.actor(), agreementUid);
    const core::FamilyBed bed = beds.familyBed(context.actor(), agreement.familyBedUid);
    form()->addRow(tr("Elder"), new QLabel(bed.name, this));
    form()->addRow(tr("Agreement"), new QLabel(FamilyBedTableModel::periodText(agreement), this));
    QDate day = core::Clock::today();
    if (agreement.endsOn.isValid() && agreement.endsOn < day)
        day = agreement.endsOn;
    m_day = makeDateEdit(this, day, QStringLiteral("lastDayDateEdit"));
    form()->addRow(tr("Last day of service"), m_day);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("endReasonLineEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. moved in with her son, admitted to the center, died"));
    form()->addRow(core::FamilyBedService::endReasonLabel(), m_reason);
    finish(tr("End agreement"), QStringLiteral("endAgreementMessageLabel"),
           tr("The agreement is kept in the history, marked as ended."));
    setMinimumWidth(420);
}

void EndAgreementDialog::apply()
{
    core::FamilyBedService(context().database())
        .endAgreement(context().actor(), m_agreementUid, m_day->date(), m_reason->text());
}

} // namespace jinglao::ui
