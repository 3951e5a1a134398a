#include "auth/Privacy.h"

namespace jinglao::core::privacy {

namespace {
bool startsWithFormulaCharacter(const QString& text, qsizetype at, FormulaRule rule)
{
    if (text.size() <= at)
        return false;
    const QChar c = text.at(at);
    if (c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@'))
        return true;
    return rule == FormulaRule::Spreadsheet && (c == QLatin1Char('\t') || c == QLatin1Char('\r'));
}
} // namespace

QString maskIdNumber(const QString& id)
{
    if (id.size() <= 8)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

QString maskPhone(const QString& phone)
{
    if (phone.size() <= 7)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

QString maskAddress(const QString& address)
{
    if (address.size() <= 6)
        return QString(address.size(), QLatin1Char('*'));
    return address.left(6) + QStringLiteral("****");
}

QString shownIdNumber(const Actor& actor, const QString& id)
{
    return actor.can(Permission::ViewPersonalData) ? id : maskIdNumber(id);
}

QString shownPhone(const Actor& actor, const QString& phone)
{
    return actor.can(Permission::ViewPersonalData) ? phone : maskPhone(phone);
}

QString shownAddress(const Actor& actor, const QString& address)
{
    return actor.can(Permission::ViewPersonalData) ? address : maskAddress(address);
}

QVariantMap maskedRecordValues(const QVariantMap& values)
{
    QVariantMap masked = values;
    for (auto it = masked.begin(); it != masked.end(); ++it) {
        const QString& column = it.key();
        if (it.value().isNull())
            continue;
        auto is = [&column](const char* name) {
            const QString suffix = QLatin1Char('_') + QLatin1String(name);
            return column == QLatin1String(name) || column.endsWith(suffix);
        };
        if (is("id_number"))
            it.value() = maskIdNumber(it.value().toString());
        else if (is("phone"))
            it.value() = maskPhone(it.value().toString());
        else if (is("address"))
            it.value() = maskAddress(it.value().toString());
    }
    return masked;
}

QVariantMap shownRecordValues(const Actor& actor, const QVariantMap& values)
{
    return actor.can(Permission::ViewPersonalData) ? values : maskedRecordValues(values);
}

QString escapeFormula(const QString& text, FormulaRule rule)
{
    return startsWithFormulaCharacter(text, 0, rule) ? QLatin1Char('\'') + text : text;
}

QString unescapeFormula(const QString& text, FormulaRule rule)
{
    return text.startsWith(QLatin1Char('\'')) && startsWithFormulaCharacter(text, 1, rule) ? text.mid(1)
                                                                                           : text;
}

} // namespace jinglao::core::privacy
