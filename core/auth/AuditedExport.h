#pragma once
// Every file the program writes out of the database (roster XLSX and PDF, handover sheet, audit
// CSV …) is written through run(): into a core::OutputFile (never over the database, replaced
// atomically, owner-only), then one EXPORT audit event saying who exported what, when, how many
// records and into which file, then the file is put in place. A write that fails records nothing;
// a database that cannot record the export (read-only) refuses it.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace jinglao::core {

class Database;
class OutputFile;

class AuditedExport {
    Q_DECLARE_TR_FUNCTIONS(AuditedExport)

public:
    struct What {
        QString kind;  // stable code of the document: "roster_xlsx", "roster_pdf", "handover_sheet_pdf" …
        QString table; // the table its records come from
        QString scope; // the month, day or filter exported, as text
    };

    // Runs write, which writes the document into output (its device() or temporaryPath()) and
    // returns the number of records in it, then audits the export and moves the file into place.
    // Exceptions from write pass through unaudited, and the target is left as it was.
    static qint64 run(Database& db, const Actor& actor, const What& what, const QString& path,
                      const std::function<qint64(OutputFile& output)>& write);
    // The same for a document sent to a printer (destination names it): print, then audit.
    static qint64 printed(Database& db, const Actor& actor, const What& what, const QString& destination,
                          const std::function<qint64()>& print);

private:
    static void refuseReadOnly(const Database& db);
    static void record(Database& db, const Actor& actor, const What& what, qint64 records,
                       const QString& where);
};

} // namespace jinglao::core
