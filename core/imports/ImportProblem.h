#pragma once
// What an import refuses, row by row: the county package import and the spreadsheet (花名册)
// import report each refused field the same way, on screen and in the error report CSV the user
// can open in Excel or WPS (file, line, column, value, reason, in the user's language).

#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace jinglao::core {

class Actor;
class Database;

struct ImportProblem {
    QString file;    // "residents.csv", or the spreadsheet's file name
    qint64 line = 0; // the line (CSV) or row (sheet) in that file, from 1; 0 for the file as a whole
    QString column;  // the column's header, empty for the row or file as a whole
    QString value;   // the value as it was in the file
    QString reason;  // translated
};

class ImportProblems {
    Q_DECLARE_TR_FUNCTIONS(ImportProblems)

public:
    // The error report's header: 文件, 行, 列, 值, 原因.
    static QStringList header();
    static QStringList row(const ImportProblem& problem);
    // Writes the report as CSV (UTF-8 with BOM, CRLF, formula-escaped for spreadsheets) to path,
    // through AuditedExport (never over the database, replaced atomically, an EXPORT entry of kind
    // import_errors naming the file: the values may be ID numbers). Returns the rows written.
    static qint64 writeReport(Database& db, const Actor& actor, const QString& path,
                              const QList<ImportProblem>& problems);
};

} // namespace jinglao::core
