#pragma once
// The staffing figures of the home and roster pages: caregivers employed, residents per caregiver,
// shifts below their minimum this month and incidents written this month — and whether there is
// anything behind them yet (staff on file, a roster for the month), so that a new center is told
// what is missing instead of being shown every shift of the month as short.

#include "auth/Actor.h"

#include <QDate>
#include <QString>

#include <optional>

namespace jinglao::core {

class Database;

struct StaffingIndicators {
    int staffEmployed = 0;                       // every role, employed on the day
    int caregiversEmployed = 0;                  // role CAREGIVER, employed on the day
    int residentsCurrent = 0;                    // admitted on or before the day, not discharged, not deleted
    std::optional<double> residentsPerCaregiver; // one decimal, half up; none without caregivers
    int shiftsBelowMinimum = 0; // (day, template) pairs of the day's month short of caregivers
    int shiftsRostered = 0;     // shifts planned or worked in the day's month, anyone's
    // Shift-log incidents that happened in the month (by their own time, else when written), a
    // corrected one once.
    int incidentsThisMonth = 0;

    static StaffingIndicators compute(Database& db, const Actor& actor, const QDate& day);
    // Residents per caregiver as every page writes it: "1:4.1" (one caregiver to 4.1 residents),
    // "—" without caregivers. The county file keeps the bare number (caregiver_ratio).
    static QString ratioText(const std::optional<double>& residentsPerCaregiver);
};

} // namespace jinglao::core
