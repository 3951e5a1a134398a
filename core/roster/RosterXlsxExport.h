#pragma once
// The month's roster as an XLSX workbook: one sheet with the grid (staff by rows, days by
// columns, totals per person and caregivers per shift and day) and one with the warnings.

#include "auth/Actor.h"
#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"

#include <QCoreApplication>

namespace jinglao::core {

class Database;
class OutputFile;

class RosterXlsxExport {
    Q_DECLARE_TR_FUNCTIONS(RosterXlsxExport)

public:
    // Writes the workbook into output and commits it. Throws Error::storage when it cannot.
    static void write(const Actor& actor, const QString& center, const RosterMonth& month,
                      const QList<RosterWarning>& warnings, OutputFile& output);
    // Loads the month through RosterService and writes it to path (checked by OutputFile).
    static void write(Database& db, const Actor& actor, const QDate& anyDayOfMonth, const QString& path);

    // Labels shared with the PDF export, so both documents read the same.
    // "下板城镇敬老院 排班表 2026-11": the center's name and the month.
    static QString title(const QString& center, const QDate& month);
    static QStringList weekdayShortNames(); // Monday first
};

} // namespace jinglao::core
