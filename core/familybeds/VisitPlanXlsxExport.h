#pragma once
// The month's home-visit plan for the staff as an XLSX workbook: one row per family bed to visit,
// grouped by the staff member assigned to it, with address, phone, planned and done visits. The
// labels are shared with the printed plan so both read the same.

#include "auth/Actor.h"
#include "auth/AuditedExport.h"
#include "familybeds/FamilyBed.h"

#include <QCoreApplication>

namespace jinglao::core {

class Database;
class OutputFile;

class VisitPlanXlsxExport {
    Q_DECLARE_TR_FUNCTIONS(VisitPlanXlsxExport)

public:
    // Loads the plan through HomeVisitService::visitPlan, writes it and audits the export (the
    // family beds listed are its records). Returns that number. Throws Error::storage when the
    // file cannot be written (nothing is audited then).
    static qint64 write(Database& db, const Actor& actor, const QDate& anyDayOfMonth, const QString& path);
    // How the plan's exports are audited ("visit_plan_xlsx", "visit_plan_pdf" …).
    static AuditedExport::What auditedAs(const QString& kind, const QDate& anyDayOfMonth);
    static qint64 bedCount(const QList<StaffVisitPlan>& plan);

    // "下板城镇敬老院 上门探访计划 2026-11": the center's name and the month.
    static QString title(const QString& center, const QDate& month);
    // The columns of a plan's table: staff, elder, special difficulty, address, phone, planned,
    // visited so far, last visit.
    static QStringList columnLabels();
    // The cells of one bed's row after the staff column, as columnLabels() names them; the
    // planned and visited counts stand at PlannedCell and VisitedCell.
    static QStringList cells(const BedCoverage& bed);
    static constexpr int PlannedCell = 4;
    static constexpr int VisitedCell = 5;

private:
    static void writeFile(const QString& center, const QDate& month, const QList<StaffVisitPlan>& plan,
                          OutputFile& output);
};

} // namespace jinglao::core
