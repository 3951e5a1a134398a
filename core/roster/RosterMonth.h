#pragma once
// Everything one month of the roster needs, loaded once: the staff who appear on it, the active
// shift templates, the shifts (from six days before the month, for the rest-day rule) and the
// leave periods. The grid, the rules, the totals and the exports all read this.

#include "roster/ShiftTemplate.h"
#include "staff/StaffMember.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace jinglao::core {

// Which monthly norm overtime is counted against (setting "roster_monthly_norm").
enum class MonthlyNorm {
    StatutoryAverage, // 174 h = 21.75 days × 8 h a month (劳社部发〔2008〕3号), prorated by days employed
    Weekdays,         // 8 h for every Monday–Friday of the month on which the person is employed
};
// statutory, weekdays (the stored setting) ↔ the rule in words, for the roster page and the CLI.
const CodeTable<MonthlyNorm>& monthlyNormCodes();

struct RosterMonth {
    QDate first; // the first day of the month
    MonthlyNorm monthlyNorm = MonthlyNorm::StatutoryAverage;
    QList<StaffMember> staff;
    QList<ShiftTemplate> templates;
    QList<Shift> shifts; // shift_date from first - 6 to the last day, ordered by start
    QList<StaffLeave> leaves;
    // The last day anyone has a shift in the whole roster (invalid when nothing is planned): up to
    // it a day without a shift is a rest day ("-"), after it the roster is not planned yet.
    QDate plannedThrough;

    struct PersonTotals {
        double hours = 0;
        int shifts = 0;
        // Days of the month, while employed, with no shift starting, up to plannedThrough: the
        // days shown as "-" (a day not planned yet is not a rest day).
        int restDays = 0;
    };

    QDate last() const { return first.addDays(first.daysInMonth() - 1); }
    // Shifts starting in the month (what a roster export contains).
    int shiftCount() const;
    int days() const { return first.daysInMonth(); }
    // Codes of the person's shifts starting on day, in start order (normally zero or one).
    QList<Shift> shiftsOf(const QString& staffUid, const QDate& day) const;
    QString cellText(const QString& staffUid, const QDate& day) const; // "D", "D/N", ""
    // A day the roster has been planned through (see plannedThrough).
    bool isPlanned(const QDate& day) const { return plannedThrough.isValid() && day <= plannedThrough; }
    PersonTotals totals(const QString& staffUid) const;
    // Caregivers on a shift of that template on day who count toward its minimum: not absent,
    // employed that day and not on leave.
    int caregiversOn(const QDate& day, const QString& code) const;
    const StaffMember* member(const QString& staffUid) const;
    // The leave period of the person covering day, if any.
    const StaffLeave* leaveOn(const QString& staffUid, const QDate& day) const;

    void index(); // builds the lookups; call after filling the lists

private:
    QHash<std::pair<QString, qint64>, QList<int>> m_byStaffDay; // (uid, Julian day) → indexes into shifts
    QHash<QString, int> m_byStaff;
};

} // namespace jinglao::core
