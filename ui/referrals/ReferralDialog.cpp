#include "referrals/ReferralDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/PersonPicker.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"
#include "residents/ResidentService.h"
#include "staff/StaffService.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

#include <algorithm>

namespace jinglao::ui {

namespace {
QPlainTextEdit* textEdit(QWidget* parent, const QString& name, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 14);
    return edit;
}
} // namespace

ReferralDialog::ReferralDialog(AppContext& context, const QString& referralUid, const QString& residentUid,
                               QWidget* parent)
    : FormDialog(context, QStringLiteral("referralDialog"),
                 referralUid.isEmpty() ? tr("New referral") : tr("Change the referral form"), parent)
    , m_referralUid(referralUid)
{
    using core::ReferralService;
    core::Database& db = context.database();
    const core::Actor& actor = context.actor();
    ReferralService service(db);
    std::optional<core::Referral> stored;
    if (!referralUid.isEmpty())
        stored = service.referral(actor, referralUid);
    QFormLayout* fields = form();

    m_resident = new PersonPicker(this);
    m_resident->setObjectName(QStringLiteral("referralResidentComboBox"));
    m_resident->setSearch([this](const QString& typed) {
        return core::ResidentService(this->context().database())
            .choices(this->context().actor(), typed, core::ResidentFilter::Presence::Current);
    });
    m_resident->setPeople(
        core::ResidentService(db).choices(actor, {}, core::ResidentFilter::Presence::Current));
    if (stored) {
        m_resident->setCurrentUid(stored->residentUid);
        m_resident->setEnabled(false);
    } else if (!residentUid.isEmpty()) {
        m_resident->setCurrentUid(residentUid);
    }
    fields->addRow(ReferralService::residentLabel(), m_resident);

    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institutionComboBox"));
    for (const core::PartnerInstitution& partner : service.institutions(actor))
        m_institution->addItem(partner.name, partner.uid);
    m_department = new QComboBox(this);
    m_department->setObjectName(QStringLiteral("departmentComboBox"));
    m_department->setEditable(true);
    m_doctor = new QLineEdit(this);
    m_doctor->setObjectName(QStringLiteral("receivingDoctorLineEdit"));
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgencyComboBox"));
    for (core::ReferralUrgency urgency : core::referrals::urgencies().values())
        m_urgency->addItem(core::referrals::urgencies().label(urgency), static_cast<int>(urgency));
    fields->addRow(ReferralService::institutionLabel(), m_institution);
    fields->addRow(ReferralService::departmentLabel(), m_department);
    fields->addRow(ReferralService::receivingDoctorLabel(), m_doctor);
    fields->addRow(ReferralService::urgencyLabel(), m_urgency);

    m_reason = textEdit(this, QStringLiteral("reasonTextEdit"), 3);
    m_impression = textEdit(this, QStringLiteral("impressionTextEdit"), 1);
    m_history = textEdit(this, QStringLiteral("pastHistoryTextEdit"), 2);
    m_treatment = textEdit(this, QStringLiteral("treatmentTextEdit"), 2);
    m_medication = textEdit(this, QStringLiteral("medicationTextEdit"), 2);
    fields->addRow(ReferralService::reasonLabel(), m_reason);
    fields->addRow(ReferralService::impressionLabel(), m_impression);
    fields->addRow(ReferralService::pastHistoryLabel(), m_history);
    fields->addRow(ReferralService::treatmentLabel(), m_treatment);
    fields->addRow(ReferralService::medicationLabel(), m_medication);

    m_staff = new PersonPicker(this);
    m_staff->setObjectName(QStringLiteral("referringStaffComboBox"));
    m_staff->setNoneLabel(tr("(not chosen yet)"));
    m_staff->setSearch([this](const QString& typed) {
        return core::StaffService(this->context().database())
            .choices(this->context().actor(), core::StaffService::Filter::Current, core::Clock::today(),
                     typed);
    });
    m_staff->setPeople(
        core::StaffService(db).choices(actor, core::StaffService::Filter::Current, core::Clock::today()));
    fields->addRow(ReferralService::referringStaffLabel(), m_staff);

    m_consent = new QComboBox(this);
    m_consent->setObjectName(QStringLiteral("consentComboBox"));
    m_consent->addItem(tr("Not asked yet"), -1);
    for (core::Consent consent : core::referrals::consents().values())
        m_consent->addItem(core::referrals::consents().label(consent), static_cast<int>(consent));
    m_consentBy = new QLineEdit(this);
    m_consentBy->setObjectName(QStringLiteral("consentByLineEdit"));
    m_consentBy->setPlaceholderText(tr("the resident, or the family member and how related"));
    fields->addRow(ReferralService::consentLabel(), m_consent);
    fields->addRow(ReferralService::consentByLabel(), m_consentBy);

    connect(m_institution, &QComboBox::currentIndexChanged, this, &ReferralDialog::fillDepartments);
    fillDepartments();

    if (stored) {
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(stored->institutionUid)));
        m_department->setCurrentText(stored->department);
        m_doctor->setText(stored->receivingDoctor);
        m_urgency->setCurrentIndex(std::max(0, m_urgency->findData(static_cast<int>(stored->urgency))));
        m_reason->setPlainText(stored->reason);
        m_impression->setPlainText(stored->impression);
        m_history->setPlainText(stored->pastHistory);
        m_treatment->setPlainText(stored->treatment);
        m_medication->setPlainText(stored->medication);
        m_staff->setCurrentUid(stored->referringStaffUid);
        if (stored->consent)
            m_consent->setCurrentIndex(std::max(0, m_consent->findData(static_cast<int>(*stored->consent))));
        m_consentBy->setText(stored->consentBy);
    }

    finish(stored ? tr("Save") : tr("Save the draft"), QStringLiteral("referralMessageLabel"),
           tr("A draft is sent with Send… once the resident or the family has agreed."));
    setMinimumWidth(560);
}

void ReferralDialog::fillDepartments()
{
    const QString typed = m_department->currentText();
    m_department->clear();
    const QString uid = m_institution->currentData().toString();
    if (!uid.isEmpty()) {
        m_department->addItems(
            core::ReferralService(context().database()).institution(context().actor(), uid).departments);
    }
    if (!typed.isEmpty())
        m_department->setCurrentText(typed);
}

void ReferralDialog::apply()
{
    core::Referral input;
    input.uid = m_referralUid;
    input.residentUid = m_resident->currentUid();
    input.institutionUid = m_institution->currentData().toString();
    input.department = m_department->currentText();
    input.receivingDoctor = m_doctor->text();
    input.urgency = static_cast<core::ReferralUrgency>(m_urgency->currentData().toInt());
    input.reason = m_reason->toPlainText();
    input.impression = m_impression->toPlainText();
    input.pastHistory = m_history->toPlainText();
    input.treatment = m_treatment->toPlainText();
    input.medication = m_medication->toPlainText();
    input.referringStaffUid = m_staff->currentUid();
    const int consent = m_consent->currentData().toInt();
    if (consent >= 0)
        input.consent = static_cast<core::Consent>(consent);
    input.consentBy = m_consentBy->text();
    core::ReferralService service(context().database());
    if (m_referralUid.isEmpty())
        m_referralUid = service.createDraft(context().actor(), input);
    else
        service.updateDraft(context().actor(), input);
}

} // namespace jinglao::ui
