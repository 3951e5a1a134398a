// The ten-year benchmark (`cmake --build build --target bench`): makes a ten-year, 300-bed center
// with `jinglao-cli demo`, then measures what a center does with it, each figure beside a floor
// that does the same work with nothing of Jinglao around it, and prints one table: figure, floor,
// ratio, target. It asserts nothing: a target not met is printed as such.
//
//  1. monthly report (one month, all 120 months)  vs the sqlite3 shell running the same SQL
//  2. full county export                            vs sqlite3 -csv dumping the same tables
//  3. import of that package into an empty file     vs sqlite3 .import of the same CSV files
//  4. GUI cold start to a painted window            vs a minimal Qt Widgets program (list, table,
//                                                      chart, Chinese text) grabbing itself
//  5. actions inside the GUI (GuiPagesBench)        ≤ 100 ms each
//  6. GUI peak memory after every page              vs the minimal program's
//  7. check and backup                              vs PRAGMA integrity_check and .backup
//
// Usage: TenYearBench [--data DIR] [--reuse]   (--reuse keeps DIR's ten-year database if present)

#include "ChildProcess.h"
#include "SqlTrace.h"
#include "auth/Actor.h"
#include "county/CountyPackage.h"
#include "county/PackageExport.h"
#include "county/PackageImport.h"
#include "modules/ModuleSet.h"
#include "reports/ReportService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <limits>

using namespace jinglao;
using bench::ChildRun;
using bench::runChild;

namespace {

constexpr double None = std::numeric_limits<double>::quiet_NaN();

struct Row {
    QString figure;
    double value = None;
    QString unit;
    double floor = None;
    double ratioTarget = None; // ratio ≤ this
    double valueTarget = None; // value ≤ this (no floor)
    QString note;
};

QList<Row> rows;
QStringList remarks;

QString shown(double value, const QString& unit);

// Records a figure and says it at once, so that a long run shows where it is.
void add(const Row& row)
{
    rows.append(row);
    std::fprintf(stderr, "   %s: %s (floor %s)\n", qUtf8Printable(row.figure),
                 qUtf8Printable(shown(row.value, row.unit)), qUtf8Printable(shown(row.floor, row.unit)));
}

void say(const QString& text)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(text));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? None : values.at(values.size() / 2);
}

// Runs work once to warm the caches (unless warm is false), then times it `times` times; the
// median in ms.
double timeMedian(int times, const std::function<void()>& work, bool warm = true)
{
    if (warm)
        work();
    QList<double> samples;
    for (int i = 0; i < times; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        samples.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
    }
    return median(samples);
}

// The same for a child process; peakKb receives the largest peak it reported of itself (a
// "peak_kb" line in its output, which then goes to a file).
double childMedian(int times, const QStringList& argv, long* peakKb = nullptr)
{
    const QString log = QDir::temp().filePath(QStringLiteral("jinglao-bench.log"));
    const QString out =
        peakKb ? QDir::temp().filePath(QStringLiteral("jinglao-bench.out")) : QStringLiteral("/dev/null");
    long peak = 0;
    const auto readPeak = [&] {
        QFile file(out);
        if (peakKb && file.open(QIODevice::ReadOnly))
            peak = std::max(peak, bench::peakKbOf(file.readAll()));
    };
    const ChildRun first = runChild(argv, out, log);
    readPeak();
    if (first.exitCode != 0)
        say(QStringLiteral("! %1 exited with %2 (messages in %3)")
                .arg(argv.join(QLatin1Char(' ')))
                .arg(first.exitCode)
                .arg(log));
    QList<double> samples;
    for (int i = 0; i < times; ++i) {
        samples.append(runChild(argv, out, log).ms);
        readPeak();
    }
    if (peakKb)
        *peakKb = peak;
    return median(samples);
}

QString shown(double value, const QString& unit)
{
    if (std::isnan(value))
        return QStringLiteral("—");
    if (unit == QLatin1String("ms") && value >= 10000)
        return QStringLiteral("%1 s").arg(value / 1000.0, 0, 'f', 1);
    if (unit == QLatin1String("ms"))
        return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 1 : 0);
    if (unit == QLatin1String("MB"))
        return QStringLiteral("%1 MB").arg(value, 0, 'f', 0);
    return QStringLiteral("%1 %2").arg(value, 0, 'f', 0).arg(unit);
}

void printTable()
{
    QTextStream out(stdout);
    const auto pad = [](const QString& text, int width) {
        // Chinese characters take two columns in a terminal; the figures here are English.
        return text.leftJustified(width);
    };
    out << "\n"
        << pad(QStringLiteral("Figure"), 52) << pad(QStringLiteral("Jinglao"), 11)
        << pad(QStringLiteral("Floor"), 11) << pad(QStringLiteral("Ratio"), 8)
        << pad(QStringLiteral("Target"), 10) << "Result\n";
    out << QString(100, QLatin1Char('-')) << "\n";
    int met = 0;
    int missed = 0;
    for (const Row& row : std::as_const(rows)) {
        const double ratio = std::isnan(row.floor) || row.floor <= 0 ? None : row.value / row.floor;
        QString target = QStringLiteral("—");
        QString result = QStringLiteral("reported");
        if (!std::isnan(row.ratioTarget)) {
            target = QStringLiteral("≤ %1×").arg(row.ratioTarget, 0, 'f', 1);
            const bool ok = !std::isnan(ratio) && ratio <= row.ratioTarget;
            result = ok ? QStringLiteral("met") : QStringLiteral("NOT MET");
            (ok ? met : missed)++;
        } else if (!std::isnan(row.valueTarget)) {
            target = QStringLiteral("≤ %1").arg(shown(row.valueTarget, row.unit));
            const bool ok = !std::isnan(row.value) && row.value <= row.valueTarget;
            result = ok ? QStringLiteral("met") : QStringLiteral("NOT MET");
            (ok ? met : missed)++;
        }
        out << pad(row.figure, 52) << pad(shown(row.value, row.unit), 11)
            << pad(shown(row.floor, row.unit), 11)
            << pad(std::isnan(ratio) ? QStringLiteral("—") : QStringLiteral("%1×").arg(ratio, 0, 'f', 2), 8)
            << pad(target, 10) << result
            << (row.note.isEmpty() ? QString() : QStringLiteral("  (") + row.note + QLatin1Char(')')) << "\n";
    }
    out << QString(100, QLatin1Char('-')) << "\n"
        << QStringLiteral("%1 targets met, %2 not met.").arg(met).arg(missed) << "\n";
    for (const QString& remark : std::as_const(remarks))
        out << "* " << remark << "\n";
    out.flush();
}

QString script(const QString& path, const QStringList& lines)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(lines.join(QLatin1Char('\n')).toUtf8() + '\n');
    return path;
}

// The tables a set of statements reads (their FROM and JOIN clauses).
QStringList tablesRead(const QStringList& statements, const QStringList& known)
{
    static const QRegularExpression source(QStringLiteral("\\b(?:FROM|JOIN)\\s+(\\w+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    QStringList tables;
    for (const QString& statement : statements) {
        if (!statement.trimmed().startsWith(QLatin1String("SELECT"), Qt::CaseInsensitive))
            continue;
        for (auto match = source.globalMatch(statement); match.hasNext();) {
            const QString table = match.next().captured(1);
            if (known.contains(table) && !tables.contains(table))
                tables.append(table);
        }
    }
    return tables;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QStringList arguments = QCoreApplication::arguments();
    const bool reuse = arguments.contains(QStringLiteral("--reuse"));
    const int dataAt = static_cast<int>(arguments.indexOf(QStringLiteral("--data")));
    QDir data(dataAt > 0 && dataAt + 1 < arguments.size() ? arguments.at(dataAt + 1)
                                                          : QStringLiteral(JINGLAO_BENCH_DATA));
    data.mkpath(QStringLiteral("."));
    const QString cli = QStringLiteral(JINGLAO_CLI_PATH);
    const QString gui = QStringLiteral(JINGLAO_GUI_PATH);
    const QString floorWindow = QStringLiteral(JINGLAO_FLOOR_WINDOW_PATH);
    const QString pagesBench = QStringLiteral(JINGLAO_GUI_PAGES_BENCH_PATH);
    const QString shell = QStringLiteral("sqlite3");
    qputenv("QT_QPA_PLATFORM", "offscreen");

    const QString tenYears = data.filePath(QStringLiteral("ten-year.sqlite"));
    // 0. The data: a ten-year, 300-bed center.
    if (!reuse || !QFileInfo::exists(tenYears)) {
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(tenYears + suffix);
        say(QStringLiteral("Generating the ten-year center …"));
        const ChildRun demo =
            runChild({cli, QStringLiteral("--db"), tenYears, QStringLiteral("demo"),
                      QStringLiteral("--years"), QStringLiteral("10"), QStringLiteral("--beds"),
                      QStringLiteral("300"), QStringLiteral("--until"), QStringLiteral("2026-06-30")},
                     QStringLiteral("/dev/null"), data.filePath(QStringLiteral("demo.log")));
        if (demo.exitCode != 0) {
            say(QStringLiteral("jinglao-cli demo failed; see %1")
                    .arg(data.filePath(QStringLiteral("demo.log"))));
            return 1;
        }
        add({QStringLiteral("0 demo --years 10 --beds 300 (generation)"),
             demo.ms,
             QStringLiteral("ms"),
             None,
             None,
             60000.0,
             {}});
    } else {
        remarks.append(QStringLiteral("Generation not timed: --reuse kept %1.").arg(tenYears));
    }
    const QString work = data.filePath(QStringLiteral("work.sqlite"));
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    QFile::copy(tenYears, work);
    QFile(work).setPermissions(QFile::ReadOwner | QFile::WriteOwner);

    auto db = core::Database::open(work);
    const core::Actor actor(QStringLiteral("bench"), core::Role::Administrator);
    {
        QStringList counts;
        const QList<std::pair<QString, QString>> tables = {
            {QStringLiteral("residents"), QStringLiteral("1 200")},
            {QStringLiteral("assessments"), QStringLiteral("6 000+")},
            {QStringLiteral("staff"), QStringLiteral("100")},
            {QStringLiteral("shifts"), QString()},
            {QStringLiteral("shift_logs"), QStringLiteral("200 000")},
            {QStringLiteral("family_beds"), QStringLiteral("150")},
            {QStringLiteral("home_visits"), QStringLiteral("80 000")},
            {QStringLiteral("referrals"), QStringLiteral("6 000")},
            {QStringLiteral("audit_log"), QString()}};
        for (const auto& [table, target] : tables)
            counts.append(
                QStringLiteral("%1 %2%3")
                    .arg(table)
                    .arg(core::sql::scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(table))
                             .toLongLong())
                    .arg(target.isEmpty() ? QString() : QStringLiteral(" (about %1)").arg(target)));
        remarks.append(QStringLiteral("Records: ") + counts.join(QStringLiteral(", ")) +
                       QStringLiteral("; file %1 MB.").arg(QFileInfo(tenYears).size() / 1e6, 0, 'f', 0));
    }
    QStringList allTables;
    for (const QVariantMap& table :
         core::sql::rows(*db, QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'")))
        allTables.append(table.value(QStringLiteral("name")).toString());

    // 1. The monthly report.
    const core::ReportService reports(*db);
    const auto reportRow = [&](const QString& figure, const QString& name, int times,
                               const std::function<void()>& compute) {
        const double ms = timeMedian(times, compute);
        bench::SqlTrace trace(db->connection());
        compute();
        const QString sqlScript = data.filePath(name + QStringLiteral(".sql"));
        trace.writeScript(sqlScript);
        const double floor = childMedian(
            times, {shell, QStringLiteral("-readonly"), work, QStringLiteral(".read ") + sqlScript});
        add({figure, ms, QStringLiteral("ms"), floor, 1.5, None,
             QStringLiteral("%1 statements").arg(trace.statements().size())});
        const QStringList scans =
            bench::SqlTrace::fullScans(db->connection(), trace.statements(), bench::SqlTrace::largeTables());
        for (const QString& scan : scans)
            remarks.append(QStringLiteral("%1 scans a large table whole: %2").arg(figure.mid(2), scan));
    };
    say(QStringLiteral("1. monthly report …"));
    reportRow(QStringLiteral("1 Monthly report, one month (2026-06)"), QStringLiteral("report-month"), 3,
              [&] { reports.month(actor, QDate(2026, 6, 15)); });
    reportRow(QStringLiteral("1 Monthly report, all 120 months"), QStringLiteral("report-months"), 1,
              [&] { reports.months(actor, QDate(2016, 7, 1), QDate(2026, 6, 30)); });

    // 2. The full county export.
    say(QStringLiteral("2. county export …"));
    QString package;
    QStringList exportStatements;
    int exportRun = 0;
    const double exportMs = timeMedian(1, [&] {
        const QString out = data.filePath(QStringLiteral("export-%1").arg(++exportRun));
        QDir(out).removeRecursively();
        QDir().mkpath(out);
        bench::SqlTrace trace(db->connection());
        package = core::PackageExport(*db).write(actor, out, core::CountyPackage::Mode::Full).folder;
        exportStatements = trace.statements();
    });
    const QString dump = data.filePath(QStringLiteral("floor-export"));
    QDir(dump).removeRecursively();
    QDir().mkpath(dump);
    QStringList dumpLines = {QStringLiteral(".headers on"), QStringLiteral(".mode csv")};
    const QStringList exported = tablesRead(exportStatements, allTables);
    for (const QString& table : exported)
        dumpLines << QStringLiteral(".output %1/%2.csv").arg(dump, table)
                  << QStringLiteral("SELECT * FROM %1;").arg(table);
    const double dumpMs = childMedian(
        1, {shell, QStringLiteral("-readonly"), work,
            QStringLiteral(".read ") + script(data.filePath(QStringLiteral("floor-export.sql")), dumpLines)});
    add({QStringLiteral("2 County package, full export"), exportMs, QStringLiteral("ms"), dumpMs, 2.0, None,
         QStringLiteral("floor dumps %1 tables").arg(exported.size())});

    // 3. Import of that package into an empty database.
    say(QStringLiteral("3. county import …"));
    int importRun = 0;
    const double importMs = timeMedian(
        1,
        [&] {
            const QString target = data.filePath(QStringLiteral("import-%1.sqlite").arg(++importRun));
            for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(target + suffix);
            QDir(data.filePath(QStringLiteral("backups"))).removeRecursively();
            auto empty = core::Database::open(target, core::Database::OpenMode::CreateIfMissing);
            const core::PackageImportResult result = core::PackageImport(*empty).run(actor, package, false);
            if (result.refused())
                say(QStringLiteral("! the import refused the package: %1")
                        .arg(result.problems.constFirst().reason));
        },
        false);
    QStringList importLines = {QStringLiteral(".mode csv")};
    for (const QFileInfo& file : QDir(package).entryInfoList({QStringLiteral("*.csv")}, QDir::Files)) {
        if (file.fileName() == core::CountyPackage::ManifestFile)
            continue;
        importLines << QStringLiteral(".import %1 %2").arg(file.absoluteFilePath(), file.completeBaseName());
    }
    int bareRun = 0;
    const double bareMs = [&] {
        QList<double> samples;
        for (int i = 0; i < 2; ++i) {
            const QString bare = data.filePath(QStringLiteral("bare-%1.sqlite").arg(++bareRun));
            QFile::remove(bare);
            samples.append(
                runChild({shell, bare,
                          QStringLiteral(".read ") +
                              script(data.filePath(QStringLiteral("floor-import.sql")), importLines)})
                    .ms);
        }
        return median(samples);
    }();
    add({QStringLiteral("3 County package, import into an empty file"), importMs, QStringLiteral("ms"),
         bareMs, 3.0, None, QStringLiteral("checked twice, backed up, written")});

    // 4. GUI cold start, and 6. the floor's memory.
    say(QStringLiteral("4. GUI cold start …"));
    long floorPeak = 0;
    const double floorMs =
        childMedian(5, {floorWindow, data.filePath(QStringLiteral("floor.png"))}, &floorPeak);
    for (const QString& page : {QStringLiteral("home"), QStringLiteral("shiftlog")}) {
        const double ms = childMedian(
            5, {gui, QStringLiteral("--db"), tenYears, QStringLiteral("--lang"), QStringLiteral("zh_CN"),
                QStringLiteral("--page"), page, QStringLiteral("--screenshot-as"), QStringLiteral("admin"),
                QStringLiteral("--screenshot"), data.filePath(QStringLiteral("start-%1.png").arg(page))});
        add({QStringLiteral("4 GUI cold start to a painted window: %1").arg(page),
             ms,
             QStringLiteral("ms"),
             floorMs,
             1.5,
             None,
             {}});
    }

    // 5. Inside the GUI, and 6. its peak memory after visiting every page.
    say(QStringLiteral("5. inside the GUI …"));
    const QString pagesOut = data.filePath(QStringLiteral("gui-pages.txt"));
    const ChildRun pages =
        runChild({pagesBench, tenYears}, pagesOut, data.filePath(QStringLiteral("gui-pages.log")));
    QFile pagesFile(pagesOut);
    long pagesPeakKb = 0;
    if (pages.exitCode != 0 || !pagesFile.open(QIODevice::ReadOnly)) {
        remarks.append(QStringLiteral("GuiPagesBench failed (exit %1); see %2")
                           .arg(pages.exitCode)
                           .arg(data.filePath(QStringLiteral("gui-pages.log"))));
    } else {
        const QByteArray output = pagesFile.readAll();
        pagesPeakKb = bench::peakKbOf(output);
        for (const QByteArray& line : output.split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (fields.size() == 2 && fields.at(0) == "peak_kb")
                continue;
            if (fields.size() == 2 && fields.at(0).startsWith("scan"))
                remarks.append(QStringLiteral("GUI scans a large table whole: ") +
                               QString::fromUtf8(fields.at(1)));
            else if (fields.size() == 2)
                add({QStringLiteral("5 ") + QString::fromUtf8(fields.at(0)),
                     fields.at(1).toDouble(),
                     QStringLiteral("ms"),
                     None,
                     None,
                     100.0,
                     {}});
        }
    }
    add({QStringLiteral("6 GUI peak memory after every page"),
         pagesPeakKb / 1024.0,
         QStringLiteral("MB"),
         floorPeak / 1024.0,
         2.0,
         None,
         {}});

    // 7. check and backup.
    say(QStringLiteral("7. check and backup …"));
    db.reset();
    const double checkMs = childMedian(1, {cli, QStringLiteral("--db"), work, QStringLiteral("check")});
    const double integrityMs =
        childMedian(1, {shell, QStringLiteral("-readonly"), work, QStringLiteral("PRAGMA integrity_check;")});
    add({QStringLiteral("7 check (every rule) vs PRAGMA integrity_check"),
         checkMs,
         QStringLiteral("ms"),
         integrityMs,
         None,
         None,
         {}});
    const auto backupTo = [&](const QString& name) {
        const QString target = data.filePath(name);
        QFile::remove(target);
        return runChild({cli, QStringLiteral("--db"), work, QStringLiteral("backup"), QStringLiteral("--out"),
                         target})
            .ms;
    };
    backupTo(QStringLiteral("backup.sqlite"));
    const double backupMs = backupTo(QStringLiteral("backup.sqlite"));
    QFile::remove(data.filePath(QStringLiteral("backup.sqlite")));
    QFile::remove(data.filePath(QStringLiteral("shell-backup.sqlite")));
    const double shellBackupMs =
        childMedian(1, {shell, QStringLiteral("-readonly"), work,
                        QStringLiteral(".backup ") + data.filePath(QStringLiteral("shell-backup.sqlite"))});
    add({QStringLiteral("7 backup (checked copy) vs .backup"),
         backupMs,
         QStringLiteral("ms"),
         shellBackupMs,
         None,
         None,
         {}});

    printTable();
    return 0;
}
