#include "center/CenterForm.h"

#include "center/CenterService.h"

#include <QFormLayout>
#include <QLineEdit>

namespace jinglao::ui {

namespace {
QString label(const QString& field)
{
    //: A form label: the field's name and a colon (full-width in Chinese).
    return QCoreApplication::translate("jinglao::ui::CenterForm", "%1:").arg(field);
}
} // namespace

CenterForm::CenterForm(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("centerForm"));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_name = field(QStringLiteral("centerNameLineEdit"), 64);
    m_name->setPlaceholderText(tr("e.g. 下板城镇敬老院"));
    m_code = field(QStringLiteral("facilityCodeLineEdit"), 32);
    m_code->setPlaceholderText(tr("the code the county gave the center, e.g. HB130821-003"));
    m_county = field(QStringLiteral("countyLineEdit"), 32);
    m_township = field(QStringLiteral("townshipLineEdit"), 32);
    m_address = field(QStringLiteral("addressLineEdit"), 128);
    m_contact = field(QStringLiteral("contactLineEdit"), 32);
    m_phone = field(QStringLiteral("centerPhoneLineEdit"), 20);
    form->addRow(label(core::CenterService::nameLabel()), m_name);
    form->addRow(label(core::CenterService::facilityCodeLabel()), m_code);
    form->addRow(label(core::CenterService::countyLabel()), m_county);
    form->addRow(label(core::CenterService::townshipLabel()), m_township);
    form->addRow(label(core::CenterService::addressLabel()), m_address);
    form->addRow(label(core::CenterService::contactLabel()), m_contact);
    form->addRow(label(core::CenterService::phoneLabel()), m_phone);
}

QLineEdit* CenterForm::field(const QString& objectName, int maximumLength)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setMaxLength(maximumLength);
    return edit;
}

core::CenterProfile CenterForm::profile() const
{
    return {m_name->text(),    m_code->text(),    m_county->text(), m_township->text(),
            m_address->text(), m_contact->text(), m_phone->text()};
}

void CenterForm::setProfile(const core::CenterProfile& profile)
{
    m_name->setText(profile.name);
    m_code->setText(profile.facilityCode);
    m_county->setText(profile.county);
    m_township->setText(profile.township);
    m_address->setText(profile.address);
    m_contact->setText(profile.contact);
    m_phone->setText(profile.phone);
}

void CenterForm::setReadOnly(bool readOnly)
{
    for (QLineEdit* edit : {m_name, m_code, m_county, m_township, m_address, m_contact, m_phone})
        edit->setReadOnly(readOnly);
}

} // namespace jinglao::ui
