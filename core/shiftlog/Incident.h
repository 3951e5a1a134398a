#pragma once
// The incident kinds a shift-log entry may record (county shift_logs.csv `incident`), and which
// of them count as risk events for the ability assessment's raising rule.

#include "common/CodeTable.h"

#include <QList>
#include <QString>

namespace jinglao::core {

enum class Incident {
    None,
    Fall,         // 跌倒
    Choking,      // 噎食
    PressureSore, // 压疮
    Wandering,    // 走失
    Other,        // 其他
};

// FALL, CHOKING … ↔ 跌倒, 噎食 …; None has the empty code (stored as NULL), so an empty code reads
// as None.
const CodeTable<Incident>& incidentCodes();
QList<Incident> allIncidents(); // every kind but None, in display order
// GB/T 42195-2022 risk events (跌倒, 噎食, 自伤, 走失) among our kinds: falls, choking, wandering.
bool isRiskEvent(Incident incident);
QStringList riskEventCodes();

} // namespace jinglao::core
