#pragma once
// Which sheet column holds which field of a roster import: guessed from the header's text (the
// names Chinese rosters use: 姓名, 身份证号, 床位号, 入住日期, 岗位 …), then changed by the user
// (the dialog's combo boxes, the command line's --map COLUMN=field).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

enum class SheetKind { Residents, Staff };

struct SheetField {
    QString id;    // "name", "id_number" …: the --map name, stable
    QString label; // translated, as the service names the field in its messages
    bool required = false;
    bool date = false; // read with SheetReader::parseDate (Excel day numbers too)
};

class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ColumnMapping() = default;
    ColumnMapping(SheetKind kind, QStringList header);

    // The fields a kind of sheet fills, in the order the dialog offers them.
    static QList<SheetField> fields(SheetKind kind);
    static SheetField field(SheetKind kind, const QString& id);
    // "residents" / "staff" (the command line's --kind) ↔ the kind.
    static QString kindCode(SheetKind kind);
    static SheetKind kindFromCode(const QString& code);
    static QString kindLabel(SheetKind kind);
    // The field ids and what they are, one per line, for the command's help.
    static QString describeFields(SheetKind kind);

    // Each column's field guessed from its header; a column no name fits is left out, and a field
    // two columns fit goes to the first.
    static ColumnMapping guess(SheetKind kind, const QStringList& header);

    SheetKind kind() const { return m_kind; }
    const QStringList& header() const { return m_header; }
    // Maps the column whose header is headerText (spaces ignored) to fieldId, taking the field from
    // any other column; an empty fieldId (or "-") leaves the column out. Throws Error::validation
    // naming the column or the field when the sheet or the kind has no such one.
    void set(const QString& headerText, const QString& fieldId);
    // The same by column index (the dialog).
    void setColumn(int column, const QString& fieldId);
    // Parses "COLUMN=field" (the command line's --map).
    void apply(const QString& assignment);

    QString fieldOf(int column) const { return m_fields.value(column); }
    // The column holding fieldId, -1 when none does.
    int columnOf(const QString& fieldId) const;
    // What keeps the import from starting: each required field no column holds (translated).
    QStringList problems() const;

private:
    SheetKind m_kind = SheetKind::Residents;
    QStringList m_header;
    QStringList m_fields; // per column; empty: not imported
};

} // namespace jinglao::core
