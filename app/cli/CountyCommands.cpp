// export, import: the county package (county-csv-spec.md).

#include "CliContext.h"
#include "ExitCode.h"
#include "Listing.h"
#include "common/Error.h"
#include "common/FileFormat.h"
#include "county/CountySummary.h"
#include "county/PackageExport.h"
#include "county/PackageImport.h"

#include <QCoreApplication>
#include <QDir>

namespace jinglao::cli {

namespace {

int exportPackage(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--out DIR is needed."));
    if (arguments.isSet(QStringLiteral("full")) && arguments.isSet(QStringLiteral("incremental")))
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "Choose --full or --incremental, not both."));
    const auto mode = arguments.isSet(QStringLiteral("incremental")) ? core::CountyPackage::Mode::Incremental
                                                                     : core::CountyPackage::Mode::Full;
    const core::PackageExportResult result =
        core::PackageExport(context.database())
            .write(context.actor(), arguments.value(QStringLiteral("out")), mode);
    CliContext::out(QDir::toNativeSeparators(result.folder));
    CliContext::err(QCoreApplication::translate("jinglao::cli",
                                                "%n record(s) exported (change sequence %1 to %2).", nullptr,
                                                int(result.totalRows()))
                        .arg(result.sinceSeq)
                        .arg(result.untilSeq));
    return Success;
}

int importPackage(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("in")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--in DIR is needed."));
    const bool dryRun = arguments.isSet(QStringLiteral("dry-run"));
    core::Database& db = context.database();
    const core::PackageImportResult result =
        core::PackageImport(db).run(context.actor(), arguments.value(QStringLiteral("in")), dryRun);

    Listing counts({{QStringLiteral("file"), QCoreApplication::translate("jinglao::cli", "File")},
                    {QStringLiteral("inserted"), QCoreApplication::translate("jinglao::cli", "New")},
                    {QStringLiteral("updated"), QCoreApplication::translate("jinglao::cli", "Updated")},
                    {QStringLiteral("unchanged"), QCoreApplication::translate("jinglao::cli", "Unchanged")},
                    {QStringLiteral("conflicts"), QCoreApplication::translate("jinglao::cli", "Conflicts")},
                    {QStringLiteral("deleted"), QCoreApplication::translate("jinglao::cli", "Withdrawn")},
                    {QStringLiteral("refused"), QCoreApplication::translate("jinglao::cli", "Refused")}});
    for (const core::FileImportCounts& file : result.files)
        counts.addRow({file.file, QString::number(file.inserted), QString::number(file.updated),
                       QString::number(file.unchanged), QString::number(file.conflicts),
                       QString::number(file.deleted), QString::number(file.refused)});
    if (!result.files.isEmpty())
        counts.print(OutputFormat::Text);
    const auto printProblems = [](const QList<core::ImportProblem>& problems) {
        for (const core::ImportProblem& problem : problems)
            CliContext::err(
                QStringLiteral("%1:%2 %3 %4")
                    .arg(problem.file)
                    .arg(problem.line)
                    .arg(problem.column.isEmpty() ? QString() : QStringLiteral("[%1]").arg(problem.column),
                         problem.reason)
                    .simplified());
    };
    printProblems(result.warnings);
    printProblems(result.conflicts);
    printProblems(result.problems);
    if (arguments.isSet(QStringLiteral("errors"))) {
        const qint64 written =
            core::ImportProblems::writeReport(db, context.actor(), arguments.value(QStringLiteral("errors")),
                                              result.problems + result.conflicts);
        CliContext::err(
            QCoreApplication::translate("jinglao::cli", "%n problem(s) written to %1.", nullptr, int(written))
                .arg(QDir::toNativeSeparators(arguments.value(QStringLiteral("errors")))));
    }
    if (result.refused()) {
        CliContext::err(QCoreApplication::translate(
            "jinglao::cli", "The package was refused: %n problem(s). Nothing was changed.", nullptr,
            int(result.problems.size())));
        return InputRefused;
    }
    if (dryRun)
        CliContext::err(QCoreApplication::translate(
            "jinglao::cli", "Dry run: %n record(s) would change. Nothing was changed.", nullptr,
            result.changes()));
    else if (result.changes() == 0)
        CliContext::err(QCoreApplication::translate(
            "jinglao::cli", "Nothing to change: the database already holds this package."));
    else
        CliContext::err(QCoreApplication::translate("jinglao::cli",
                                                    "%n record(s) changed. Backup before the import: %1",
                                                    nullptr, result.changes())
                            .arg(QDir::toNativeSeparators(result.backupPath)));
    return Success;
}

int countySummary(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("in")) || !arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(
            QCoreApplication::translate("jinglao::cli", "--in DIR and --out FILE are needed."));
    // The export is audited in the database: a missing one is said first.
    core::Database& db = context.database();
    const QString out = arguments.value(QStringLiteral("out"));
    const std::optional<core::FileFormat> format = core::fileFormatOf(out);
    if (!format || (*format != core::FileFormat::Csv && *format != core::FileFormat::Xlsx))
        throw core::Error::invalidPath(
            QCoreApplication::translate("jinglao::cli", "Output file"), out,
            QCoreApplication::translate("jinglao::cli", "must end in .xlsx or .csv."));
    const QString month =
        arguments.isSet(QStringLiteral("month"))
            ? arguments
                  .month(QStringLiteral("month"), QCoreApplication::translate("jinglao::cli", "Month"), {})
                  .toString(QStringLiteral("yyyy-MM"))
            : QString();
    const core::CountySummary summary =
        core::CountySummaryService::read(arguments.value(QStringLiteral("in")), month);
    if (summary.month.isEmpty())
        throw core::Error::validation(
            QCoreApplication::translate("jinglao::cli", "Packages folder"),
            arguments.value(QStringLiteral("in")),
            QCoreApplication::translate("jinglao::cli", "holds no package with monthly figures."));
    core::CountySummaryService::write(db, context.actor(), summary, out, *format);
    Listing listing({{QStringLiteral("center"), QCoreApplication::translate("jinglao::cli", "Center")},
                     {QStringLiteral("nursing_bed_ratio"),
                      core::CountySummaryService::columnLabel(QStringLiteral("nursing_bed_ratio"))},
                     {QStringLiteral("monthly_visit_rate"),
                      core::CountySummaryService::columnLabel(QStringLiteral("monthly_visit_rate"))},
                     {QStringLiteral("flags"), QCoreApplication::translate("jinglao::cli", "Flags")}});
    const QList<QStringList> rows = core::CountySummaryService::rows(summary);
    const int ratio =
        2 + int(core::CountySummaryService::columns().indexOf(QStringLiteral("nursing_bed_ratio")));
    const int visits =
        2 + int(core::CountySummaryService::columns().indexOf(QStringLiteral("monthly_visit_rate")));
    for (const QStringList& row : rows)
        listing.addRow({row.value(0), row.value(ratio), row.value(visits), row.last()});
    listing.print(OutputFormat::Text);
    CliContext::err(QCoreApplication::translate("jinglao::cli", "%1: %n center(s), written to %2", nullptr,
                                                int(summary.centers.size()))
                        .arg(summary.month, QDir::toNativeSeparators(out)));
    return Success;
}

} // namespace

QList<Command> countyCommands()
{
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption full(QStringLiteral("full"));
    const QCommandLineOption incremental(QStringLiteral("incremental"));
    const QCommandLineOption in(QStringLiteral("in"), QString(), QStringLiteral("DIR"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption errors(QStringLiteral("errors"), QString(), QStringLiteral("FILE"));
    return {
        {QStringLiteral("export"),
         QStringLiteral("--out DIR [--full|--incremental]"),
         QCoreApplication::translate(
             "jinglao::cli",
             "Write a county package (a folder of CSV files and its manifest) into DIR and print its path: "
             "every "
             "record (--full, the default) or those changed since the last export (--incremental)."),
         {out, full, incremental},
         exportPackage},
        {QStringLiteral("import"),
         QStringLiteral("--in DIR [--dry-run] [--errors FILE]"),
         QCoreApplication::translate(
             "jinglao::cli",
             "Import a county package: all of it or nothing. --dry-run shows per file what would happen; "
             "--errors "
             "writes the refused rows and conflicts to a CSV file. Exit 2 when the package is refused."),
         {in, dryRun, errors},
         importPackage},
        {QStringLiteral("county-summary"),
         QStringLiteral("--in DIR --out FILE.xlsx|FILE.csv [--month yyyy-MM]"),
         QCoreApplication::translate(
             "jinglao::cli",
             "For the county: read a folder of centers' packages (nothing is imported) and "
             "write each center's figures of the month (default the latest) and the county's "
             "totals, flagging centers below the 55 % nursing-bed ratio or the 100 % visit rate."),
         {in, QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE")),
          QCommandLineOption(QStringLiteral("month"), QString(), QStringLiteral("yyyy-MM"))},
         countySummary},
    };
}

} // namespace jinglao::cli
