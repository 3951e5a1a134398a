#include "residents/AdmissionDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DialogButtons.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/IdNumber.h"
#include "residents/BedComboBox.h"
#include "residents/ResidentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QDateEdit* dateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}
} // namespace

AdmissionDialog::AdmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_residentUid(residentUid)
    , m_editing(!residentUid.isEmpty())
{
    setObjectName(QStringLiteral("admissionDialog"));
    setWindowTitle(m_editing ? tr("Edit resident") : tr("Admit a resident"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setMaxLength(64);
    m_idNumber = new QLineEdit(this);
    m_idNumber->setObjectName(QStringLiteral("idNumberLineEdit"));
    m_idNumber->setMaxLength(18);
    m_idNumber->setPlaceholderText(tr("18 characters, or an old 15-digit number"));
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("idHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_hint->hide();
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderComboBox"));
    m_gender->addItem(core::ResidentService::genderLabel(1), 1);
    m_gender->addItem(core::ResidentService::genderLabel(2), 2);
    m_birthDate = dateEdit(this, QStringLiteral("birthDateEdit"));
    m_birthDate->setDate(QDate(1945, 1, 1));
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    for (core::ResidentCategory category : core::residentCategoryCodes().values())
        m_category->addItem(core::residentCategoryCodes().label(category),
                            core::residentCategoryCodes().code(category));
    m_admissionDate = dateEdit(this, QStringLiteral("admissionDateEdit"));
    m_admissionDate->setDate(core::Clock::today());
    m_admissionDate->setMaximumDate(core::Clock::today());
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    m_emergencyContact = new QLineEdit(this);
    m_emergencyContact->setObjectName(QStringLiteral("emergencyContactLineEdit"));
    m_emergencyContact->setPlaceholderText(tr("Name and relation, e.g. 张建国（儿子）"));
    m_emergencyPhone = new QLineEdit(this);
    m_emergencyPhone->setObjectName(QStringLiteral("emergencyPhoneLineEdit"));

    form->addRow(core::ResidentService::nameLabel(), m_name);
    form->addRow(core::IdNumber::fieldLabel(), m_idNumber);
    form->addRow(QString(), m_hint);
    form->addRow(core::ResidentService::genderFieldLabel(), m_gender);
    form->addRow(core::ResidentService::birthDateLabel(), m_birthDate);
    form->addRow(tr("Category"), m_category);
    if (!m_editing) {
        m_bed = new BedComboBox(context, true, this);
        form->addRow(core::ResidentService::admissionDateLabel(), m_admissionDate);
        form->addRow(core::ResidentService::bedLabel(), m_bed);
    } else {
        m_admissionDate->hide();
    }
    form->addRow(core::ResidentService::phoneLabel(), m_phone);
    form->addRow(core::ResidentService::emergencyContactLabel(), m_emergencyContact);
    form->addRow(core::ResidentService::emergencyPhoneLabel(), m_emergencyPhone);
    layout->addLayout(form);

    QDialogButtonBox* buttons = makeOkCancelButtons(
        this, [this] { submit(); }, m_editing ? tr("Save") : tr("Admit"));
    buttons->setObjectName(QStringLiteral("buttonBox"));
    m_ok = buttons->button(QDialogButtonBox::Ok);
    layout->addWidget(buttons);

    connect(m_idNumber, &QLineEdit::editingFinished, this, &AdmissionDialog::fillFromIdNumber);
    if (m_editing)
        load();
    setMinimumWidth(440);
}

void AdmissionDialog::setBed(const QString& bedUid)
{
    if (m_bed)
        m_bed->selectBed(bedUid);
}

void AdmissionDialog::load()
{
    const core::Resident r =
        core::ResidentService(m_context.database()).resident(m_context.actor(), m_residentUid);
    m_name->setText(r.name);
    m_idNumber->setText(r.idNumber);
    m_gender->setCurrentIndex(m_gender->findData(r.gender));
    m_birthDate->setDate(r.birthDate);
    m_category->setCurrentIndex(m_category->findData(core::residentCategoryCodes().code(r.category)));
    m_phone->setText(r.phone);
    m_emergencyContact->setText(r.emergencyContact);
    m_emergencyPhone->setText(r.emergencyPhone);
}

void AdmissionDialog::fillFromIdNumber()
{
    // A valid number fills birth date and gender, which the person entering would copy anyway.
    QString id;
    try {
        id = core::IdNumber::normalize(m_idNumber->text());
    } catch (const core::Error&) {
        m_hint->hide();
        return;
    }
    m_birthDate->setDate(core::IdNumber::birthDate(id));
    m_gender->setCurrentIndex(m_gender->findData(core::IdNumber::gender(id)));
    if (m_editing)
        return;
    const std::optional<core::Resident> known =
        core::ResidentService(m_context.database()).findByIdNumber(m_context.actor(), id);
    if (known && !known->isCurrent() && known->dischargeReason == core::DischargeReason::Death) {
        m_hint->setText(tr("%1 with this ID number died on %2.")
                            .arg(known->name, known->dischargeDate.toString(Qt::ISODate)));
        m_hint->show();
    } else if (known && !known->isCurrent()) {
        m_hint->setText(tr("%1 lived here until %2; admitting re-admits them and keeps their history.")
                            .arg(known->name, known->dischargeDate.toString(Qt::ISODate)));
        m_hint->show();
        if (m_name->text().trimmed().isEmpty())
            m_name->setText(known->name);
        m_category->setCurrentIndex(
            m_category->findData(core::residentCategoryCodes().code(known->category)));
        if (m_phone->text().isEmpty())
            m_phone->setText(known->phone);
        if (m_emergencyContact->text().isEmpty())
            m_emergencyContact->setText(known->emergencyContact);
        if (m_emergencyPhone->text().isEmpty())
            m_emergencyPhone->setText(known->emergencyPhone);
    } else if (known) {
        m_hint->setText(tr("%1 with this ID number already lives here.").arg(known->name));
        m_hint->show();
    } else {
        m_hint->hide();
    }
}

bool AdmissionDialog::submit()
{
    core::ResidentInput input;
    input.name = m_name->text();
    input.idNumber = m_idNumber->text();
    input.gender = m_gender->currentData().toInt();
    input.birthDate = m_birthDate->date();
    input.category = core::residentCategoryCodes()
                         .fromCode(m_category->currentData().toString())
                         .value_or(core::ResidentCategory::SH);
    input.admissionDate = m_admissionDate->date();
    input.bedUid = m_bed ? m_bed->bedUid() : QString();
    input.phone = m_phone->text();
    input.emergencyContact = m_emergencyContact->text();
    input.emergencyPhone = m_emergencyPhone->text();
    const bool done = runGuarded(this, [&] {
        core::ResidentService residents(m_context.database());
        if (m_editing)
            residents.update(m_context.actor(), m_residentUid, input);
        else
            m_residentUid = residents.admit(m_context.actor(), input);
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
