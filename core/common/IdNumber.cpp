#include "common/IdNumber.h"

#include "common/Error.h"

namespace jinglao::core {

namespace {
bool allDigits(const QString& text)
{
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}
} // namespace

QString IdNumber::fieldLabel()
{
    return tr("ID number");
}

QChar IdNumber::checkCharacter(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

QDate IdNumber::birthDate(const QString& id18)
{
    return QDate::fromString(id18.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

int IdNumber::gender(const QString& id18)
{
    return (id18.at(16).unicode() - '0') % 2 == 1 ? 1 : 2;
}

QString IdNumber::fromLegacy15(const QString& id15)
{
    const QString first17 = id15.left(6) + QStringLiteral("19") + id15.mid(6, 9);
    return first17 + checkCharacter(first17);
}

bool IdNumber::isValid(const QString& id18)
{
    if (id18.size() != 18 || !allDigits(id18.left(17)))
        return false;
    return birthDate(id18).isValid() && checkCharacter(id18.left(17)) == id18.at(17);
}

QString IdNumber::normalize(const QString& input, const QString& label)
{
    const QString field = label.isEmpty() ? fieldLabel() : label;
    QString id = input.trimmed().toUpper();
    if (id.isEmpty())
        throw Error::validation(field, input, tr("is required."));
    if (id.size() == 15) {
        if (!allDigits(id))
            throw Error::validation(field, input, tr("a 15-digit number may contain digits only."));
        if (!QDate::fromString(QStringLiteral("19") + id.mid(6, 6), QStringLiteral("yyyyMMdd")).isValid())
            throw Error::validation(field, input, tr("contains no valid birth date."));
        return fromLegacy15(id);
    }
    if (id.size() != 18)
        throw Error::validation(field, input,
                                tr("must have 18 characters (or 15 digits for an old number)."));
    if (!allDigits(id.left(17)))
        throw Error::validation(field, input, tr("the first 17 characters must be digits."));
    const QChar last = id.at(17);
    if (!(last.isDigit() || last == QLatin1Char('X')))
        throw Error::validation(field, input, tr("the last character must be a digit or X."));
    const QDate born = birthDate(id);
    if (!born.isValid())
        throw Error::validation(field, input, tr("contains no valid birth date."));
    if (checkCharacter(id.left(17)) != last)
        throw Error::validation(field, input, tr("has a wrong check digit."));
    return id;
}

IdNumber::Advice IdNumber::advice(const QString& input, const QDate& entered, int enteredGender)
{
    const QString id = input.trimmed().toUpper();
    if (id.isEmpty())
        return {};
    const auto genderWord = [](int gender) {
        return gender == 1 ? tr("male") : tr("female");
    };
    const auto sentences = [](const QString& first, const QString& second) {
        //: Two sentences one after the other (Chinese needs no space between them).
        return tr("%1 %2").arg(first, second);
    };
    const auto implied = [&](const QString& id18) {
        return tr("This number stands for born %1, %2.")
            .arg(IdNumber::birthDate(id18).toString(Qt::ISODate), genderWord(IdNumber::gender(id18)));
    };
    if (id.size() == 15) {
        if (!allDigits(id))
            return {true, tr("An old 15-character ID number has digits only; please check it.")};
        const QString born = QStringLiteral("19") + id.mid(6, 6);
        if (!QDate::fromString(born, QStringLiteral("yyyyMMdd")).isValid())
            return {true, tr("Characters 7 to 12 should be the birth date, but %1 is no date; please check "
                             "the number.")
                              .arg(id.mid(6, 6))};
        const QString id18 = fromLegacy15(id);
        const Advice full = advice(id18, entered, enteredGender);
        return {full.problem, sentences(tr("An old 15-digit number, saved as %1.").arg(id18), full.text)};
    }
    if (id.size() != 18) {
        const int length = int(id.size());
        return {true, tr("An ID number has 18 characters (an old one 15 digits); this one has %n; please "
                         "check it.",
                         nullptr, length)};
    }
    if (!allDigits(id.left(17)) || !(id.at(17).isDigit() || id.at(17) == QLatin1Char('X')))
        return {true, tr("An ID number is digits only, except that the last character may be X; please "
                         "check it.")};
    if (!birthDate(id).isValid())
        return {true, tr("Characters 7 to 14 should be the birth date, but %1 is no date; please check the "
                         "number.")
                          .arg(id.mid(6, 8))};
    const QChar expected = checkCharacter(id.left(17));
    if (expected != id.at(17))
        return {true, sentences(tr("The last character should be %1; please check the number.").arg(expected),
                                implied(id))};
    const QString born = birthDate(id).toString(Qt::ISODate);
    const QString gender = genderWord(IdNumber::gender(id));
    if (entered.isValid() && entered != birthDate(id))
        return {true, tr("This number stands for born %1, %2, but the birth date entered is %3; please "
                         "check.")
                          .arg(born, gender, entered.toString(Qt::ISODate))};
    if ((enteredGender == 1 || enteredGender == 2) && enteredGender != IdNumber::gender(id))
        return {true, tr("This number stands for born %1, %2, but the gender entered is %3; please check.")
                          .arg(born, gender, genderWord(enteredGender))};
    return {false, implied(id)};
}

void IdNumber::requireAgreement(const QString& id18, const QDate& birthDate, int gender, const QString& label)
{
    const QString field = label.isEmpty() ? fieldLabel() : label;
    if (birthDate.isValid() && IdNumber::birthDate(id18) != birthDate)
        throw Error::validation(
            field, id18, tr("does not agree with the birth date %1.").arg(birthDate.toString(Qt::ISODate)));
    if ((gender == 1 || gender == 2) && IdNumber::gender(id18) != gender)
        throw Error::validation(field, id18,
                                gender == 1 ? tr("belongs to a woman, but the gender entered is male.")
                                            : tr("belongs to a man, but the gender entered is female."));
}

} // namespace jinglao::core
