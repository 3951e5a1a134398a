#include "common/DateText.h"

#include <QRegularExpression>

namespace jinglao::core::datetext {

std::optional<QDate> isoDate(const QString& text)
{
    // anchoredPattern: $ alone would also take a final line break.
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}-\\d{2}")));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!date.isValid())
        return std::nullopt;
    return date;
}

std::optional<QDate> isoMonth(const QString& text)
{
    static const QRegularExpression shape(
        QRegularExpression::anchoredPattern(QStringLiteral("\\d{4}-\\d{2}")));
    if (!shape.match(text).hasMatch())
        return std::nullopt;
    const QDate first = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    if (!first.isValid())
        return std::nullopt;
    return first;
}

} // namespace jinglao::core::datetext
