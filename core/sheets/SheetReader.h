#pragma once
// A spreadsheet as the roster import (花名册) reads it: the first sheet of an XLSX workbook
// (Excel, WPS, LibreOffice) or a CSV file, as a header row and the rows below it, each with the
// row number the user sees in the program that made the file.
//
// XLSX is unpacked with minizip (zlib's, as libxlsxwriter) and read with QXmlStreamReader: the workbook's
// first sheet (through the workbook's relationships), shared strings (rich text runs joined), inline strings,
// numbers, booleans, and cell references (a cell left out keeps its column empty). Every part is capped at
// MaxPartBytes, by the size the zip's directory declares and again while inflating, so that a
// zip bomb is refused instead of filling the memory. A CSV is read by CsvReader: UTF-8 (with or
// without a byte order mark) or, when it is not valid UTF-8, GB18030 (what WPS saves).

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

struct SheetRow {
    qint64 line = 0; // the spreadsheet row (XLSX) or file line (CSV), from 1
    QStringList cells;
};

struct Sheet {
    QString fileName; // the file's name without its folder, for reports
    QStringList header;
    qint64 headerLine = 0;
    QList<SheetRow> rows;  // the non-empty rows below the header
    bool date1904 = false; // an XLSX counting days from 1904 (old Mac Excel)

    // The cell of a row under header column column (empty when the row is shorter).
    static QString cell(const SheetRow& row, int column) { return row.cells.value(column); }
};

class SheetReader {
    Q_DECLARE_TR_FUNCTIONS(SheetReader)

public:
    // The largest uncompressed part of an XLSX (a sheet, the shared strings) and the largest CSV.
    static constexpr qint64 MaxPartBytes = 64LL * 1024 * 1024;
    // A roster has a few hundred rows; more than this is not a roster.
    static constexpr int MaxRows = 100000;
    static constexpr int MaxColumns = 256;
    // The last row of an XLSX sheet (Excel's and LibreOffice's limit); a row numbered beyond it is
    // refused as damaged.
    static constexpr qint64 MaxRowNumber = 1048576;

    // Reads an .xlsx or .csv file (by its suffix). Throws Error::validation naming the file when
    // it is not a sheet this reader takes (other suffix, damaged, too large, no header row) and
    // Error::storage when it cannot be read.
    static Sheet read(const QString& path);
    // The same from bytes already read; fileName names the sheet in messages and reports.
    static Sheet readCsv(const QByteArray& bytes, const QString& fileName);
    static Sheet readXlsx(const QString& path);

    // Excel's day number (1900 date system, including its 29 February 1900 that never was, or the
    // 1904 system) → date; invalid for day 60 of 1900 and outside 1 … 2958465 (9999-12-31). A time
    // of day is dropped.
    static QDate dateFromSerial(double serial, bool date1904 = false);
    // A date as people and programs write it in a sheet: 2024-03-05, 2024/3/5, 2024.3.5,
    // 2024年3月5日, 20240305, or an Excel day number (a date cell read as its number). Invalid
    // when it is none of these.
    static QDate parseDate(const QString& text, bool date1904 = false);

    // The label shown for the file in messages.
    static QString fileLabel();
};

} // namespace jinglao::core
