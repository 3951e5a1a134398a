// The month parser: datetext::isoMonth (the command line's --month, the report and roster months)
// and the county summary's month, which refuses a bad one before it reads any package.

#include "FuzzSupport.h"
#include "common/DateText.h"
#include "common/Error.h"
#include "county/CountySummary.h"

using namespace jinglao::core;
using jinglao::fuzz::require;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    jinglao::fuzz::startApplication();
    jinglao::fuzz::scratch();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(jinglao::fuzz::bytesOf(data, size));
    const std::optional<QDate> month = datetext::isoMonth(text);
    if (month) {
        require(month->isValid() && month->day() == 1, "a month is read as its first day");
        require(month->toString(QStringLiteral("yyyy-MM")) == text, "an accepted month is written as typed");
        require(datetext::isoDate(text + QStringLiteral("-01")) == month, "a month's first day is a date");
    }
    try {
        // An empty folder: no package to read, so only the month is judged.
        const CountySummary summary = CountySummaryService::read(jinglao::fuzz::scratch().path(), text);
        require(text.isEmpty() || month.has_value(), "the county summary takes only a month");
        require(summary.centers.isEmpty(), "an empty folder holds no center");
    } catch (const Error&) {
        require(!month.has_value(), "a month is not refused");
    }
    return 0;
}
