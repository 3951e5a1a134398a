#pragma once
// The monthly report written out: CSV exactly as monthly_indicators.csv of county-csv-spec.md
// (one row per month), JSON (an object per month with the county's indicators and the details),
// and an XLSX workbook for people (titled with the center, the period, when and by whom it was
// made; a figure per row, a month per column; set up to print on A4). Every file goes through
// AuditedExport, audited with the period.

#include "auth/AuditedExport.h"
#include "center/CenterProfile.h"
#include "common/FileFormat.h"
#include "reports/ReportService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QIODevice;

namespace jinglao::core {

class Database;
class OutputFile;

class MonthlyReportExport {
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportExport)

public:
    // Every FileFormat. A PDF is painted, which core does not do: ui::MonthlyReportDocument writes
    // it from html(); write() refuses it.
    using Format = FileFormat;

    // Writes reports (one month or a range, in order) to path in format; returns the months written.
    static qint64 write(Database& db, const Actor& actor, const QList<MonthlyReport>& reports, Format format,
                        const QString& path);
    static AuditedExport::What auditedAs(Format format, const QList<MonthlyReport>& reports);

    static void writeCsv(const QList<MonthlyReport>& reports, QIODevice& device);
    static QByteArray json(const QList<MonthlyReport>& reports, const CenterProfile& center);
    static void writeXlsx(const QList<MonthlyReport>& reports, const CenterProfile& center,
                          OutputFile& output);
    // The report as a document to print or save as PDF: the center, the period, when and by whom
    // it was made, the figures (a month per column), the images named by chartSources (the charts
    // the program draws), and the last month's detail lists.
    static QString html(const QList<MonthlyReport>& reports, const CenterProfile& center,
                        const QStringList& chartSources = {});

    // What the detail lists are of: the period's last month, as of its last day (or today).
    static QString detailsNote(const QList<MonthlyReport>& reports);

    // "下板城镇敬老院 月报 2026-10": the center's name and the period.
    static QString title(const QString& center, const QString& period);
};

} // namespace jinglao::core
