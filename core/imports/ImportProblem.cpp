#include "imports/ImportProblem.h"

#include "auth/AuditedExport.h"
#include "common/CsvWriter.h"
#include "storage/OutputFile.h"

namespace jinglao::core {

QStringList ImportProblems::header()
{
    return {tr("File"), tr("Line"), tr("Column"), tr("Value"), tr("Reason")};
}

QStringList ImportProblems::row(const ImportProblem& problem)
{
    return {problem.file, problem.line > 0 ? QString::number(problem.line) : QString(), problem.column,
            problem.value, problem.reason};
}

qint64 ImportProblems::writeReport(Database& db, const Actor& actor, const QString& path,
                                   const QList<ImportProblem>& problems)
{
    return AuditedExport::run(db, actor, {QStringLiteral("import_errors"), QString(), QString()}, path,
                              [&](OutputFile& output) {
                                  CsvWriter writer(&output.device(), privacy::FormulaRule::Spreadsheet);
                                  writer.writeRow(header());
                                  for (const ImportProblem& problem : problems)
                                      writer.writeRow(row(problem));
                                  return writer.rowsWritten() - 1;
                              });
}

} // namespace jinglao::core
