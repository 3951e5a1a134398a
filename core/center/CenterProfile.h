#pragma once
// The center's own details: what the window title, every printed or exported document and the
// county package (manifest facility_code, facility_name) say about who made them.

#include <QString>

namespace jinglao::core {

struct CenterProfile {
    QString name;         // 下板城镇敬老院
    QString facilityCode; // the county's code for the center: 1–32 of A–Z, 0–9 and -
    QString county;       // 承德县
    QString township;     // 下板城镇
    QString address;
    QString contact; // the person the county calls
    QString phone;

    bool operator==(const CenterProfile&) const = default;
};

} // namespace jinglao::core
