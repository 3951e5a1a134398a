#include "common/TextRules.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace jinglao::core::textrules {

QString line(const QString& value, const QString& fieldLabel, int maximum, bool required)
{
    const QString text = value.simplified();
    if (required && text.isEmpty())
        throw Error::validation(fieldLabel, QString(),
                                QCoreApplication::translate("jinglao::core::textrules", "is required."));
    if (text.size() > maximum)
        throw Error::validation(
            fieldLabel, text,
            QCoreApplication::translate("jinglao::core::textrules", "may have at most %1 characters.")
                .arg(maximum));
    return text;
}

QString phone(const QString& value, const QString& fieldLabel)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9+\\- ]{3,20}$"));
    const QString phone = value.trimmed();
    if (!phone.isEmpty() && !pattern.match(phone).hasMatch())
        throw Error::validation(fieldLabel, value,
                                QCoreApplication::translate("jinglao::core::textrules",
                                                            "may contain 3 to 20 digits, spaces, + and -."));
    return phone;
}

} // namespace jinglao::core::textrules
