#include "roster/RosterRules.h"

#include <cmath>

namespace jinglao::core {

namespace {
const QString iso = QStringLiteral("yyyy-MM-dd");

QString hoursText(double hours)
{
    return QString::number(std::round(hours * 10.0) / 10.0, 'f', 1);
}
} // namespace

const CodeTable<RosterWarning::Kind>& rosterWarningCodes()
{
    using Kind = RosterWarning::Kind;
    static const CodeTable<Kind> table(
        "jinglao::core::RosterWarning",
        {{Kind::DailyHours, "DAILY_HOURS",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "Over 8 hours a day")},
         {Kind::WeeklyHours, "WEEKLY_HOURS",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "Over 44 hours a week")},
         {Kind::NoRestDay, "NO_REST_DAY",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "No rest day in 7")},
         {Kind::Overtime, "OVERTIME",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "Overtime over 36 hours")},
         {Kind::Understaffed, "UNDERSTAFFED",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "Too few caregivers")},
         {Kind::OnLeave, "ON_LEAVE", QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "On leave")},
         {Kind::NotEmployed, "NOT_EMPLOYED",
          QT_TRANSLATE_NOOP("jinglao::core::RosterWarning", "Not employed")}});
    return table;
}

const CodeTable<MonthlyNorm>& monthlyNormCodes()
{
    static const CodeTable<MonthlyNorm> table(
        "RosterRules",
        {{MonthlyNorm::StatutoryAverage, "statutory",
          QT_TRANSLATE_NOOP("RosterRules",
                            "the statutory average of 174 hours a month (21.75 days × 8 hours), "
                            "prorated by the days employed")},
         {MonthlyNorm::Weekdays, "weekdays",
          QT_TRANSLATE_NOOP("RosterRules",
                            "8 hours for every Monday to Friday of the month the person is employed")}});
    return table;
}

double RosterRules::monthlyNormHours(const RosterMonth& month, const StaffMember& person)
{
    int workdays = 0;
    int employed = 0;
    for (QDate day = month.first; day <= month.last(); day = day.addDays(1)) {
        if (!person.employedOn(day))
            continue;
        ++employed;
        if (day.dayOfWeek() <= 5)
            ++workdays;
    }
    if (month.monthlyNorm == MonthlyNorm::Weekdays)
        return workdays * 8.0;
    return StatutoryMonthlyHours * employed / month.days();
}

QList<RosterWarning> RosterRules::check(const RosterMonth& month)
{
    QList<RosterWarning> warnings;
    const QDate first = month.first;
    const QDate last = month.last();

    for (const StaffMember& person : month.staff) {
        auto warn = [&](RosterWarning::Kind kind, const QDate& day, const QString& code,
                        const QString& message) {
            warnings.append({kind, person.uid, person.name, day, code, message});
        };

        int run = 0;
        for (QDate day = first.addDays(-MaxWorkDaysInRow); day <= last; day = day.addDays(1)) {
            double dayHours = 0;
            bool worked = false;
            for (const Shift& shift : month.shiftsOf(person.uid, day)) {
                if (!shift.counts())
                    continue;
                worked = true;
                dayHours += shift.hours();
                if (day < first)
                    continue;
                if (!person.employedOn(day)) {
                    warn(RosterWarning::Kind::NotEmployed, day, shift.code,
                         day < person.hireDate
                             ? tr("%1 is rostered on %2 before the hire date %3.")
                                   .arg(person.name, day.toString(iso), person.hireDate.toString(iso))
                             : tr("%1 is rostered on %2 but left on %3.")
                                   .arg(person.name, day.toString(iso), person.leaveDate.toString(iso)));
                }
                if (const StaffLeave* leave = month.leaveOn(person.uid, day)) {
                    warn(RosterWarning::Kind::OnLeave, day, shift.code,
                         tr("%1 is rostered on %2 while on leave (%3 to %4).")
                             .arg(person.name, day.toString(iso), leave->startsOn.toString(iso),
                                  leave->endsOn.toString(iso)));
                }
            }
            run = worked ? run + 1 : 0;
            if (day < first)
                continue;
            if (dayHours > MaxDailyHours) {
                warn(RosterWarning::Kind::DailyHours, day, month.cellText(person.uid, day),
                     tr("%1 works %2 hours on %3 (more than 8).")
                         .arg(person.name, hoursText(dayHours), day.toString(iso)));
            }
            if (run > MaxWorkDaysInRow && run % (MaxWorkDaysInRow + 1) == 0) {
                warn(RosterWarning::Kind::NoRestDay, day, month.cellText(person.uid, day),
                     tr("%1 has no rest day in the 7 days up to %2.").arg(person.name, day.toString(iso)));
            }
        }

        int employedDays = 0;
        for (QDate day = first; day <= last; day = day.addDays(1)) {
            if (person.employedOn(day))
                ++employedDays;
        }
        const double hours = month.totals(person.uid).hours;
        if (employedDays > 0 && hours > 0) {
            const double weekly = hours * 7.0 / employedDays;
            if (weekly > MaxWeeklyAverageHours) {
                warn(RosterWarning::Kind::WeeklyHours, last, QString(),
                     tr("%1 averages %2 hours a week in %3 (more than 44).")
                         .arg(person.name, hoursText(weekly), first.toString(QStringLiteral("yyyy-MM"))));
            }
            const double norm = monthlyNormHours(month, person);
            const double overtime = hours - norm;
            if (overtime > MaxMonthlyOvertimeHours) {
                warn(RosterWarning::Kind::Overtime, last, QString(),
                     tr("%1 has %2 overtime hours in %3 (more than 36; %4 hours worked, monthly norm %5 "
                        "hours).")
                         .arg(person.name, hoursText(overtime), first.toString(QStringLiteral("yyyy-MM")),
                              hoursText(hours), hoursText(norm)));
            }
        }
    }

    warnings += understaffed(month);
    return warnings;
}

QList<RosterWarning> RosterRules::understaffed(const RosterMonth& month)
{
    QList<RosterWarning> warnings;
    const QDate first = month.first;
    const QDate last = month.last();
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        for (const ShiftTemplate& shiftTemplate : month.templates) {
            if (shiftTemplate.minCaregivers <= 0)
                continue;
            const int onDuty = month.caregiversOn(day, shiftTemplate.code);
            if (onDuty < shiftTemplate.minCaregivers) {
                warnings.append({RosterWarning::Kind::Understaffed, QString(), QString(), day,
                                 shiftTemplate.code,
                                 tr("%1 %2 (%3): %4 of %5 caregivers.")
                                     .arg(day.toString(iso), shiftTemplate.label(), shiftTemplate.code)
                                     .arg(onDuty)
                                     .arg(shiftTemplate.minCaregivers)});
            }
        }
    }
    return warnings;
}

} // namespace jinglao::core
