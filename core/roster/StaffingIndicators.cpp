#include "roster/StaffingIndicators.h"

#include "roster/RosterService.h"
#include "shiftlog/ShiftLogService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <cmath>

namespace jinglao::core {

StaffingIndicators StaffingIndicators::compute(Database& db, const Actor& actor, const QDate& day)
{
    actor.require(Permission::ViewRecords);
    StaffingIndicators result;
    const QString d = day.toString(Qt::ISODate);
    result.staffEmployed =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM staff WHERE deleted = 0 "
                                   "AND hire_date <= ? AND (leave_date IS NULL OR leave_date > ?)"),
                    {d, d})
            .toInt();
    result.caregiversEmployed =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM staff WHERE deleted = 0 AND role = 'CAREGIVER' "
                                   "AND hire_date <= ? AND (leave_date IS NULL OR leave_date > ?)"),
                    {d, d})
            .toInt();
    result.residentsCurrent =
        sql::scalar(db,
                    QStringLiteral("SELECT COUNT(*) FROM residents WHERE deleted = 0 "
                                   "AND admission_date <= ? AND discharge_date IS NULL"),
                    {d})
            .toInt();
    if (result.caregiversEmployed > 0) {
        const double ratio = static_cast<double>(result.residentsCurrent) / result.caregiversEmployed;
        result.residentsPerCaregiver = std::floor(ratio * 10.0 + 0.5) / 10.0;
    }
    result.shiftsBelowMinimum = RosterService(db).understaffedShifts(actor, day);
    const QDate first(day.year(), day.month(), 1);
    const QDate last = first.addDays(first.daysInMonth() - 1);
    result.shiftsRostered =
        sql::scalar(
            db,
            QStringLiteral("SELECT COUNT(*) FROM shifts WHERE deleted = 0 AND shift_date BETWEEN ? AND ?"),
            {first.toString(Qt::ISODate), last.toString(Qt::ISODate)})
            .toInt();
    result.incidentsThisMonth = ShiftLogService(db).incidentCount(actor, first, last);
    return result;
}

QString StaffingIndicators::ratioText(const std::optional<double>& residentsPerCaregiver)
{
    return residentsPerCaregiver ? QStringLiteral("1:") + QString::number(*residentsPerCaregiver, 'f', 1)
                                 : QStringLiteral("—");
}

} // namespace jinglao::core
