// IdNumber (core/common): the 18-character 居民身份证号 with its GB 11643 check digit, and the
// 15-digit legacy number. The input is the text typed into the field (UTF-8).

#include "FuzzSupport.h"
#include "common/Error.h"
#include "common/IdNumber.h"

using namespace jinglao::core;
using jinglao::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    jinglao::fuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(jinglao::fuzz::bytesOf(data, size));
    const IdNumber::Advice advice = IdNumber::advice(text);
    require(text.trimmed().isEmpty() == advice.text.isEmpty(), "advice is given for any text typed");
    try {
        const QString id = IdNumber::normalize(text);
        // A number normalize accepts is valid, says who it stands for and agrees with itself.
        require(IdNumber::isValid(id), "a normalized number is valid");
        require(IdNumber::normalize(id) == id, "normalizing twice changes nothing");
        require(IdNumber::birthDate(id).isValid(), "a valid number holds a birth date");
        const int gender = IdNumber::gender(id);
        require(gender == 1 || gender == 2, "a valid number holds a gender");
        require(!IdNumber::advice(id).problem, "no problem is advised for a valid number");
        IdNumber::requireAgreement(id, IdNumber::birthDate(id), gender);
    } catch (const Error&) {
        require(!IdNumber::isValid(text.trimmed().toUpper()), "a refused number is not valid");
        require(advice.problem || text.trimmed().isEmpty(),
                "the advice names a problem for a refused number");
    }
    return 0;
}
