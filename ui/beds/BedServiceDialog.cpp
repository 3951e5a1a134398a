#include "beds/BedServiceDialog.h"

#include "beds/BedService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/DialogButtons.h"
#include "common/ErrorDialog.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jinglao::ui {

BedServiceDialog::BedServiceDialog(AppContext& context, const core::Bed& bed, bool inService, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_bed(bed)
    , m_inService(inService)
{
    setObjectName(QStringLiteral("bedServiceDialog"));
    setWindowTitle(inService ? tr("Return bed %1 to service").arg(bed.code)
                             : tr("Take bed %1 out of service").arg(bed.code));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = makeDateEdit(this, core::Clock::today(), QStringLiteral("dateEdit"));
    m_date->setMaximumDate(core::Clock::today());
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reason->setMaxLength(200);
    m_reason->setPlaceholderText(inService ? tr("e.g. repair finished (optional)")
                                           : tr("e.g. bed frame broken"));
    form->addRow(inService ? tr("In service from:") : tr("Out of service from:"), m_date);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    auto* note =
        new QLabel(tr("Past figures (beds in service, nursing-bed ratio, occupancy) count the bed by "
                      "these dates."),
                   this);
    note->setWordWrap(true);
    note->setStyleSheet(QStringLiteral("color: #666;"));
    layout->addWidget(note);
    layout->addWidget(makeOkCancelButtons(this, [this] { submit(); }));
    setMinimumWidth(380);
}

bool BedServiceDialog::submit()
{
    if (!runGuarded(this, [this] {
            core::BedService(m_context.database())
                .setInService(m_context.actor(), m_bed.uid, m_inService, m_date->date(), m_reason->text());
        }))
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
