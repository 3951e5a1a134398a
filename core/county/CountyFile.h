#pragma once
// One data file of the county package (county-csv-spec.md): its columns, how the module that owns
// it writes its rows for an export, and how it applies an imported row to its own tables. Modules
// offer their files through Module::countyFiles(); core/county/PackageExport and PackageImport
// do the rest (manifest, encoding, matching by uid, updated_at, deleted, references, reports).

#include "common/CodeTable.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

namespace jinglao::core {

class Database;
class RecordWriter;
class Actor;

struct CountyColumn {
    QString name;
    bool required = false;
};

// The records an export carries: every one (full, since = 0) or those whose change_seq lies in
// (since, until].
struct CountyExportRange {
    qint64 since = 0;
    qint64 until = 0;
    QDate today;                  // the day of the export
    QDate previousExportDay;      // the day of the last export that completed; invalid before the first
    const Actor* actor = nullptr; // who exports (computed figures are read as this user)
    bool full() const { return since == 0; }
    // The SQL condition for a record's own change_seq column ("b.change_seq"): binds since, until.
    static QString changedCondition(const QString& column);
};

// One imported data row, by column name, with the text rules of the spec applied (one leading
// apostrophe before = + - @ removed). Typed readers throw Error::validation naming the column
// and the value, so a refused row is reported as file, line, column, value and reason.
class CountyRow {
    Q_DECLARE_TR_FUNCTIONS(CountyRow)

public:
    CountyRow(QString file, qint64 line, QHash<QString, QString> values);

    const QString& file() const { return m_file; }
    qint64 line() const { return m_line; }
    QString uid() const { return text(QStringLiteral("uid")); }
    bool deleted() const;
    QDateTime updatedAt() const;

    // The column's text; empty when the column is absent or the field empty.
    QString text(const QString& column) const;
    bool has(const QString& column) const { return m_values.contains(column); }
    // The text, refused when empty.
    QString required(const QString& column) const;
    // The text, refused when longer than maxLength.
    QString bounded(const QString& column, int maxLength, bool required = false) const;
    // yyyy-MM-dd; an invalid QDate when empty and not required.
    QDate date(const QString& column, bool required = false) const;
    // ISO 8601 with offset, stored as the program stores timestamps; empty when empty.
    QString timestamp(const QString& column, bool required = false) const;
    // 0 or 1; fallback when empty.
    bool flag(const QString& column, bool fallback = false) const;
    // A whole number in [min, max]; nullopt when empty and not required.
    std::optional<int> integer(const QString& column, int min, int max, bool required = false) const;
    // One code of a table; nullopt when empty and not required.
    template <typename Enum>
    std::optional<Enum> code(const QString& column, const CodeTable<Enum>& table, bool required = false) const
    {
        const QString value = required ? this->required(column) : text(column);
        if (value.isEmpty())
            return std::nullopt;
        if (const std::optional<Enum> found = table.fromCode(value))
            return found;
        throw unknownCode(column, value, table.codes());
    }
    // One code of a list of allowed codes (for codes that have no CodeTable).
    QString codeOf(const QString& column, const QStringList& allowed, bool required = false) const;
    // Codes joined by ';', each one of allowed, no repeats; the joined text as stored.
    QString codeList(const QString& column, const QStringList& allowed, bool required = false) const;
    // An ID number as format 1 writes it: 18 characters, GB 11643 check digit, X in upper case;
    // empty when empty and not required.
    QString idNumber(const QString& column, bool required = false) const;
    // Refuses (naming birth_date or gender) a birth date or gender the ID number disagrees with.
    void requireAgreesWithId(const QString& idNumber, const QDate& birthDate, int gender) const;
    // A uid that must name a record of table, in the package (imported before this file) or in
    // the database; empty when empty and not required.
    QString reference(const Database& db, const QString& column, const QString& table,
                      bool required = false) const;

    Error invalid(const QString& column, const QString& reason) const;
    Error unknownCode(const QString& column, const QString& value, const QStringList& codes) const;

private:
    QString m_file;
    qint64 m_line;
    QHash<QString, QString> m_values;
};

// What an imported row did (the import's report counts these per file).
enum class CountyRowOutcome { Inserted, Updated, Unchanged, Conflict, Deleted, Refused, Computed };

struct CountyFile {
    QString name;  // "residents.csv"
    QString table; // the table the file's uid names a record of
    QList<CountyColumn> columns;
    // Files import in this order, so that a reference is imported before the rows naming it.
    int importOrder = 0;
    // Writes one row per record in range (the columns in `columns` order, as text).
    std::function<void(Database& db, const CountyExportRange& range,
                       const std::function<void(const QStringList&)>& row)>
        exportRows;
    // The stored record's updated_at as the file exports it (a file made of several tables
    // exports the latest of them); empty when there is no such record. Default: the table's own.
    std::function<QString(const Database& db, const QString& uid)> storedUpdatedAt;
    // Validates the row and writes it: inserts when exists is false, otherwise updates the record
    // to the row's values, through writer (whose actor is the importing user). Keeps the row's uid
    // and updated_at. Throws Error for a refused row. Empty for a file of computed figures
    // (monthly_indicators.csv), which is checked and reported but changes nothing.
    std::function<void(Database& db, RecordWriter& writer, const CountyRow& row, bool exists)> apply;

    QStringList columnNames() const;
    QStringList requiredColumns() const;
};

// Helpers for the modules' export functions.
namespace county {
QString text(const QVariant& value);                                       // NULL → empty
QString flag(const QVariant& value);                                       // 0/1
QList<CountyColumn> withRecordColumns(const QList<CountyColumn>& columns); // + updated_at, deleted
// A file with these columns (updated_at and deleted added), its table and import order.
CountyFile file(const char* name, const char* table, int importOrder,
                std::initializer_list<std::pair<const char*, bool>> columns);
// Writes a checked row's values: updates the record when it exists, otherwise inserts it with the
// row's uid, updated_at and deleted flag (a record withdrawn before it reached us stays withdrawn).
void write(RecordWriter& writer, const QString& table, const CountyRow& row, bool exists, QVariantMap values);
// A phone number as the program accepts one: 3 to 20 digits, spaces, + and -.
QString phone(const CountyRow& row, const QString& column);
QVariant textOrNull(const QString& text);
QString isoDate(const QDate& date);
// The usual export: a SELECT whose result columns are the file's columns, in order, with
// {changed:alias.change_seq} where a record counts as changed (several may be OR'ed for a row
// made of several tables). Each value is written as text, NULL as an empty field.
std::function<void(Database&, const CountyExportRange&, const std::function<void(const QStringList&)>&)>
selectExport(const QStringList& columns, const QString& select);
// The stored updated_at of a row made of several tables: the latest of a SELECT of timestamps
// taking the uid once per '?'.
std::function<QString(const Database&, const QString&)> latestUpdatedAt(const QString& select);
} // namespace county

} // namespace jinglao::core
