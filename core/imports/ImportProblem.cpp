#include "imports/ImportProblem.h"

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

qint64 ImportProblems::writeReport(const Database& db, const QString& path,
                                   const QList<ImportProblem>& problems)
{
    OutputFile output(db, path, tr("Error report"));
    CsvWriter writer(&output.device(), privacy::FormulaRule::Spreadsheet);
    writer.writeRow(header());
    for (const ImportProblem& problem : problems)
        writer.writeRow(row(problem));
    output.commit();
    return writer.rowsWritten() - 1;
}

} // namespace jinglao::core
