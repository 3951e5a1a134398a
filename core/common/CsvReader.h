#pragma once
// The one CSV reader: RFC 4180 as county-csv-spec.md has it (comma, double quotes, quoted fields
// spanning lines, CRLF or LF), parsed by libcsv in strict mode. It reads UTF-8 with or without a
// byte order mark, or GB18030, and keeps the line each record starts on, for error reports.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace jinglao::core {

struct CsvRecord {
    qint64 line = 0; // the file line the record starts on, from 1
    QStringList fields;
};

class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Encoding { Utf8, Gb18030 };

    struct Result {
        QList<CsvRecord> records; // blank lines are skipped
        bool byteOrderMark = false;
        // Empty when the whole input was read; otherwise why not (translated), and the line.
        QString error;
        qint64 errorLine = 0;
        bool ok() const { return error.isEmpty(); }
    };

    // Parses the whole of bytes. A quote inside an unquoted field, text after a closing quote,
    // a quoted field still open at the end (a truncated file) and bytes that are not valid in
    // the encoding stop the reading with an error naming the line. Spaces are kept as they are.
    static Result parse(const QByteArray& bytes, Encoding encoding = Encoding::Utf8);

    // "UTF-8" or "GB18030" (manifest.csv's encoding key, case-insensitive) → the encoding.
    static std::optional<Encoding> encodingNamed(const QString& name);
};

} // namespace jinglao::core
