#pragma once
// Every file the program writes out of the database (roster XLSX and PDF, handover sheet, audit
// CSV …) is written through run(): the file first, then one EXPORT audit event saying who
// exported what, when, how many records and into which file. A write that fails records nothing.

#include "auth/Actor.h"

#include <QString>

#include <functional>

namespace jinglao::core {

class Database;

class AuditedExport {
public:
    struct What {
        QString kind;  // stable code of the document: "roster_xlsx", "roster_pdf", "handover_sheet_pdf" …
        QString table; // the table its records come from
        QString scope; // the month, day or filter exported, as text
    };

    // Runs write, which writes the file and returns the number of records in it, then audits the
    // export in a transaction of its own. Exceptions from write pass through unaudited.
    static qint64 run(Database& db, const Actor& actor, const What& what, const QString& path,
                      const std::function<qint64()>& write);
};

} // namespace jinglao::core
