#pragma once
// A listing printed the same way by every command: a header row, then one row per record. As
// text (the default) it shows translated column names and labels for people; as tsv, csv or json
// it shows stable keys and codes for programs.

#include "CommandLine.h"

#include <QList>
#include <QString>

namespace jinglao::cli {

class Listing {
public:
    struct Column {
        QString key;   // stable, for tsv/csv/json: "username", "role"
        QString label; // translated, for text: "用户名", "角色"
    };
    struct Cell {
        Cell(QString shown = {}, QString stable = {})
            : text(std::move(shown))
            , code(std::move(stable))
        {}
        QString text; // what people read: a translated label, a date, a name
        QString code; // what programs read; empty when it is the text itself
    };

    explicit Listing(QList<Column> columns);

    void addRow(const QList<Cell>& cells);
    qsizetype rowCount() const { return m_rows.size(); }
    // Prints to standard output.
    void print(OutputFormat format) const;

private:
    QList<Column> m_columns;
    QList<QList<Cell>> m_rows;
};

} // namespace jinglao::cli
