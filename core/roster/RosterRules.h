#pragma once
// The labour-law and staffing checks of a month's roster (劳动法 §36, §38, §41). Overlapping
// shifts are refused when written (RosterService); everything here only warns.
//
// Definitions used (documented for the administrator's guide):
// - DailyHours: the shifts starting on one day add up to more than 8 hours (§36). 8 h is fine.
// - WeeklyHours: hours in the month × 7 ÷ days employed in the month exceed 44 (§36, the
//   weekly average over the month). Exactly 44 is fine.
// - NoRestDay: seven days in a row each with a shift starting (§38: at least one rest day a
//   week). Warned on the seventh day (and on every further seventh day of the same run); the
//   run may begin up to six days before the month.
// - Overtime: hours above the monthly norm; more than 36 overtime hours warns (§41). The norm is
//   one setting (MonthlyNorm, RosterService::setMonthlyNorm): by default the statutory average
//   of 174 h (21.75 days × 8 h, 劳社部发〔2008〕3号), prorated by the days of the month the
//   person is employed; or 8 h for every Monday–Friday employed (184 h in December 2025, 160 h in
//   February 2027). Public holidays are not known to the program.
// - Understaffed: fewer caregivers (role CAREGIVER, not absent, employed that day and not on
//   leave) on a shift than its template's minimum, for every day of the month and every active
//   template with a minimum.
// - OnLeave: a shift inside one of the person's leave periods; NotEmployed: a shift before the
//   hire date or on/after the leave date.
// Absent shifts count for none of these.

#include "roster/RosterMonth.h"

#include <QCoreApplication>

namespace jinglao::core {

struct RosterWarning {
    enum class Kind { DailyHours, WeeklyHours, NoRestDay, Overtime, Understaffed, OnLeave, NotEmployed };

    Kind kind;
    QString staffUid; // empty for Understaffed
    QString staffName;
    QDate date; // the day concerned; the month's last day for monthly rules
    QString shiftCode;
    QString message; // translated
};
// DAILY_HOURS … (for listings read by programs) ↔ the translated kind.
const CodeTable<RosterWarning::Kind>& rosterWarningCodes();

class RosterRules {
    Q_DECLARE_TR_FUNCTIONS(RosterRules)

public:
    static constexpr double MaxDailyHours = 8.0;
    static constexpr double MaxWeeklyAverageHours = 44.0;
    static constexpr int MaxWorkDaysInRow = 6;
    static constexpr double MaxMonthlyOvertimeHours = 36.0;

    static constexpr double StatutoryMonthlyHours = 174.0; // 21.75 days × 8 h

    static QList<RosterWarning> check(const RosterMonth& month);
    // Only the shifts of the month with fewer caregivers than their template's minimum (part of
    // check; the monthly report counts them).
    static QList<RosterWarning> understaffed(const RosterMonth& month);
    // The monthly norm in hours for a person, by month.monthlyNorm.
    static double monthlyNormHours(const RosterMonth& month, const StaffMember& person);
};

} // namespace jinglao::core
