#pragma once
// Something a person at the center should act on, raised by a module (an overdue assessment, a
// certificate about to expire, a shift short of caregivers …): how urgent, what to say, and the
// record it is about, so that a list of alerts can open that record.

#include <QString>

namespace jinglao::core {

// A record by table and uid, as the county package names it ("residents", "staff" …). A day of
// the roster is {"roster", "2026-12-03"}: the roster has no record per day.
struct RecordRef {
    QString table;
    QString uid;
    bool isEmpty() const { return uid.isEmpty(); }
    bool operator==(const RecordRef&) const = default;
};

struct Alert {
    enum class Severity {
        Info,     // worth knowing
        Warning,  // to be done soon
        Critical, // a rule or a target is broken now
    };
    Severity severity = Severity::Warning;
    QString module;   // the id of the module that raised it
    QString text;     // translated, one line
    RecordRef record; // empty when the alert is about the center as a whole
};

} // namespace jinglao::core
