#include "familybeds/AgreementDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"
#include "familybeds/ServiceCheckBoxes.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>

namespace jinglao::ui {

AgreementDialog::AgreementDialog(AppContext& context, const QString& familyBedUid, const QString& renewedUid,
                                 QWidget* parent)
    : FormDialog(context, QStringLiteral("agreementDialog"),
                 renewedUid.isEmpty() ? tr("New service agreement") : tr("Renew the service agreement"),
                 parent)
    , m_familyBedUid(familyBedUid)
    , m_renewedUid(renewedUid)
{
    core::FamilyBedService beds(context.database());
    const core::FamilyBed bed = beds.familyBed(context.actor(), familyBedUid);
    std::optional<core::Agreement> renewed;
    if (!renewedUid.isEmpty())
        renewed = beds.agreement(context.actor(), renewedUid);
    QFormLayout* fields = form();
    fields->addRow(tr("Elder"), new QLabel(bed.name, this));
    if (renewed)
        fields->addRow(tr("Renews"), new QLabel(FamilyBedTableModel::periodText(*renewed), this));

    const QDate start =
        renewed && renewed->lastDay().isValid() ? renewed->lastDay().addDays(1) : core::Clock::today();
    m_start = makeDateEdit(this, start, QStringLiteral("startDateEdit"));
    fields->addRow(core::FamilyBedService::startLabel(), m_start);
    auto* endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("Until"), this);
    m_hasEnd->setObjectName(QStringLiteral("hasEndCheckBox"));
    m_hasEnd->setChecked(true);
    m_end = makeDateEdit(this, start.addYears(1).addDays(-1), QStringLiteral("endDateEdit"));
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_end, 1);
    fields->addRow(core::FamilyBedService::endLabel(), endRow);

    m_planned = new QSpinBox(this);
    m_planned->setObjectName(QStringLiteral("plannedVisitsSpinBox"));
    m_planned->setRange(1, 31);
    m_planned->setValue(renewed ? renewed->plannedVisits : 2);
    fields->addRow(core::FamilyBedService::plannedVisitsLabel(), m_planned);
    m_services = new ServiceCheckBoxes(false, this);
    fields->addRow(core::FamilyBedService::servicesLabel(), m_services);

    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staffComboBox"));
    m_staff->addItem(tr("(none)"), QString());
    for (const core::StaffMember& member :
         core::StaffService(context.database())
             .list(context.actor(), core::StaffService::Filter::Current, core::Clock::today()))
        m_staff->addItem(
            QStringLiteral("%1（%2）").arg(member.name, core::staffRoleCodes().label(member.role)),
            member.uid);
    fields->addRow(core::FamilyBedService::staffLabel(), m_staff);
    m_adaptation = new QCheckBox(tr("Home adaptations (适老化改造) made"), this);
    m_adaptation->setObjectName(QStringLiteral("homeAdaptationCheckBox"));
    fields->addRow(QString(), m_adaptation);

    if (renewed) {
        m_services->setServices(renewed->services);
        m_staff->setCurrentIndex(std::max(0, m_staff->findData(renewed->staffUid)));
        m_adaptation->setChecked(renewed->homeAdaptation);
    }

    finish(renewed ? tr("Renew") : tr("Save"), QStringLiteral("agreementMessageLabel"));
    connect(m_hasEnd, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    setMinimumWidth(480);
}

void AgreementDialog::apply()
{
    core::Agreement agreement;
    agreement.familyBedUid = m_familyBedUid;
    agreement.startsOn = m_start->date();
    agreement.endsOn = m_hasEnd->isChecked() ? m_end->date() : QDate();
    agreement.plannedVisits = m_planned->value();
    agreement.services = m_services->services();
    agreement.staffUid = m_staff->currentData().toString();
    agreement.homeAdaptation = m_adaptation->isChecked();
    core::FamilyBedService beds(context().database());
    m_agreementUid = m_renewedUid.isEmpty() ? beds.addAgreement(context().actor(), agreement)
                                            : beds.renewAgreement(context().actor(), m_renewedUid, agreement);
}

} // namespace jinglao::ui
