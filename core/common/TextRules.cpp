#include "common/TextRules.h"

#include "common/Error.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace jinglao::core::textrules {

namespace {

QString checkedLength(const QString& text, const QString& fieldLabel, int maximum, bool required)
{
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

} // namespace

QString line(const QString& value, const QString& fieldLabel, int maximum, bool required)
{
    const QString text = value.simplified();
    return checkedLength(text, fieldLabel, maximum, required);
}

QString paragraphs(const QString& value, const QString& fieldLabel, int maximum, bool required)
{
    QString unified = value;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"))
        .replace(QLatin1Char('\r'), QLatin1Char('\n'));
    QStringList lines;
    for (const QString& part : unified.split(QLatin1Char('\n')))
        lines.append(part.simplified());
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    const QString text = lines.join(QLatin1Char('\n'));
    return checkedLength(text, fieldLabel, maximum, required);
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
