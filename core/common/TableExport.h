#pragma once
// Any list of the program written out as a spreadsheet, as the person sees it: the rows of the
// current filter, the columns in view, in the view's order, the text as displayed (already masked
// as the person's role requires). CSV through CsvWriter; XLSX through libxlsxwriter with a title
// row. Every file goes through AuditedExport, audited as "<list>_list_csv" / "<list>_list_xlsx"
// with the number of rows and the filter.
//
// What each format states:
// - CSV stays a pure table (header row, then the rows), like every CSV the program writes, so that
//   a spreadsheet or another program reads it directly; its filter is in the audit entry.
// - XLSX starts with the center's name and the list's title, the filter (or "all"), and when and by
//   whom it was made; then the header row (frozen, repeated when printed, with an autofilter).
//   Text is stored as text: a name beginning with = is a string cell shown unchanged, with no
//   apostrophe. Numeric columns hold numbers, so that the sheet can sum them.

#include "auth/Actor.h"
#include "auth/AuditedExport.h"
#include "common/FileFormat.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QIODevice;

namespace jinglao::core {

class Database;
class OutputFile;

struct ExportedTable {
    QString list;   // stable code of the list: "residents", "staff" … (the audit kind's first part)
    QString table;  // the database table its records come from ("residents", "audit_log" …)
    QString title;  // as the page names it: "入住老人"
    QString filter; // the period and the filter as the page shows them; empty when none
    QStringList headers;
    QList<bool> numeric; // per column: its cells are numbers (empty or shorter: text)
    QList<QStringList> rows;
};

class TableExport {
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    // FileFormat::Csv or FileFormat::Xlsx.
    using Format = FileFormat;

    // The format the file's name asks for: .csv or .xlsx (any case); none otherwise.
    static std::optional<Format> formatFor(const QString& path);

    // Writes table to path in the format its extension names and audits it; returns the rows
    // written. Error::validation when the extension is neither .csv nor .xlsx or the table is
    // malformed (a row with more cells than headers), Error::storage when the file cannot be written.
    static qint64 write(Database& db, const Actor& actor, const ExportedTable& table, const QString& path);
    static AuditedExport::What auditedAs(const ExportedTable& table, Format format);

    static void writeCsv(const ExportedTable& table, QIODevice& device);
    static void writeXlsx(const ExportedTable& table, const QString& center, const QString& madeAt,
                          const QString& madeBy, OutputFile& output);

    // "下板城镇敬老院 入住老人".
    static QString title(const QString& center, const QString& list);
    // "筛选：…" or "全部记录", the XLSX's second row and the audit's scope.
    static QString filterText(const QString& filter);

private:
    static void check(const ExportedTable& table);
};

} // namespace jinglao::core
