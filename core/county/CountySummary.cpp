#include "county/CountySummary.h"

#include "auth/AuditedExport.h"
#include "common/Clock.h"
#include "common/CsvWriter.h"
#include "common/DateText.h"
#include "common/Error.h"
#include "common/Percent.h"
#include "common/XlsxWorkbook.h"
#include "county/CountyPackage.h"
#include "county/PackageReader.h"
#include "reports/ReportService.h"
#include "storage/OutputFile.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>
#include <xlsxwriter.h>

namespace jinglao::core {

namespace {

// "55.0" → 550; nullopt for an empty field.
std::optional<qint64> tenths(const QString& text)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return qint64(std::llround(value * 10));
}

qint64 count(const QMap<QString, QString>& figures, const QString& column)
{
    return figures.value(column).toLongLong();
}

void flag(CenterFigures& center)
{
    const std::optional<qint64> nursing = tenths(center.figures.value(QStringLiteral("nursing_bed_ratio")));
    center.belowNursingTarget = nursing && *nursing < CountySummaryService::NursingTargetTenths;
    const std::optional<qint64> visits = tenths(center.figures.value(QStringLiteral("monthly_visit_rate")));
    center.belowVisitTarget = visits && *visits < CountySummaryService::VisitTargetTenths;
}

// The percentages and ratios: computed for the county from the summed counts.
const QStringList ratioColumns{QStringLiteral("nursing_bed_ratio"), QStringLiteral("occupancy_rate"),
                               QStringLiteral("caregiver_ratio"), QStringLiteral("monthly_visit_rate")};

QStringList countColumns()
{
    QStringList counts = CountySummaryService::columns();
    for (const QString& ratio : ratioColumns)
        counts.removeAll(ratio);
    return counts;
}

} // namespace

QStringList CountySummaryService::columns()
{
    // The county's monthly_indicators figures but those the consolidated table leaves out.
    QStringList columns = ReportService::figureColumns();
    columns.removeAll(QStringLiteral("residents_tk"));
    columns.removeAll(QStringLiteral("staff_total"));
    return columns;
}

QString CountySummaryService::columnLabel(const QString& column)
{
    static const QMap<QString, const char*> labels{
        {QStringLiteral("beds_total"), QT_TR_NOOP("Beds")},
        {QStringLiteral("nursing_beds"), QT_TR_NOOP("Nursing beds")},
        {QStringLiteral("nursing_bed_ratio"), QT_TR_NOOP("Nursing-bed ratio %")},
        {QStringLiteral("beds_occupied"), QT_TR_NOOP("Beds occupied")},
        {QStringLiteral("occupancy_rate"), QT_TR_NOOP("Occupancy %")},
        {QStringLiteral("residents_total"), QT_TR_NOOP("Residents")},
        {QStringLiteral("residents_level_0"), QT_TR_NOOP("Level 0 intact")},
        {QStringLiteral("residents_level_1"), QT_TR_NOOP("Level 1 mild")},
        {QStringLiteral("residents_level_2"), QT_TR_NOOP("Level 2 moderate")},
        {QStringLiteral("residents_level_3"), QT_TR_NOOP("Level 3 severe")},
        {QStringLiteral("residents_level_4"), QT_TR_NOOP("Level 4 complete")},
        {QStringLiteral("residents_unassessed"), QT_TR_NOOP("Not assessed")},
        {QStringLiteral("caregivers"), QT_TR_NOOP("Caregivers")},
        {QStringLiteral("caregiver_ratio"), QT_TR_NOOP("Residents per caregiver")},
        {QStringLiteral("family_beds_active"), QT_TR_NOOP("Family beds")},
        {QStringLiteral("family_beds_special"), QT_TR_NOOP("Special-difficulty beds")},
        {QStringLiteral("family_beds_special_visited"), QT_TR_NOOP("Special-difficulty beds visited")},
        {QStringLiteral("monthly_visit_rate"), QT_TR_NOOP("Visit rate %")},
        {QStringLiteral("home_visits"), QT_TR_NOOP("Home visits")},
        {QStringLiteral("referrals_out"), QT_TR_NOOP("Referrals out")},
        {QStringLiteral("referrals_returned"), QT_TR_NOOP("Referrals returned")},
        {QStringLiteral("incidents"), QT_TR_NOOP("Incidents")}};
    const char* label = labels.value(column);
    return label ? tr(label) : column;
}

QStringList CountySummaryService::header()
{
    return QStringList{tr("Center"), tr("Facility code")} + [] {
        QStringList labels;
        for (const QString& column : columns())
            labels.append(columnLabel(column));
        return labels;
    }() + QStringList{tr("Flags")};
}

QList<QStringList> CountySummaryService::rows(const CountySummary& summary)
{
    QList<QStringList> rows;
    const auto rowOf = [](const CenterFigures& center, const QString& name) {
        QStringList row{name, center.facilityCode};
        for (const QString& column : columns())
            row.append(center.figures.value(column));
        QStringList flags;
        if (!center.problem.isEmpty())
            flags.append(center.problem);
        if (center.belowNursingTarget)
            flags.append(tr("nursing-bed ratio below 55 %"));
        if (center.belowVisitTarget)
            flags.append(tr("visit rate below 100 %"));
        row.append(flags.join(QStringLiteral("; ")));
        return row;
    };
    for (const CenterFigures& center : summary.centers)
        rows.append(rowOf(center, center.facilityName.isEmpty() ? center.facilityCode : center.facilityName));
    rows.append(rowOf(summary.county, tr("County total (%n center(s))", nullptr,
                                         static_cast<int>(std::count_if(
                                             summary.centers.cbegin(), summary.centers.cend(),
                                             [](const CenterFigures& c) { return c.problem.isEmpty(); })))));
    return rows;
}

CountySummary CountySummaryService::read(const QString& folder, const QString& month)
{
    if (!month.isEmpty() && !datetext::isoMonth(month))
        throw Error::validation(tr("Month"), month, tr("is not a month of the form yyyy-MM."));
    const QFileInfo info(folder);
    if (folder.trimmed().isEmpty() || !info.isDir())
        throw Error::invalidPath(tr("Packages folder"), folder, tr("is not an existing folder."));

    // Every package folder: the folder itself when it is one, or those inside it.
    QStringList folders;
    const QDir dir(info.absoluteFilePath());
    if (dir.exists(CountyPackage::ManifestFile)) {
        folders.append(dir.absolutePath());
    } else {
        for (const QString& name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (QDir(dir.filePath(name)).exists(CountyPackage::ManifestFile))
                folders.append(dir.filePath(name));
        }
    }

    struct Read {
        PackageData data;
        QMap<QString, QMap<QString, QString>> months; // month → figures
    };
    QList<Read> packages;
    const QList<CountyFile> files = CountyPackage::files(ModuleSet::standard());
    QStringList allMonths;
    for (const QString& path : folders) {
        Read read;
        read.data = PackageReader::read(path, files);
        for (const CountyRow& row : read.data.files.value(QStringLiteral("monthly_indicators.csv"))) {
            if (row.deleted())
                continue;
            QMap<QString, QString> figures;
            for (const QString& column : columns())
                figures.insert(column, row.text(column));
            const QString rowMonth = row.text(QStringLiteral("month"));
            read.months.insert(rowMonth, figures);
            if (!allMonths.contains(rowMonth))
                allMonths.append(rowMonth);
        }
        packages.append(read);
    }
    std::sort(allMonths.begin(), allMonths.end(), std::greater<>());

    CountySummary summary;
    summary.months = allMonths;
    summary.month = month.isEmpty() ? allMonths.value(0) : month;

    // Per center, the newest readable package that reports the month.
    QMap<QString, CenterFigures> byCode;
    for (const Read& read : std::as_const(packages)) {
        const QString code =
            read.data.facilityCode().isEmpty() ? QDir(read.data.folder).dirName() : read.data.facilityCode();
        CenterFigures center;
        center.folder = read.data.folder;
        center.facilityCode = code;
        center.facilityName = read.data.facilityName();
        center.generatedAt = read.data.manifest.value(QStringLiteral("generated_at"));
        if (!read.data.problems.isEmpty()) {
            const ImportProblem& first = read.data.problems.first();
            center.problem = tr("package not readable: %1 %2").arg(first.file, first.reason);
        } else if (!read.months.contains(summary.month)) {
            center.problem = tr("no figures for %1").arg(summary.month);
        } else {
            center.figures = read.months.value(summary.month);
            flag(center);
        }
        const auto known = byCode.constFind(code);
        const bool better =
            known == byCode.cend() || (!known->problem.isEmpty() && center.problem.isEmpty()) ||
            (known->problem.isEmpty() == center.problem.isEmpty() &&
             Clock::parseTimestamp(center.generatedAt) > Clock::parseTimestamp(known->generatedAt));
        if (better)
            byCode.insert(code, center);
    }
    summary.centers = byCode.values();

    // The county: counts summed, percentages and ratios from the sums, rounded as a center's.
    QMap<QString, qint64> sums;
    for (const CenterFigures& center : std::as_const(summary.centers)) {
        if (!center.problem.isEmpty())
            continue;
        for (const QString& column : countColumns())
            sums[column] += count(center.figures, column);
    }
    for (const QString& column : countColumns())
        summary.county.figures.insert(column, QString::number(sums.value(column)));
    const auto share = [&](const QString& column, const QString& part, const QString& whole) {
        summary.county.figures.insert(
            column, sums.value(whole) > 0
                        ? percent::text(percent::tenthsHalfUp(sums.value(part), sums.value(whole)))
                        : QString());
    };
    share(QStringLiteral("nursing_bed_ratio"), QStringLiteral("nursing_beds"), QStringLiteral("beds_total"));
    share(QStringLiteral("occupancy_rate"), QStringLiteral("beds_occupied"), QStringLiteral("beds_total"));
    share(QStringLiteral("monthly_visit_rate"), QStringLiteral("family_beds_special_visited"),
          QStringLiteral("family_beds_special"));
    summary.county.figures.insert(
        QStringLiteral("caregiver_ratio"),
        sums.value(QStringLiteral("caregivers")) > 0
            ? percent::text(percent::ratioTenthsHalfUp(sums.value(QStringLiteral("residents_total")),
                                                       sums.value(QStringLiteral("caregivers"))))
            : QString());
    flag(summary.county);
    return summary;
}

qint64 CountySummaryService::write(Database& db, const Actor& actor, const CountySummary& summary,
                                   const QString& path, FileFormat format)
{
    if (format != FileFormat::Csv && format != FileFormat::Xlsx)
        throw Error::validation(tr("Format"), fileFormatCodes().code(format), tr("is not CSV or XLSX."));
    const QList<QStringList> table = rows(summary);
    return AuditedExport::run(
        db, actor, {QStringLiteral("county_summary"), QString(), summary.month}, path,
        [&](OutputFile& output) {
            if (format == FileFormat::Csv) {
                CsvWriter writer(&output.device(), privacy::FormulaRule::Spreadsheet);
                writer.writeRow(header());
                for (const QStringList& row : table)
                    writer.writeRow(row);
            } else {
                XlsxWorkbook book(output);
                lxw_worksheet* sheet = book.addSheet(tr("County %1").arg(summary.month));
                lxw_format* bold = book.addFormat();
                format_set_bold(bold);
                lxw_format* flagged = book.addFormat();
                format_set_font_color(flagged, 0xC0392B);
                book.writeText(sheet, 0, 0,
                               tr("County summary of the centers' packages, %1").arg(summary.month), bold);
                const QStringList headers = header();
                for (int c = 0; c < headers.size(); ++c)
                    book.writeText(sheet, 2, std::uint16_t(c), headers[c], bold);
                for (int r = 0; r < table.size(); ++r) {
                    for (int c = 0; c < table[r].size(); ++c) {
                        const QString& text = table[r][c];
                        bool number = false;
                        const double value = text.toDouble(&number);
                        if (number && c >= 2 && c < headers.size() - 1)
                            worksheet_write_number(sheet, std::uint32_t(r + 3), std::uint16_t(c), value,
                                                   nullptr);
                        else
                            book.writeText(sheet, std::uint32_t(r + 3), std::uint16_t(c), text,
                                           c == headers.size() - 1 && !text.isEmpty() ? flagged : nullptr);
                    }
                }
                worksheet_freeze_panes(sheet, 3, 2);
                worksheet_set_column(sheet, 0, 0, 24, nullptr);
                worksheet_set_landscape(sheet);
                worksheet_set_paper(sheet, 9); // A4
                worksheet_fit_to_pages(sheet, 1, 0);
                book.close();
            }
            return qint64(summary.centers.size());
        });
}

} // namespace jinglao::core
