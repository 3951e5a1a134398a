#include "common/XlsxWorkbook.h"

#include "common/Error.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFile>

#include <xlsxwriter.h>

namespace jinglao::core {

XlsxWorkbook::XlsxWorkbook(OutputFile& output)
    : m_shownPath(QDir::toNativeSeparators(output.targetPath()))
{
    const QByteArray nativePath = QFile::encodeName(QDir::toNativeSeparators(output.temporaryPath()));
    m_workbook = workbook_new(nativePath.constData());
    if (!m_workbook)
        throw Error::storage(tr("Cannot write %1.").arg(m_shownPath));
}

XlsxWorkbook::~XlsxWorkbook()
{
    if (m_workbook)
        workbook_close(m_workbook);
}

lxw_worksheet* XlsxWorkbook::addSheet(const QString& name)
{
    const QByteArray utf8 = sheetName(name).toUtf8();
    lxw_worksheet* sheet = workbook_add_worksheet(m_workbook, utf8.isEmpty() ? nullptr : utf8.constData());
    if (!sheet)
        throw Error::storage(tr("Cannot write %1.").arg(m_shownPath));
    return sheet;
}

lxw_format* XlsxWorkbook::addFormat()
{
    return workbook_add_format(m_workbook);
}

void XlsxWorkbook::close()
{
    lxw_workbook* workbook = m_workbook;
    m_workbook = nullptr;
    if (workbook_close(workbook) != LXW_NO_ERROR)
        throw Error::storage(tr("Cannot write %1: the workbook could not be saved (disk full, or no "
                                "permission to write there).")
                                 .arg(m_shownPath));
}

void XlsxWorkbook::writeText(lxw_worksheet* sheet, std::uint32_t row, std::uint16_t column,
                             const QString& text, lxw_format* format) const
{
    const QByteArray utf8 = text.toUtf8();
    if (worksheet_write_string(sheet, row, column, utf8.constData(), format) != LXW_NO_ERROR)
        //: %1 the file, %2 a row number, %3 a column number
        throw Error::storage(tr("Cannot write %1: the text in row %2, column %3 is longer than a "
                                "spreadsheet cell holds.")
                                 .arg(m_shownPath)
                                 .arg(row + 1)
                                 .arg(column + 1));
}

QString XlsxWorkbook::sheetName(const QString& name)
{
    QString valid;
    for (const QChar c : name) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            valid.append(QLatin1Char('_'));
        else
            valid.append(c);
    }
    valid = valid.trimmed();
    // An apostrophe may not begin or end a sheet's name.
    while (valid.startsWith(QLatin1Char('\'')))
        valid.remove(0, 1);
    while (valid.endsWith(QLatin1Char('\'')))
        valid.chop(1);
    return valid.left(31);
}

} // namespace jinglao::core
