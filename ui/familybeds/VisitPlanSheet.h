#pragma once
// The month's printed visit plan for the staff (上门探访计划): for each person the family beds to
// visit with address and phone, planned visits and those made so far, on A4; the same columns as
// the XLSX plan (core::VisitPlanXlsxExport).

#include "common/PrintedDocument.h"

#include <QCoreApplication>
#include <QDate>

namespace jinglao::core {
class Actor;
class Database;
} // namespace jinglao::core

namespace jinglao::ui {

class VisitPlanSheet {
    Q_DECLARE_TR_FUNCTIONS(VisitPlanSheet)

public:
    // Reads the plan now (throws core::Error); addresses and phones as the actor may see them.
    static PrintedDocument make(core::Database& db, const core::Actor& actor, const QDate& anyDayOfMonth);
};

} // namespace jinglao::ui
