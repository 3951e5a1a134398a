#pragma once
// An XLSX workbook written with libxlsxwriter into an OutputFile's temporary path: opened here,
// closed (and its failure reported) here, with text cells written as text. One place for what
// every XLSX export shares (roster, home-visit plan, monthly report, lists).
//
// Text is stored as a string cell exactly as given: a string cell is never read as a formula, so
// a name beginning with = + - @ keeps its first character and gets no apostrophe (the apostrophe
// is CSV's rule, privacy::escapeFormula in CsvWriter).

#include <QCoreApplication>
#include <QString>

#include <cstdint>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace jinglao::core {

class OutputFile;

class XlsxWorkbook {
    Q_DECLARE_TR_FUNCTIONS(XlsxWorkbook)

public:
    // Starts a workbook in output.temporaryPath(). Throws Error::storage when it cannot.
    explicit XlsxWorkbook(OutputFile& output);
    // A workbook not closed (an exception on the way) is closed quietly; OutputFile then drops it.
    ~XlsxWorkbook();
    XlsxWorkbook(const XlsxWorkbook&) = delete;
    XlsxWorkbook& operator=(const XlsxWorkbook&) = delete;

    lxw_workbook* workbook() const { return m_workbook; }
    // A new sheet; name is made valid for Excel (at most 31 characters, none of []:*?/\).
    lxw_worksheet* addSheet(const QString& name);
    lxw_format* addFormat();

    // Writes the whole workbook. Throws Error::storage when it cannot (disk full, no permission).
    void close();

    // Writes text as a string cell, unchanged (no formula escaping). Throws Error::storage when
    // the text is longer than a cell holds (32767 characters), rather than cutting it short.
    void writeText(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t column, const QString& text,
                   lxw_format* format = nullptr) const;
    // The name as Excel accepts it for a sheet.
    static QString sheetName(const QString& name);

private:
    QString m_shownPath;
    lxw_workbook* m_workbook = nullptr;
};

} // namespace jinglao::core
