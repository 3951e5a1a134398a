// report: the monthly report of a month or a range of months (the county's monthly_indicators
// and the report's details) written as CSV (monthly_indicators.csv), XLSX, JSON or PDF (painted by
// jinglao_ui, with its charts).

#include "CliContext.h"
#include "ExitCode.h"
#include "reports/MonthlyReportDocument.h"
#include "reports/MonthlyReportExport.h"
#include "reports/ReportService.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace jinglao::cli {

namespace {

int report(CliContext& context, const Arguments& arguments)
{
    arguments.expectPositional(0, 0);
    if (!arguments.isSet(QStringLiteral("month")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--month YYYY-MM is needed."));
    if (!arguments.isSet(QStringLiteral("out")))
        throw CommandLineError(QCoreApplication::translate("jinglao::cli", "--out FILE is needed."));
    const QDate from = arguments.month(QStringLiteral("month"), core::ReportService::monthLabel(), {});
    const QDate to = arguments.month(QStringLiteral("to"), core::ReportService::toMonthLabel(), from);
    const QString out = arguments.value(QStringLiteral("out"));
    // Without --format the file's extension says it, else CSV.
    const QString suffix = QFileInfo(out).suffix().toLower();
    const QString code =
        arguments.choice(QStringLiteral("format"), QCoreApplication::translate("jinglao::cli", "Format"),
                         core::fileFormatCodes().codes(),
                         core::fileFormatCodes().codes().contains(suffix) ? suffix : QStringLiteral("csv"));
    const core::FileFormat format = *core::fileFormatCodes().fromCode(code);

    const QList<core::MonthlyReport> reports =
        core::ReportService(context.database(), context.modules()).months(context.actor(), from, to);
    const int months = static_cast<int>(reports.size());
    if (format == core::MonthlyReportExport::Format::Pdf)
        ui::MonthlyReportDocument::make(context.database(), context.actor(), reports)
            .writePdf(context.database(), context.actor(), out);
    else
        core::MonthlyReportExport::write(context.database(), context.actor(), reports, format, out);
    CliContext::out(QCoreApplication::translate(
                        "jinglao::cli", "Monthly report %1 (%n month(s)) written to %2.", nullptr, months)
                        .arg(core::ReportService::periodText(reports), QDir::toNativeSeparators(out)));
    if (!reports.isEmpty() && !reports.last().month.isComplete())
        CliContext::err(
            QCoreApplication::translate("jinglao::cli", "%1 is not over yet: its figures are as of %2.")
                .arg(reports.last().month.text(), reports.last().month.asOf.toString(Qt::ISODate)));
    return Success;
}

} // namespace

QList<Command> reportCommands()
{
    return {
        {QStringLiteral("report"),
         QStringLiteral("--month YYYY-MM [--to YYYY-MM] [--format csv|xlsx|json|pdf] --out FILE"),
         QCoreApplication::translate(
             "jinglao::cli", "Write the monthly report of a month, or of each month of a range, as CSV (the "
                             "county's monthly_indicators.csv), XLSX, JSON or PDF."),
         {QCommandLineOption(QStringLiteral("month"), QString(), QStringLiteral("MONTH")),
          QCommandLineOption(QStringLiteral("to"), QString(), QStringLiteral("MONTH")),
          QCommandLineOption(QStringLiteral("format"), QString(), QStringLiteral("FORMAT")),
          QCommandLineOption(QStringLiteral("out"), QString(), QStringLiteral("FILE"))},
         report},
    };
}

} // namespace jinglao::cli
