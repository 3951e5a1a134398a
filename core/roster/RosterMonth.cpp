#include "roster/RosterMonth.h"

namespace jinglao::core {

namespace {
std::pair<QString, qint64> key(const QString& staffUid, const QDate& day)
{
    return {staffUid, day.toJulianDay()};
}
} // namespace

void RosterMonth::index()
{
    m_byStaffDay.clear();
    m_byStaff.clear();
    for (int i = 0; i < shifts.size(); ++i)
        m_byStaffDay[key(shifts.at(i).staffUid, shifts.at(i).date)].append(i);
    for (int i = 0; i < staff.size(); ++i)
        m_byStaff.insert(staff.at(i).uid, i);
}

int RosterMonth::shiftCount() const
{
    int count = 0;
    for (const Shift& shift : shifts) {
        if (shift.date >= first && shift.date <= last())
            ++count;
    }
    return count;
}

QList<Shift> RosterMonth::shiftsOf(const QString& staffUid, const QDate& day) const
{
    QList<Shift> found;
    const auto it = m_byStaffDay.constFind(key(staffUid, day));
    if (it != m_byStaffDay.constEnd()) {
        for (int i : *it)
            found.append(shifts.at(i));
    }
    return found;
}

QString RosterMonth::cellText(const QString& staffUid, const QDate& day) const
{
    QStringList codes;
    for (const Shift& shift : shiftsOf(staffUid, day))
        codes.append(shift.code);
    return codes.join(QLatin1Char('/'));
}

RosterMonth::PersonTotals RosterMonth::totals(const QString& staffUid) const
{
    PersonTotals result;
    const StaffMember* person = member(staffUid);
    for (QDate day = first; day <= last(); day = day.addDays(1)) {
        bool worked = false;
        for (const Shift& shift : shiftsOf(staffUid, day)) {
            if (!shift.counts())
                continue;
            worked = true;
            result.hours += shift.hours();
            ++result.shifts;
        }
        if (!worked && (!person || person->employedOn(day)) && isPlanned(day))
            ++result.restDays;
    }
    return result;
}

int RosterMonth::caregiversOn(const QDate& day, const QString& code) const
{
    int count = 0;
    for (const StaffMember& person : staff) {
        if (person.role != StaffRole::Caregiver || !person.employedOn(day) || leaveOn(person.uid, day))
            continue;
        const auto it = m_byStaffDay.constFind(key(person.uid, day));
        if (it == m_byStaffDay.constEnd())
            continue;
        for (int i : *it) {
            if (shifts.at(i).code == code && shifts.at(i).counts()) {
                ++count;
                break;
            }
        }
    }
    return count;
}

const StaffMember* RosterMonth::member(const QString& staffUid) const
{
    const auto it = m_byStaff.constFind(staffUid);
    return it == m_byStaff.constEnd() ? nullptr : &staff.at(*it);
}

const StaffLeave* RosterMonth::leaveOn(const QString& staffUid, const QDate& day) const
{
    for (const StaffLeave& leave : leaves) {
        if (leave.staffUid == staffUid && leave.startsOn <= day && day <= leave.endsOn)
            return &leave;
    }
    return nullptr;
}

} // namespace jinglao::core
