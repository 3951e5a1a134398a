#pragma once
// The kinds of file the program exports, by the code that is their file ending, the command
// line's --format value and the end of their audit kind ("monthly_report_xlsx").

#include "common/CodeTable.h"

#include <optional>

namespace jinglao::core {

enum class FileFormat { Csv, Xlsx, Json, Pdf };

// csv, xlsx, json, pdf ↔ what people call them (CSV, Excel 工作簿 …).
const CodeTable<FileFormat>& fileFormatCodes();
// The format a file's name ends in (any case); nullopt for another ending.
std::optional<FileFormat> fileFormatOf(const QString& path);

} // namespace jinglao::core
