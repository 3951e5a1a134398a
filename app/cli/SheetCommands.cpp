// import-sheet: a center's existing roster (花名册) of residents or staff, from XLSX or CSV.

#include "CliContext.h"
#include "ExitCode.h"
#include "common/Error.h"
#include "imports/ImportProblem.h"
#include "sheets/ColumnMapping.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace jinglao::cli {

namespace {

QString problemLine(const core::ImportProblem& problem)
{
    if (problem.column.isEmpty())
        return QCoreApplication::translate("jinglao::cli", "Line %1: %2")
            .arg(problem.line)
            .arg(problem.reason);
    return QCoreApplication::translate("jinglao::cli", "Line %1, column %2, value \"%3\": %4")
        .arg(problem.line)
        .arg(problem.column, problem.value, problem.reason);
}

int importSheet(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("kind")))
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "--kind residents|staff is needed."));
    if (!arguments.isSet(QStringLiteral("in")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--in FILE is needed."));
    const core::SheetKind kind = core::ColumnMapping::kindFromCode(arguments.choice(
        QStringLiteral("kind"), QCoreApplication::translate("jinglao::cli", "Kind of sheet"),
        {QStringLiteral("residents"), QStringLiteral("staff")}, QStringLiteral("residents")));
    const bool dryRun = arguments.isSet(QStringLiteral("dry-run"));

    core::Database& db = context.database();
    const QString errors = arguments.value(QStringLiteral("errors"));
    core::Sheet sheet;
    try {
        sheet = core::SheetReader::read(arguments.value(QStringLiteral("in")));
    } catch (const core::Error& error) {
        // A file refused as a whole is the report's one line (line 0).
        if (!errors.isEmpty() && error.kind() == core::Error::Kind::Validation)
            core::ImportProblems::writeReport(db, context.actor(), errors,
                                              {{QFileInfo(arguments.value(QStringLiteral("in"))).fileName(),
                                                0, QString(), QString(), error.message()}});
        throw;
    }
    core::ColumnMapping mapping = core::ColumnMapping::guess(kind, sheet.header);
    for (const QString& assignment : arguments.values(QStringLiteral("map")))
        mapping.apply(assignment);
    // The check first, so that the report (refused, for example, onto the database itself) is
    // written before anything changes.
    core::SheetImport::Result result = core::SheetImport(db).run(context.actor(), sheet, mapping, true);
    if (!errors.isEmpty())
        core::ImportProblems::writeReport(db, context.actor(), errors, result.problems);
    if (!dryRun && result.ok())
        result = core::SheetImport(db).run(context.actor(), sheet, mapping, false);

    const int checked = static_cast<int>(result.rows.size());
    CliContext::out(QCoreApplication::translate("jinglao::cli", "%1: %n row(s) checked", nullptr, checked)
                        .arg(sheet.fileName) +
                    QCoreApplication::translate("jinglao::cli", ", %1 accepted, %2 refused.")
                        .arg(result.accepted)
                        .arg(result.refused));
    for (const core::ImportProblem& problem : result.problems)
        CliContext::out(problemLine(problem));
    if (!result.ok()) {
        CliContext::err(QCoreApplication::translate(
            "jinglao::cli", "The sheet was refused; nothing was changed. Correct the rows named above and "
                            "import it again."));
        return InputRefused;
    }
    if (dryRun) {
        CliContext::err(QCoreApplication::translate(
            "jinglao::cli", "Dry run: every row would be imported; nothing was changed."));
        return Success;
    }
    CliContext::out(QCoreApplication::translate("jinglao::cli",
                                                "Imported %n record(s). Backup made before the "
                                                "import: %1",
                                                nullptr, result.accepted)
                        .arg(QDir::toNativeSeparators(result.backupPath)));
    return Success;
}

QString importSheetDetails()
{
    return QCoreApplication::translate(
               "jinglao::cli",
               "The first sheet of the workbook (or the CSV, UTF-8 or GB18030) is read; its header row names "
               "the columns. Columns are matched to fields by their header (姓名, 身份证号, 床位号, 入住日期 "
               "…); "
               "--map COLUMN=field (repeatable) sets a column's field, COLUMN=- leaves it out. Every row "
               "goes "
               "through the same checks as the dialogs; when one row is refused nothing is imported. A "
               "backup "
               "is written into backups/ beside the database first. Exit 0 imported (or a clean dry run), 2 "
               "refused, 3 file or database failure.") +
           QStringLiteral("\n\n") +
           QCoreApplication::translate("jinglao::cli", "Fields of --kind residents:") + QLatin1Char('\n') +
           core::ColumnMapping::describeFields(core::SheetKind::Residents) + QStringLiteral("\n\n") +
           QCoreApplication::translate("jinglao::cli", "Fields of --kind staff:") + QLatin1Char('\n') +
           core::ColumnMapping::describeFields(core::SheetKind::Staff);
}

} // namespace

QList<Command> sheetCommands()
{
    return {
        {QStringLiteral("import-sheet"),
         QStringLiteral("--kind residents|staff --in FILE.xlsx|FILE.csv [--map COLUMN=field …] [--dry-run] "
                        "[--errors FILE]"),
         QCoreApplication::translate("jinglao::cli",
                                     "Import residents (with their beds) or staff from a roster spreadsheet; "
                                     "all rows or none. import-sheet --help lists the fields."),
         {QCommandLineOption(QStringLiteral("kind"), QString(), QStringLiteral("KIND")),
          QCommandLineOption(QStringLiteral("in"), QString(), QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("map"), QString(), QStringLiteral("COLUMN=field")),
          QCommandLineOption(QStringLiteral("dry-run")),
          QCommandLineOption(QStringLiteral("errors"), QString(), QStringLiteral("FILE"))},
         importSheet,
         false,
         importSheetDetails},
    };
}

} // namespace jinglao::cli
