#include "common/CsvWriter.h"

#include "auth/Privacy.h"
#include "common/Error.h"

#include <QCoreApplication>
#include <QIODevice>

namespace jinglao::core {

CsvWriter::CsvWriter(QIODevice* device, privacy::FormulaRule rule)
    : m_device(device)
    , m_rule(rule)
{}

QString CsvWriter::field(const QString& value, privacy::FormulaRule rule)
{
    const QString escaped = privacy::escapeFormula(value, rule);
    const bool needsQuotes = escaped.contains(QLatin1Char(',')) || escaped.contains(QLatin1Char('"')) ||
                             escaped.contains(QLatin1Char('\r')) || escaped.contains(QLatin1Char('\n'));
    if (!needsQuotes)
        return escaped;
    QString quoted = escaped;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString CsvWriter::row(const QStringList& fields, privacy::FormulaRule rule)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString& value : fields)
        cells.append(field(value, rule));
    return cells.join(QLatin1Char(','));
}

void CsvWriter::writeRow(const QStringList& fields)
{
    QByteArray bytes;
    if (m_rows == 0)
        bytes.append("\xEF\xBB\xBF");
    bytes.append(row(fields, m_rule).toUtf8());
    bytes.append("\r\n");
    if (m_device->write(bytes) != bytes.size())
        throw Error::storage(
            QCoreApplication::translate("jinglao::core::CsvWriter", "Cannot write the CSV file: %1")
                .arg(m_device->errorString()));
    ++m_rows;
}

} // namespace jinglao::core
