#include "familybeds/FamilyBedDialog.h"

#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/Error.h"
#include "common/IdNumber.h"
#include "familybeds/FamilyBedCodes.h"
#include "familybeds/FamilyBedService.h"
#include "residents/ResidentService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QLineEdit* lineEdit(QWidget* parent, const QString& name, int maxLength)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setMaxLength(maxLength);
    return edit;
}
} // namespace

FamilyBedDialog::FamilyBedDialog(AppContext& context, const QString& familyBedUid, QWidget* parent)
    : FormDialog(context, QStringLiteral("familyBedDialog"),
                 familyBedUid.isEmpty() ? tr("Register an elder for a family bed") : tr("Edit family bed"),
                 parent)
    , m_uid(familyBedUid)
{
    auto* columns = new QHBoxLayout;
    column()->addLayout(columns);

    auto* person = new QGroupBox(tr("The elder"), this);
    auto* personForm = new QFormLayout(person);
    m_name = lineEdit(person, QStringLiteral("nameLineEdit"), 64);
    m_idNumber = lineEdit(person, QStringLiteral("idNumberLineEdit"), 18);
    m_idNumber->setPlaceholderText(tr("18 characters, or an old 15-digit number"));
    m_gender = new QComboBox(person);
    m_gender->setObjectName(QStringLiteral("genderComboBox"));
    m_gender->addItem(core::ResidentService::genderLabel(1), 1);
    m_gender->addItem(core::ResidentService::genderLabel(2), 2);
    m_birthDate = makeDateEdit(person, QDate(1945, 1, 1), QStringLiteral("birthDateEdit"));
    m_birthDate->setMinimumDate(QDate(1900, 1, 1));
    m_category = new QComboBox(person);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    for (core::ResidentCategory category : core::residentCategoryCodes().values())
        m_category->addItem(core::residentCategoryCodes().label(category),
                            core::residentCategoryCodes().code(category));
    m_phone = lineEdit(person, QStringLiteral("phoneLineEdit"), 20);
    m_emergencyContact = lineEdit(person, QStringLiteral("emergencyContactLineEdit"), 64);
    m_emergencyContact->setPlaceholderText(tr("Name and relation, e.g. 张建国（儿子）"));
    m_emergencyPhone = lineEdit(person, QStringLiteral("emergencyPhoneLineEdit"), 20);
    personForm->addRow(core::FamilyBedService::nameLabel(), m_name);
    personForm->addRow(core::IdNumber::fieldLabel(), m_idNumber);
    personForm->addRow(core::ResidentService::genderFieldLabel(), m_gender);
    personForm->addRow(core::ResidentService::birthDateLabel(), m_birthDate);
    personForm->addRow(tr("Category"), m_category);
    personForm->addRow(core::ResidentService::phoneLabel(), m_phone);
    personForm->addRow(core::ResidentService::emergencyContactLabel(), m_emergencyContact);
    personForm->addRow(core::ResidentService::emergencyPhoneLabel(), m_emergencyPhone);
    columns->addWidget(person);

    auto* right = new QVBoxLayout;
    columns->addLayout(right);
    auto* home = new QGroupBox(core::FamilyBedService::addressLabel(), this);
    auto* homeForm = new QFormLayout(home);
    m_county = lineEdit(home, QStringLiteral("countyLineEdit"), 32);
    m_township = lineEdit(home, QStringLiteral("townshipLineEdit"), 32);
    m_village = lineEdit(home, QStringLiteral("villageLineEdit"), 32);
    m_street = lineEdit(home, QStringLiteral("streetLineEdit"), 128);
    m_street->setPlaceholderText(tr("Group, house number"));
    homeForm->addRow(core::FamilyBedService::countyLabel(), m_county);
    homeForm->addRow(core::FamilyBedService::townshipLabel(), m_township);
    homeForm->addRow(core::FamilyBedService::villageLabel(), m_village);
    homeForm->addRow(core::FamilyBedService::streetLabel(), m_street);
    right->addWidget(home);

    auto* special = new QGroupBox(tr("Special difficulty"), this);
    auto* specialLayout = new QVBoxLayout(special);
    m_special = new QCheckBox(tr("A special-difficulty elder (visited every month)"), special);
    m_special->setObjectName(QStringLiteral("specialCheckBox"));
    specialLayout->addWidget(m_special);
    auto* reasons = new QGridLayout;
    const QList<core::SpecialReason> reasonValues = core::familybeds::specialReasons().values();
    for (int i = 0; i < reasonValues.size(); ++i) {
        auto* box = new QCheckBox(core::familybeds::specialReasons().label(reasonValues.at(i)), special);
        box->setObjectName(core::familybeds::specialReasons().code(reasonValues.at(i)).toLower() +
                           QStringLiteral("ReasonCheckBox"));
        box->setProperty("reason", static_cast<int>(reasonValues.at(i)));
        reasons->addWidget(box, i / 2, i % 2);
        m_reasons.append(box);
    }
    specialLayout->addLayout(reasons);
    right->addWidget(special);

    auto* care = new QGroupBox(core::FamilyBedService::careLevelLabel(), this);
    auto* careForm = new QFormLayout(care);
    m_careLevel = new QComboBox(care);
    m_careLevel->setObjectName(QStringLiteral("careLevelComboBox"));
    m_careLevel->addItem(core::ResidentService::careLevelLabel(-1), -1);
    for (int level = 0; level <= 4; ++level)
        m_careLevel->addItem(core::ResidentService::careLevelLabel(level), level);
    m_careLevelOn = makeDateEdit(care, core::Clock::today(), QStringLiteral("careLevelDateEdit"));
    m_careLevelOn->setMaximumDate(core::Clock::today());
    m_careLevelSource = lineEdit(care, QStringLiteral("careLevelSourceLineEdit"), 64);
    m_careLevelSource->setPlaceholderText(tr("e.g. 本院评估, 县评估中心"));
    careForm->addRow(core::FamilyBedService::careLevelLabel(), m_careLevel);
    careForm->addRow(core::FamilyBedService::careLevelDateLabel(), m_careLevelOn);
    careForm->addRow(core::FamilyBedService::careLevelSourceLabel(), m_careLevelSource);
    m_careLevelNote = new QLabel(care);
    m_careLevelNote->setObjectName(QStringLiteral("careLevelNoteLabel"));
    m_careLevelNote->setWordWrap(true);
    m_careLevelNote->setVisible(false);
    careForm->addRow(m_careLevelNote);
    right->addWidget(care);
    right->addStretch(1);

    finish(m_uid.isEmpty() ? tr("Register") : tr("Save"), QStringLiteral("familyBedMessageLabel"));

    m_fields = {{core::FamilyBedService::nameLabel(), m_name},
                {core::IdNumber::fieldLabel(), m_idNumber},
                {core::ResidentService::genderFieldLabel(), m_gender},
                {core::ResidentService::birthDateLabel(), m_birthDate},
                {core::ResidentService::phoneLabel(), m_phone},
                {core::ResidentService::emergencyContactLabel(), m_emergencyContact},
                {core::ResidentService::emergencyPhoneLabel(), m_emergencyPhone},
                {core::FamilyBedService::addressLabel(), m_village},
                {core::FamilyBedService::countyLabel(), m_county},
                {core::FamilyBedService::townshipLabel(), m_township},
                {core::FamilyBedService::villageLabel(), m_village},
                {core::FamilyBedService::streetLabel(), m_street},
                {core::FamilyBedService::specialReasonsLabel(), m_reasons.constFirst()},
                {core::FamilyBedService::careLevelLabel(), m_careLevel},
                {core::FamilyBedService::careLevelDateLabel(), m_careLevelOn},
                {core::FamilyBedService::careLevelSourceLabel(), m_careLevelSource}};

    connect(m_idNumber, &QLineEdit::textChanged, this, &FamilyBedDialog::fillFromIdNumber);
    connect(m_special, &QCheckBox::toggled, this, &FamilyBedDialog::updateEnabled);
    connect(m_careLevel, &QComboBox::currentIndexChanged, this, &FamilyBedDialog::updateEnabled);
    if (m_uid.isEmpty()) {
        // Most elders live in the center's own county and township.
        const core::CenterProfile center = core::CenterService(context.database()).profile();
        m_county->setText(center.county);
        m_township->setText(center.township);
    } else {
        load();
    }
    updateEnabled();
    setMinimumWidth(820);
}

void FamilyBedDialog::load()
{
    const core::FamilyBed bed =
        core::FamilyBedService(context().database()).familyBed(context().actor(), m_uid);
    m_name->setText(bed.name);
    m_idNumber->setText(bed.idNumber);
    m_gender->setCurrentIndex(m_gender->findData(bed.gender));
    m_birthDate->setDate(bed.birthDate);
    m_category->setCurrentIndex(m_category->findData(core::residentCategoryCodes().code(bed.category)));
    m_phone->setText(bed.phone);
    m_emergencyContact->setText(bed.emergencyContact);
    m_emergencyPhone->setText(bed.emergencyPhone);
    m_county->setText(bed.county);
    m_township->setText(bed.township);
    m_village->setText(bed.village);
    m_street->setText(bed.streetAddress);
    m_special->setChecked(bed.specialDifficulty);
    for (QCheckBox* box : std::as_const(m_reasons))
        box->setChecked(
            bed.specialReasons.contains(static_cast<core::SpecialReason>(box->property("reason").toInt())));
    m_careLevel->setCurrentIndex(m_careLevel->findData(bed.careLevel));
    if (bed.careLevelOn.isValid())
        m_careLevelOn->setDate(bed.careLevelOn);
    m_careLevelSource->setText(bed.careLevelSource);
    if (bed.currentLevelOrigin == core::FamilyBed::CareLevelOrigin::Assessment) {
        m_careLevelNote->setText(tr("In force: %1. An assessment sets the care level; the level entered "
                                    "here applies only while there is none.")
                                     .arg(core::FamilyBedService::currentCareLevelText(bed)));
        m_careLevelNote->setVisible(true);
    }
}

void FamilyBedDialog::fillFromIdNumber()
{
    // A valid number gives birth date and gender, which the person entering would copy anyway.
    QString id;
    try {
        id = core::IdNumber::normalize(m_idNumber->text());
    } catch (const core::Error&) {
        return;
    }
    m_birthDate->setDate(core::IdNumber::birthDate(id));
    m_gender->setCurrentIndex(m_gender->findData(core::IdNumber::gender(id)));
}

void FamilyBedDialog::updateEnabled()
{
    for (QCheckBox* box : std::as_const(m_reasons))
        box->setEnabled(m_special->isChecked());
    const bool assessed = m_careLevel->currentData().toInt() >= 0;
    m_careLevelOn->setEnabled(assessed);
    m_careLevelSource->setEnabled(assessed);
}

core::FamilyBed FamilyBedDialog::input() const
{
    core::FamilyBed bed;
    bed.uid = m_uid;
    bed.name = m_name->text();
    bed.idNumber = m_idNumber->text();
    bed.gender = m_gender->currentData().toInt();
    bed.birthDate = m_birthDate->date();
    bed.category = core::residentCategoryCodes()
                       .fromCode(m_category->currentData().toString())
                       .value_or(core::ResidentCategory::SH);
    bed.phone = m_phone->text();
    bed.emergencyContact = m_emergencyContact->text();
    bed.emergencyPhone = m_emergencyPhone->text();
    bed.county = m_county->text();
    bed.township = m_township->text();
    bed.village = m_village->text();
    bed.streetAddress = m_street->text();
    bed.specialDifficulty = m_special->isChecked();
    for (QCheckBox* box : m_reasons) {
        if (box->isChecked())
            bed.specialReasons.append(static_cast<core::SpecialReason>(box->property("reason").toInt()));
    }
    bed.careLevel = m_careLevel->currentData().toInt();
    if (bed.careLevel >= 0) {
        bed.careLevelOn = m_careLevelOn->date();
        bed.careLevelSource = m_careLevelSource->text();
    }
    return bed;
}

void FamilyBedDialog::apply()
{
    core::FamilyBedService service(context().database());
    if (m_uid.isEmpty())
        m_uid = service.add(context().actor(), input());
    else
        service.update(context().actor(), input());
}

void FamilyBedDialog::refused(const core::Error& error)
{
    if (QWidget* field = m_fields.value(error.field()))
        field->setFocus();
}

} // namespace jinglao::ui
