// The date parsers core has for dates people type or sheets hold: datetext::isoDate (the command
// line, county package fields) and SheetReader::parseDate (roster imports: 2024/3/5, 2024年3月5日,
// 20240305, Excel day numbers, in the 1900 and the 1904 system). The input is the text (UTF-8).

#include "FuzzSupport.h"
#include "common/DateText.h"
#include "sheets/SheetReader.h"

#include <cmath>
#include <cstring>

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
    const std::optional<QDate> iso = datetext::isoDate(text);
    if (iso) {
        require(iso->isValid(), "an accepted date is valid");
        require(iso->toString(QStringLiteral("yyyy-MM-dd")) == text, "an accepted date is written as typed");
        require(SheetReader::parseDate(text) == *iso, "a sheet reads yyyy-MM-dd as the command line does");
    }
    for (const bool date1904 : {false, true}) {
        const QDate day = SheetReader::parseDate(text, date1904);
        require(day.isNull() || day.isValid(), "a date parsed is valid or none");
    }
    // The same bytes as an Excel day number, whatever double they make.
    if (size >= sizeof(double)) {
        double serial = 0;
        std::memcpy(&serial, data, sizeof serial);
        for (const bool date1904 : {false, true}) {
            const QDate day = SheetReader::dateFromSerial(serial, date1904);
            if (day.isValid())
                require(std::isfinite(serial) && serial >= 0, "a day number gives a date only when finite");
        }
    }
    return 0;
}
