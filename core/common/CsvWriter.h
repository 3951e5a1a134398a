#pragma once
// The one CSV writer every exporter uses: RFC 4180 quoting, CRLF line ends, a UTF-8 byte order
// mark (Excel and WPS then read Chinese text correctly) and formula escaping of text cells.

#include "auth/Privacy.h"

#include <QString>
#include <QStringList>

class QIODevice;

namespace jinglao::core {

class CsvWriter {
public:
    // Writes to device, which must be open for writing; the BOM goes before the first row. The
    // county's files escape by FormulaRule::CountySpec, files for people by Spreadsheet.
    CsvWriter(QIODevice* device, privacy::FormulaRule rule);

    // Writes one record. Throws Error::storage when the device refuses the bytes.
    void writeRow(const QStringList& fields);
    qint64 rowsWritten() const { return m_rows; }

    // One field as it appears in the file: formula-escaped (privacy::escapeFormula), then quoted
    // when it holds a comma, a quote, CR or LF, quotes doubled.
    static QString field(const QString& value, privacy::FormulaRule rule);
    // One record without its line end.
    static QString row(const QStringList& fields, privacy::FormulaRule rule);

private:
    QIODevice* m_device;
    privacy::FormulaRule m_rule;
    qint64 m_rows = 0;
};

} // namespace jinglao::core
