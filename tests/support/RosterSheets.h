#pragma once
// Rosters (花名册) for the spreadsheet import tests: a CSV in UTF-8 or GB18030, an XLSX written with
// libxlsxwriter (as Excel stores cells: shared or inline strings, numbers, dates as day numbers),
// and a dump of every table, to show that a refused import changed nothing.

#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDate>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QVariant>

#include <catch2/catch.hpp>

#include <xlsxwriter.h>

namespace jinglao::testing {

inline void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

// RFC 4180, every field quoted, CRLF; GB18030 when gb18030 is true (as WPS saves), UTF-8 otherwise.
inline QString writeRosterCsv(const QString& path, const QList<QStringList>& rows, bool gb18030 = false,
                              bool byteOrderMark = false)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList quoted;
        for (QString field : row)
            quoted << QLatin1Char('"') + field.replace(QLatin1Char('"'), QStringLiteral("\"\"")) +
                          QLatin1Char('"');
        text += quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    QByteArray bytes;
    if (gb18030) {
        QStringEncoder encoder("GB18030");
        bytes = encoder(text);
    } else {
        bytes = (byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    }
    writeBytes(path, bytes);
    return path;
}

// One sheet: a QString is a text cell, an int or double a number, a bool a boolean, a QDate a date
// cell (a day number with a date format, as Excel keeps it), a null QVariant no cell at all.
// inlineStrings: text stored in the cells (libxlsxwriter's constant memory mode) rather than
// in the shared strings.
inline QString writeRosterXlsx(const QString& path, const QList<QVariantList>& rows,
                               bool inlineStrings = false)
{
    lxw_workbook_options options{};
    options.constant_memory = inlineStrings ? LXW_TRUE : LXW_FALSE;
    const QByteArray name = path.toLocal8Bit();
    lxw_workbook* workbook = workbook_new_opt(name.constData(), &options);
    REQUIRE(workbook != nullptr);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "花名册");
    lxw_format* dateFormat = workbook_add_format(workbook);
    format_set_num_format(dateFormat, "yyyy-mm-dd");
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < rows.at(r).size(); ++c) {
            const QVariant& value = rows.at(r).at(c);
            const auto row = static_cast<lxw_row_t>(r);
            const auto column = static_cast<lxw_col_t>(c);
            if (value.isNull())
                continue;
            switch (value.typeId()) {
            case QMetaType::Bool:
                worksheet_write_boolean(sheet, row, column, value.toBool() ? 1 : 0, nullptr);
                break;
            case QMetaType::Int:
            case QMetaType::LongLong:
            case QMetaType::Double:
                worksheet_write_number(sheet, row, column, value.toDouble(), nullptr);
                break;
            case QMetaType::QDate: {
                const QDate date = value.toDate();
                lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0};
                worksheet_write_datetime(sheet, row, column, &when, dateFormat);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                worksheet_write_string(sheet, row, column, text.constData(), nullptr);
            }
            }
        }
    }
    REQUIRE(workbook_close(workbook) == LXW_NO_ERROR);
    return path;
}

// Every row of every table, in a stable order: equal dumps, equal databases.
inline QStringList dumpDatabase(const core::Database& db)
{
    QStringList dump;
    const QList<QVariantMap> tables = core::sql::rows(
        db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name"));
    for (const QVariantMap& table : tables) {
        const QString name = table.value(QStringLiteral("name")).toString();
        QStringList rows;
        for (const QVariantMap& row : core::sql::rows(db, QStringLiteral("SELECT * FROM \"%1\"").arg(name))) {
            QStringList cells;
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                cells << it.key() + QLatin1Char('=') + it.value().toString();
            rows << cells.join(QLatin1Char('|'));
        }
        rows.sort();
        dump << name + QLatin1Char(':') + QString::number(rows.size());
        dump += rows;
    }
    return dump;
}

} // namespace jinglao::testing
