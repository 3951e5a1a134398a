#pragma once
// Dates and months as people type them into the program (the command line's --date and --month,
// the county summary's month): yyyy-MM-dd and yyyy-MM, ASCII digits only. Callers refuse what
// these do not accept with a message in their own words.

#include <QDate>
#include <QString>

#include <optional>

namespace jinglao::core::datetext {

// 2026-11-02 → that day; nullopt for any other shape or a day the calendar does not have.
std::optional<QDate> isoDate(const QString& text);
// 2026-11 → its first day; nullopt for any other shape or month 00 or 13–99.
std::optional<QDate> isoMonth(const QString& text);

} // namespace jinglao::core::datetext
