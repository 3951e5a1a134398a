#pragma once
// A bed as stored (beds table), and the state the bed map shows it in.

#include "common/CodeTable.h"

#include <QDate>
#include <QList>
#include <QString>

namespace jinglao::core {

enum class BedType { Nursing, General };
// NURSING, GENERAL (stored, beds.csv bed_type) ↔ 护理型床位, 普通床位.
const CodeTable<BedType>& bedTypeCodes();

// Free: in service, nobody holds it. Occupied: a present resident holds it. Held: its resident
// is away on a hospital referral and keeps the bed. OutOfService: not usable.
enum class BedState { Free, Occupied, Held, OutOfService };

struct Bed {
    QString uid;
    QString code; // unique, e.g. A-101-2
    QString building;
    QString floor;
    QString room;
    BedType type = BedType::General;
    bool dementiaUnit = false;
    bool inService = true; // today; the history is in bed_service_periods
    QDate inServiceSince;  // for a new bed: the first day in service (invalid: today)
};

// One period a bed was in service: from the first day in service to the first day out of
// service again (invalid while still in service).
struct BedServicePeriod {
    QString uid;
    QDate from;
    QDate to;
    QString reason;    // why it went into service (empty for a new bed)
    QString endReason; // why it was taken out of service
};

// One tile of the bed map: the bed, its state and who holds it.
struct BedView {
    Bed bed;
    BedState state = BedState::Free;
    QString residentUid;
    QString residentName;
    int careLevel = -1; // latest assessment's level 0–4, -1 when never assessed
};

// A present resident holding another bed of a room (those away on referral included).
struct Roommate {
    QString residentUid;
    QString name;
    int gender = 0; // 1 male, 2 female (GB/T 2261.1)
    QString bedCode;
};

// A free bed with the people in its room today: a bed list shows them, and placing someone of the
// other gender there is confirmed first.
struct FreeBed {
    Bed bed;
    QList<Roommate> roommates;
};

// The bed figures of one day: the bed map's header, the home page, `occupancy`, the monthly report.
// Beds count when in service on that day. Ratios are fractions (0.55), not percent.
struct BedSummary {
    int inService = 0;
    int nursing = 0;      // nursing beds in service
    int occupied = 0;     // held by a present resident, including those away (held)
    int held = 0;         // away on referral that day (the modules say who: Module::residentsAwayOn)
    int free = 0;         // in service and not held
    int outOfService = 0; // beds that had been in service before the day but were not on it

    static constexpr double NursingRatioTarget = 0.55;
    double nursingRatio() const { return inService > 0 ? double(nursing) / inService : 0.0; }
    double occupancyRate() const { return inService > 0 ? double(occupied) / inService : 0.0; }
    bool nursingRatioBelowTarget() const { return inService > 0 && nursing * 100 < inService * 55; }
};

} // namespace jinglao::core
