#include "residents/AdmissionDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "residents/BedComboBox.h"
#include "residents/ResidentService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace jinglao::ui {

namespace {
QDateEdit* dateEdit(QWidget* parent, const QDate& date, const QString& name)
{
    QDateEdit* edit = makeDateEdit(parent, date, name);
    edit->setMinimumDate(QDate(1900, 1, 1));
    return edit;
}

QLineEdit* lineEdit(QWidget* parent, const QString& name, int maxLength = 0)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    if (maxLength > 0)
        edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

AdmissionDialog::AdmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : FormDialog(context, QStringLiteral("admissionDialog"),
                 residentUid.isEmpty() ? tr("Admit a resident") : tr("Edit resident"), parent)
    , m_residentUid(residentUid)
    , m_editing(!residentUid.isEmpty())
{
    QFormLayout* rows = form();
    rows->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // The person, as on the paper form; the widgets are made in this order, which is the Tab order.
    m_name = lineEdit(this, QStringLiteral("nameLineEdit"), 64);
    m_idNumber = lineEdit(this, QStringLiteral("idNumberLineEdit"), 18);
    m_idNumber->setPlaceholderText(tr("18 characters, or an old 15-digit number"));
    // The line under the ID field has its room from the start: a message appearing there does not
    // move the fields below under the pointer.
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("idHintLabel"));
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_hint->setFixedHeight(3 * m_hint->fontMetrics().lineSpacing() + 4);
    m_gender = new QComboBox(this);
    m_gender->setObjectName(QStringLiteral("genderComboBox"));
    m_gender->addItem(core::ResidentService::genderLabel(1), 1);
    m_gender->addItem(core::ResidentService::genderLabel(2), 2);
    m_birthDate = dateEdit(this, QDate(1945, 1, 1), QStringLiteral("birthDateEdit"));
    rows->addRow(core::ResidentService::nameLabel(), m_name);
    rows->addRow(core::IdNumber::fieldLabel(), m_idNumber);
    rows->addRow(QString(), m_hint);
    rows->addRow(core::ResidentService::genderFieldLabel(), m_gender);
    rows->addRow(core::ResidentService::birthDateLabel(), m_birthDate);

    // The bed and the date.
    m_admissionDate = dateEdit(this, core::Clock::today(), QStringLiteral("admissionDateEdit"));
    m_admissionDate->setMaximumDate(core::Clock::today());
    if (!m_editing) {
        rows->addRow(core::ResidentService::admissionDateLabel(), m_admissionDate);
        m_bed = new BedComboBox(context, true, this);
        rows->addRow(core::ResidentService::bedLabel(), m_bed);
    } else {
        m_admissionDate->hide();
    }

    // The category: a subsidy category left by mistake costs money, so nothing is chosen at first.
    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->addItem(tr("Choose…"), QString());
    for (core::ResidentCategory category : core::residentCategoryCodes().values())
        m_category->addItem(core::residentCategoryCodes().label(category),
                            core::residentCategoryCodes().code(category));
    rows->addRow(core::ResidentService::categoryFieldLabel(), m_category);

    // The contacts.
    m_phone = lineEdit(this, QStringLiteral("phoneLineEdit"));
    m_emergencyContact = lineEdit(this, QStringLiteral("emergencyContactLineEdit"));
    m_emergencyContact->setPlaceholderText(tr("Name and relation, e.g. 张建国（儿子）"));
    m_emergencyPhone = lineEdit(this, QStringLiteral("emergencyPhoneLineEdit"));
    rows->addRow(core::ResidentService::phoneLabel(), m_phone);
    rows->addRow(core::ResidentService::emergencyContactLabel(), m_emergencyContact);
    rows->addRow(core::ResidentService::emergencyPhoneLabel(), m_emergencyPhone);

    connect(m_idNumber, &QLineEdit::editingFinished, this, &AdmissionDialog::fillFromIdNumber);
    // A flagged number is unflagged as soon as it is right; a new problem waits until the field
    // is left, so that typing is not interrupted.
    // The number alone decides here: the birth date and gender it encodes are filled in when the
    // field is left, and only then compared.
    connect(m_idNumber, &QLineEdit::textChanged, this, [this] {
        if (!m_idFlagged)
            return;
        const core::IdNumber::Advice alone = core::IdNumber::advice(m_idNumber->text());
        if (alone.problem)
            return;
        flagIdNumber(false);
        m_hint->setStyleSheet(QStringLiteral("color: #555;"));
        m_hint->setText(alone.text);
    });
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this] {
        if (m_idLeft)
            adviseOnIdNumber();
    });
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] {
        if (m_idLeft)
            adviseOnIdNumber();
    });

    finish(m_editing ? tr("Save") : tr("Admit"), QStringLiteral("admissionMessageLabel"));
    if (m_editing)
        load();
    setMinimumWidth(520);
}

void AdmissionDialog::setBed(const QString& bedUid)
{
    if (m_bed)
        m_bed->selectBed(bedUid);
}

void AdmissionDialog::load()
{
    const core::Resident r =
        core::ResidentService(context().database()).resident(context().actor(), m_residentUid);
    m_name->setText(r.name);
    m_idNumber->setText(r.idNumber);
    m_gender->setCurrentIndex(m_gender->findData(r.gender));
    m_birthDate->setDate(r.birthDate);
    m_category->setCurrentIndex(m_category->findData(core::residentCategoryCodes().code(r.category)));
    m_phone->setText(r.phone);
    m_emergencyContact->setText(r.emergencyContact);
    m_emergencyPhone->setText(r.emergencyPhone);
    m_idLeft = true;
    adviseOnIdNumber();
    markInputSaved();
}

void AdmissionDialog::flagIdNumber(bool flagged)
{
    m_idFlagged = flagged;
    m_idNumber->setStyleSheet(flagged ? QStringLiteral("QLineEdit { border: 2px solid #b00020; "
                                                       "background: #fff3f3; }")
                                      : QString());
}

void AdmissionDialog::adviseOnIdNumber()
{
    const core::IdNumber::Advice advice =
        core::IdNumber::advice(m_idNumber->text(), m_birthDate->date(), m_gender->currentData().toInt());
    flagIdNumber(advice.problem);
    m_hint->setStyleSheet(advice.problem ? QStringLiteral("color: #b00020;")
                                         : QStringLiteral("color: #555;"));
    m_hint->setText(advice.text);
}

void AdmissionDialog::fillFromIdNumber()
{
    m_idLeft = true;
    // A valid number fills birth date and gender, which the person entering would copy anyway.
    QString id;
    try {
        id = core::IdNumber::normalize(m_idNumber->text());
    } catch (const core::Error&) {
        adviseOnIdNumber();
        return;
    }
    m_birthDate->setDate(core::IdNumber::birthDate(id));
    m_gender->setCurrentIndex(m_gender->findData(core::IdNumber::gender(id)));
    adviseOnIdNumber();
    if (m_editing)
        return;
    const std::optional<core::Resident> known =
        core::ResidentService(context().database()).findByIdNumber(context().actor(), id);
    if (!known)
        return;
    m_hint->setStyleSheet(QStringLiteral("color: #8a5300;"));
    if (!known->isCurrent() && known->dischargeReason == core::DischargeReason::Death) {
        m_hint->setText(tr("%1 with this ID number died on %2.")
                            .arg(known->name, known->dischargeDate.toString(Qt::ISODate)));
    } else if (!known->isCurrent()) {
        m_hint->setText(tr("%1 lived here until %2; admitting re-admits them and keeps their history.")
                            .arg(known->name, known->dischargeDate.toString(Qt::ISODate)));
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
    } else {
        m_hint->setText(tr("%1 with this ID number already lives here.").arg(known->name));
    }
}

void AdmissionDialog::apply()
{
    core::ResidentInput input;
    input.name = m_name->text();
    input.idNumber = m_idNumber->text();
    input.gender = m_gender->currentData().toInt();
    input.birthDate = m_birthDate->date();
    input.category = core::residentCategoryCodes().fromCode(m_category->currentData().toString());
    input.admissionDate = m_admissionDate->date();
    input.bedUid = m_bed ? m_bed->bedUid() : QString();
    input.phone = m_phone->text();
    input.emergencyContact = m_emergencyContact->text();
    input.emergencyPhone = m_emergencyPhone->text();
    core::ResidentService residents(context().database());
    if (m_editing) {
        residents.update(context().actor(), m_residentUid, input);
        context().tell(tr("The details of %1 were saved.").arg(input.name.simplified()));
    } else {
        m_residentUid = residents.admit(context().actor(), input);
        context().tell(tr("%1 was admitted.").arg(input.name.simplified()));
    }
}

void AdmissionDialog::refused(const core::Error& error)
{
    // The keyboard goes to the field the refusal names.
    const QList<std::pair<QString, QWidget*>> fields = {
        {core::ResidentService::nameLabel(), m_name},
        {core::IdNumber::fieldLabel(), m_idNumber},
        {core::ResidentService::genderFieldLabel(), m_gender},
        {core::ResidentService::birthDateLabel(), m_birthDate},
        {core::ResidentService::admissionDateLabel(), m_admissionDate},
        {core::ResidentService::bedLabel(), m_bed},
        {core::ResidentService::categoryFieldLabel(), m_category},
        {core::ResidentService::phoneLabel(), m_phone},
        {core::ResidentService::emergencyContactLabel(), m_emergencyContact},
        {core::ResidentService::emergencyPhoneLabel(), m_emergencyPhone},
    };
    for (const auto& [label, widget] : fields) {
        if (widget && !widget->isHidden() && label == error.field()) {
            widget->setFocus();
            break;
        }
    }
    if (error.field() == core::IdNumber::fieldLabel()) {
        adviseOnIdNumber();
        flagIdNumber(true);
    }
}

} // namespace jinglao::ui
