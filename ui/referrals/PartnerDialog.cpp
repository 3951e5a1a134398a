#include "referrals/PartnerDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpression>

namespace jinglao::ui {

PartnerDialog::PartnerDialog(AppContext& context, const QString& partnerUid, QWidget* parent)
    : FormDialog(context, QStringLiteral("partnerDialog"),
                 partnerUid.isEmpty() ? tr("New partner institution") : tr("Change the partner institution"),
                 parent)
    , m_partnerUid(partnerUid)
{
    using core::ReferralService;
    core::PartnerInstitution partner;
    if (!partnerUid.isEmpty())
        partner = ReferralService(context.database()).institution(context.actor(), partnerUid);
    QFormLayout* fields = form();
    m_name = new QLineEdit(partner.name, this);
    m_name->setObjectName(QStringLiteral("partnerNameLineEdit"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("institutionTypeComboBox"));
    for (core::InstitutionType type : core::referrals::institutionTypes().values())
        m_type->addItem(core::referrals::institutionTypes().label(type), static_cast<int>(type));
    m_type->setCurrentIndex(std::max(0, m_type->findData(static_cast<int>(partner.type))));
    m_departments = new QLineEdit(partner.departments.join(QStringLiteral("、")), this);
    m_departments->setObjectName(QStringLiteral("departmentsLineEdit"));
    m_departments->setPlaceholderText(tr("e.g. internal medicine, surgery (separated by commas)"));
    m_phone = new QLineEdit(partner.phone, this);
    m_phone->setObjectName(QStringLiteral("partnerPhoneLineEdit"));
    m_doctor = new QLineEdit(partner.contactDoctor, this);
    m_doctor->setObjectName(QStringLiteral("contactDoctorLineEdit"));
    fields->addRow(ReferralService::institutionNameLabel(), m_name);
    fields->addRow(ReferralService::institutionTypeLabel(), m_type);
    fields->addRow(ReferralService::departmentsLabel(), m_departments);
    fields->addRow(ReferralService::phoneLabel(), m_phone);
    fields->addRow(ReferralService::contactDoctorLabel(), m_doctor);

    m_hasAgreement = new QCheckBox(tr("Signed a cooperation agreement (签约)"), this);
    m_hasAgreement->setObjectName(QStringLiteral("hasAgreementCheckBox"));
    m_hasAgreement->setChecked(partner.hasAgreement());
    fields->addRow(QString(), m_hasAgreement);
    const QDate from = partner.hasAgreement() ? partner.agreementFrom : core::Clock::today();
    m_from = makeDateEdit(this, from, QStringLiteral("agreementFromDateEdit"));
    fields->addRow(ReferralService::agreementFromLabel(), m_from);
    auto* endRow = new QHBoxLayout;
    m_hasEnd = new QCheckBox(tr("Until"), this);
    m_hasEnd->setObjectName(QStringLiteral("agreementHasEndCheckBox"));
    m_hasEnd->setChecked(!partner.hasAgreement() || partner.agreementTo.isValid());
    m_to =
        makeDateEdit(this, partner.agreementTo.isValid() ? partner.agreementTo : from.addYears(1).addDays(-1),
                     QStringLiteral("agreementToDateEdit"));
    endRow->addWidget(m_hasEnd);
    endRow->addWidget(m_to, 1);
    fields->addRow(ReferralService::agreementToLabel(), endRow);
    m_covers = new QPlainTextEdit(partner.agreementCovers, this);
    m_covers->setObjectName(QStringLiteral("agreementCoversTextEdit"));
    m_covers->setTabChangesFocus(true);
    m_covers->setPlaceholderText(
        tr("e.g. an annual health check, on-call advice, a green channel for admission"));
    m_covers->setFixedHeight(m_covers->fontMetrics().lineSpacing() * 3 + 14);
    fields->addRow(ReferralService::agreementCoversLabel(), m_covers);

    const auto updateEnabled = [this] {
        const bool agreement = m_hasAgreement->isChecked();
        m_from->setEnabled(agreement);
        m_hasEnd->setEnabled(agreement);
        m_to->setEnabled(agreement && m_hasEnd->isChecked());
        m_covers->setEnabled(agreement);
    };
    connect(m_hasAgreement, &QCheckBox::toggled, this, updateEnabled);
    connect(m_hasEnd, &QCheckBox::toggled, this, updateEnabled);
    updateEnabled();
    finish(tr("Save"), QStringLiteral("partnerMessageLabel"));
    setMinimumWidth(480);
}

void PartnerDialog::apply()
{
    core::PartnerInstitution partner;
    partner.uid = m_partnerUid;
    partner.name = m_name->text();
    partner.type = static_cast<core::InstitutionType>(m_type->currentData().toInt());
    static const QRegularExpression separators(QStringLiteral("[、，,;；]"));
    for (const QString& department : m_departments->text().split(separators, Qt::SkipEmptyParts))
        partner.departments.append(department.trimmed());
    partner.phone = m_phone->text();
    partner.contactDoctor = m_doctor->text();
    if (m_hasAgreement->isChecked()) {
        partner.agreementFrom = m_from->date();
        partner.agreementTo = m_hasEnd->isChecked() ? m_to->date() : QDate();
        partner.agreementCovers = m_covers->toPlainText();
    }
    core::ReferralService service(context().database());
    if (m_partnerUid.isEmpty())
        m_partnerUid = service.addInstitution(context().actor(), partner);
    else
        service.updateInstitution(context().actor(), partner);
}

} // namespace jinglao::ui
