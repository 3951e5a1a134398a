#pragma once
// The month's roster as an XLSX workbook: one sheet with the grid (staff by rows, days by
// columns, totals per person and caregivers per shift and day) and one with the warnings.

#include "auth/Actor.h"
#include "auth/AuditedExport.h"
#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"

#include <QCoreApplication>

namespace jinglao::core {

class Database;
class OutputFile;

class RosterXlsxExport {
    Q_DECLARE_TR_FUNCTIONS(RosterXlsxExport)

public:
    // Loads the month through RosterService, writes it and audits the export (AuditedExport:
    // the month's shifts are its records). Returns that number. Throws Error::storage when the
    // file cannot be written (nothing is audited then).
    static qint64 write(Database& db, const Actor& actor, const QDate& anyDayOfMonth, const QString& path);
    // How the roster exports are audited, shared with the PDF export.
    static AuditedExport::What auditedAs(const QString& kind, const RosterMonth& month);

    // Labels shared with the PDF export, so both documents read the same.
    // "下板城镇敬老院 排班表 2026-11": the center's name and the month.
    static QString title(const QString& center, const QDate& month);
    static QStringList weekdayShortNames(); // Monday first

private:
    static void writeFile(const QString& center, const RosterMonth& month,
                          const QList<RosterWarning>& warnings, OutputFile& output);
};

} // namespace jinglao::core
