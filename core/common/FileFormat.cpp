#include "common/FileFormat.h"

#include <QFileInfo>

namespace jinglao::core {

const CodeTable<FileFormat>& fileFormatCodes()
{
    static const CodeTable<FileFormat> table(
        "jinglao::core::FileFormat",
        {{FileFormat::Csv, "csv",
          QT_TRANSLATE_NOOP("jinglao::core::FileFormat", "CSV (comma-separated text)")},
         {FileFormat::Xlsx, "xlsx", QT_TRANSLATE_NOOP("jinglao::core::FileFormat", "Excel workbook (XLSX)")},
         {FileFormat::Json, "json", QT_TRANSLATE_NOOP("jinglao::core::FileFormat", "JSON")},
         {FileFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("jinglao::core::FileFormat", "PDF document")}});
    return table;
}

std::optional<FileFormat> fileFormatOf(const QString& path)
{
    return fileFormatCodes().fromCode(QFileInfo(path).suffix().toLower());
}

} // namespace jinglao::core
