#pragma once
// 居民身份证号 (GB 11643-1999): check digit, 15→18 digit conversion, birth date and gender.
// Used for residents, staff and family care beds alike.

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace jinglao::core {

class IdNumber {
    Q_DECLARE_TR_FUNCTIONS(IdNumber)

public:
    // Trims, upper-cases a final x, converts a 15-digit legacy number to 18 digits and checks
    // the result; throws Error::validation naming fieldLabel (default 身份证号) and the value.
    static QString normalize(const QString& input, const QString& fieldLabel = {});
    // True for an 18-character number with the right check digit and a real birth date.
    static bool isValid(const QString& id18);
    // The check character for the first 17 digits ('0'–'9' or 'X').
    static QChar checkCharacter(const QString& first17);
    static QString fromLegacy15(const QString& id15);
    static QDate birthDate(const QString& id18);
    // 1 male, 2 female (GB/T 2261.1), from the 17th digit.
    static int gender(const QString& id18);
    static QString fieldLabel();

    // What a person typing the number is told on leaving the field, in the words of the form
    // rather than the standard's: what is wrong and what to check ("the last character should be
    // X"), or, for a valid number, the birth date and gender it encodes and whether the ones
    // entered disagree (birthDate invalid or gender 0: not entered yet). Empty for an empty field.
    struct Advice {
        bool problem = false;
        QString text;
    };
    static Advice advice(const QString& input, const QDate& birthDate = {}, int gender = 0);

    // Throws Error::validation when birthDate or gender disagree with the number.
    static void requireAgreement(const QString& id18, const QDate& birthDate, int gender,
                                 const QString& fieldLabel = {});
};

} // namespace jinglao::core
