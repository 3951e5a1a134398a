#include "familybeds/WithdrawVisitDialog.h"

#include "common/AppContext.h"
#include "familybeds/HomeVisitService.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jinglao::ui {

WithdrawVisitDialog::WithdrawVisitDialog(AppContext& context, const core::HomeVisit& visit, QWidget* parent)
    : FormDialog(context, QStringLiteral("withdrawVisitDialog"), tr("Withdraw a home visit"), parent)
    , m_visitUid(visit.uid)
{
    form()->addRow(tr("Visit"),
                   new QLabel(tr("%1 on %2 %3, by %4")
                                  .arg(visit.familyBedName, visit.visitedOn.toString(Qt::ISODate),
                                       visit.startedAt.mid(11, 5), visit.staffName),
                              this));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("withdrawReasonLineEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(tr("e.g. entered twice"));
    form()->addRow(core::HomeVisitService::withdrawReasonLabel(), m_reason);
    finish(tr("Withdraw"), QStringLiteral("withdrawMessageLabel"),
           tr("A withdrawn visit no longer counts; the audit log keeps it."));
    setMinimumWidth(400);
}

void WithdrawVisitDialog::apply()
{
    core::HomeVisitService(context().database()).withdraw(context().actor(), m_visitUid, m_reason->text());
}

} // namespace jinglao::ui
