#include "Listing.h"

#include "CliContext.h"
#include "common/CsvWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace jinglao::cli {

namespace {
// A tab or line end inside a value would break the row apart.
QString oneLine(const QString& value)
{
    QString cleaned = value;
    cleaned.replace(QLatin1Char('\t'), QLatin1Char(' '));
    cleaned.replace(QLatin1Char('\r'), QLatin1Char(' '));
    cleaned.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return cleaned;
}

QString machineValue(const Listing::Cell& cell)
{
    return cell.code.isEmpty() ? cell.text : cell.code;
}
} // namespace

Listing::Listing(QList<Column> columns)
    : m_columns(std::move(columns))
{}

void Listing::addRow(const QList<Cell>& cells)
{
    Q_ASSERT(cells.size() == m_columns.size());
    m_rows.append(cells);
}

void Listing::print(OutputFormat format) const
{
    switch (format) {
    case OutputFormat::Text:
    case OutputFormat::Tsv: {
        const bool text = format == OutputFormat::Text;
        QStringList header;
        for (const Column& column : m_columns)
            header << (text ? column.label : column.key);
        CliContext::out(header.join(QLatin1Char('\t')));
        for (const QList<Cell>& row : m_rows) {
            QStringList line;
            for (const Cell& cell : row)
                line << oneLine(text ? cell.text : machineValue(cell));
            CliContext::out(line.join(QLatin1Char('\t')));
        }
        return;
    }
    case OutputFormat::Csv: {
        QStringList header;
        for (const Column& column : m_columns)
            header << column.key;
        // RFC 4180 line ends.
        CliContext::out(core::CsvWriter::row(header, core::privacy::FormulaRule::Spreadsheet) +
                        QLatin1Char('\r'));
        for (const QList<Cell>& row : m_rows) {
            QStringList line;
            for (const Cell& cell : row)
                line << machineValue(cell);
            CliContext::out(core::CsvWriter::row(line, core::privacy::FormulaRule::Spreadsheet) +
                            QLatin1Char('\r'));
        }
        return;
    }
    case OutputFormat::Json: {
        QJsonArray array;
        for (const QList<Cell>& row : m_rows) {
            QJsonObject object;
            for (qsizetype i = 0; i < m_columns.size(); ++i)
                object.insert(m_columns.at(i).key, machineValue(row.at(i)));
            array.append(object);
        }
        CliContext::out(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)).trimmed());
        return;
    }
    }
}

} // namespace jinglao::cli
