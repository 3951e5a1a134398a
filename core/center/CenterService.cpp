#include "center/CenterService.h"

#include "common/Error.h"
#include "common/TextRules.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace jinglao::core {

namespace {
const QString countyKey = QStringLiteral("center_county");
const QString townshipKey = QStringLiteral("center_township");
const QString addressKey = QStringLiteral("center_address");
const QString contactKey = QStringLiteral("center_contact");
const QString phoneKey = QStringLiteral("center_phone");
} // namespace

CenterService::CenterService(Database& db)
    : m_db(db)
{}

QString CenterService::nameLabel()
{
    return tr("Name of the center");
}
QString CenterService::facilityCodeLabel()
{
    return tr("Facility code");
}
QString CenterService::countyLabel()
{
    return tr("County");
}
QString CenterService::townshipLabel()
{
    return tr("Township");
}
QString CenterService::addressLabel()
{
    return tr("Address");
}
QString CenterService::contactLabel()
{
    return tr("Contact person");
}
QString CenterService::phoneLabel()
{
    return tr("Phone");
}

QString CenterService::settingLabel(const QString& key)
{
    const QList<std::pair<QString, QString>> labels{{Settings::FacilityName, nameLabel()},
                                                    {Settings::FacilityCode, facilityCodeLabel()},
                                                    {countyKey, countyLabel()},
                                                    {townshipKey, townshipLabel()},
                                                    {addressKey, addressLabel()},
                                                    {contactKey, contactLabel()},
                                                    {phoneKey, phoneLabel()}};
    for (const auto& [known, label] : labels) {
        if (known == key)
            return label;
    }
    return {};
}

bool CenterService::isFacilityCode(const QString& code)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9-]{1,32}$"));
    return pattern.match(code).hasMatch();
}

CenterProfile CenterService::profile() const
{
    const Settings settings(m_db);
    return {settings.value(Settings::FacilityName),
            settings.value(Settings::FacilityCode),
            settings.value(countyKey),
            settings.value(townshipKey),
            settings.value(addressKey),
            settings.value(contactKey),
            settings.value(phoneKey)};
}

QString CenterService::displayName() const
{
    const QString name = Settings(m_db).value(Settings::FacilityName);
    return name.isEmpty() ? tr("Elderly-care center records") : name;
}

CenterProfile CenterService::validated(const CenterProfile& profile)
{
    CenterProfile checked;
    checked.name = textrules::line(profile.name, nameLabel(), 64, true);
    checked.facilityCode = profile.facilityCode.trimmed().toUpper();
    if (!checked.facilityCode.isEmpty() && !isFacilityCode(checked.facilityCode))
        throw Error::validation(facilityCodeLabel(), profile.facilityCode,
                                tr("may hold 1 to 32 letters A–Z, digits and hyphens (the county's code, "
                                   "e.g. HB130821-003)."));
    checked.county = textrules::line(profile.county, countyLabel(), 32);
    checked.township = textrules::line(profile.township, townshipLabel(), 32);
    checked.address = textrules::line(profile.address, addressLabel(), 128);
    checked.contact = textrules::line(profile.contact, contactLabel(), 32);
    checked.phone = textrules::phone(profile.phone, phoneLabel());
    return checked;
}

void CenterService::save(const Actor& actor, const CenterProfile& profile)
{
    actor.require(Permission::ManageSettings);
    const CenterProfile checked = validated(profile);
    Settings settings(m_db);
    Transaction transaction(m_db);
    const CenterProfile stored = this->profile();
    // Only what changed is written (and audited).
    const auto store = [&](const QString& key, const QString& before, const QString& after) {
        if (before != after)
            settings.setValue(actor, key, after);
    };
    store(Settings::FacilityName, stored.name, checked.name);
    store(Settings::FacilityCode, stored.facilityCode, checked.facilityCode);
    store(countyKey, stored.county, checked.county);
    store(townshipKey, stored.township, checked.township);
    store(addressKey, stored.address, checked.address);
    store(contactKey, stored.contact, checked.contact);
    store(phoneKey, stored.phone, checked.phone);
    transaction.commit();
}

} // namespace jinglao::core
