#include "familybeds/FamilyBed.h"

#include "common/Percent.h"

#include <QStringList>

namespace jinglao::core {

QString FamilyBed::address() const
{
    QStringList parts;
    for (const QString& part : {county, township, village, streetAddress}) {
        if (!part.isEmpty())
            parts.append(part);
    }
    return parts.join(QString());
}

int FamilyBed::ageOn(const QDate& day) const
{
    return core::ageOn(birthDate, day);
}

Agreement::State Agreement::stateOn(const QDate& day) const
{
    if (day < startsOn)
        return State::Upcoming;
    return coversDay(day) ? State::Active : State::Ended;
}

double MonthCoverage::visitRatePercent() const
{
    return hasRate() ? percent::tenthsHalfUp(specialVisited, specialBeds) / 10.0 : 0.0;
}

QList<BedCoverage> MonthCoverage::unvisitedSpecial() const
{
    QList<BedCoverage> unvisited;
    for (const BedCoverage& bed : beds) {
        if (bed.specialDifficulty && bed.visits == 0)
            unvisited.append(bed);
    }
    return unvisited;
}

int MonthCoverage::daysLeftOn(const QDate& today) const
{
    if (today < first)
        return static_cast<int>(first.daysTo(last)) + 1;
    if (today > last)
        return 0;
    return static_cast<int>(today.daysTo(last)) + 1;
}

int StaffVisitPlan::plannedVisits() const
{
    int planned = 0;
    for (const BedCoverage& bed : beds)
        planned += bed.plannedVisits;
    return planned;
}

} // namespace jinglao::core
