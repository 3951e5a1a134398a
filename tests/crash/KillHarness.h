#pragma once
// Kills a jinglao-cli run with SIGKILL at many points and proves what the file holds afterwards:
// it opens, the health check finds nothing, and a full county export of it equals the export of
// the database before the run or after a complete run — the interrupted transaction happened
// whole or not at all.

#include "CliRunner.h"
#include "auth/Actor.h"
#include "checks/HealthCheck.h"
#include "county/PackageExport.h"
#include "storage/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <functional>

namespace jinglao::testing {

// Every file of a full county export but the manifest (which names the time of the export): what
// the center's records are, file by file. A record written by a run carries a new uid and the time
// it was written, which differ from one run to the next: they read as <uid> and <time>, and the
// lines are sorted (the export orders records by uid).
using Records = QMap<QString, QStringList>;

inline QStringList normalizedLines(const QByteArray& content)
{
    static const QRegularExpression uid(
        QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
    static const QRegularExpression time(
        QStringLiteral("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"));
    QStringList lines = QString::fromUtf8(content).split(QLatin1Char('\n'));
    for (QString& line : lines)
        line.replace(uid, QStringLiteral("<uid>")).replace(time, QStringLiteral("<time>"));
    std::sort(lines.begin() + 1, lines.end());
    return lines;
}

inline Records recordsOf(const QString& databasePath)
{
    QTemporaryDir out;
    REQUIRE(out.isValid());
    const std::unique_ptr<core::Database> db = core::Database::open(databasePath);
    const core::PackageExportResult exported =
        core::PackageExport(*db).write(core::Actor(QStringLiteral("harness"), core::Role::Administrator),
                                       out.path(), core::CountyPackage::Mode::Full);
    Records records;
    QDirIterator files(exported.folder, {QStringLiteral("*.csv")}, QDir::Files);
    while (files.hasNext()) {
        const QString file = files.next();
        if (QFileInfo(file).fileName() == QStringLiteral("manifest.csv"))
            continue;
        QFile content(file);
        REQUIRE(content.open(QIODevice::ReadOnly));
        records.insert(QFileInfo(file).fileName(), normalizedLines(content.readAll()));
    }
    return records;
}

// What `check` reports: damage (integrity, foreign keys, audit seals, safeguards) and records
// breaking a rule, with uids and times read as in Records.
inline QStringList problemsOf(const QString& databasePath)
{
    const std::unique_ptr<core::Database> db = core::Database::open(databasePath);
    QStringList problems;
    for (const core::CheckFinding& finding : core::HealthCheck(*db).run())
        problems.append(normalizedLines((finding.check + QStringLiteral(": ") + finding.message).toUtf8()));
    problems.sort();
    return problems;
}

struct KillTally {
    int kills = 0;
    int before = 0; // the file as before the run
    int after = 0;  // the file as after a complete run
};

// command(db) is jinglao-cli's arguments working on db; each run starts from a copy of start.
// The kill moments are spread at random (a fixed seed: the same moments every time) over the time
// a complete run takes and a third beyond it.
inline KillTally killRepeatedly(const QString& start,
                                const std::function<QStringList(const QString&)>& command, int kills,
                                quint32 seed)
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Records before = recordsOf(start);
    const QStringList problemsBefore = problemsOf(start);

    const QString complete = dir.filePath(QStringLiteral("complete.sqlite"));
    REQUIRE(QFile::copy(start, complete));
    QElapsedTimer timer;
    timer.start();
    const CliRun reference = runCli(command(complete));
    const qint64 duration = timer.elapsed();
    INFO(reference.out.toStdString() << reference.err.toStdString());
    REQUIRE(reference.exitCode == 0);
    const Records after = recordsOf(complete);
    const QStringList problemsAfter = problemsOf(complete);
    REQUIRE(after != before);

    QRandomGenerator moments(seed);
    KillTally tally;
    for (int i = 0; i < kills; ++i) {
        QTemporaryDir runDir;
        const QString db = runDir.filePath(QStringLiteral("killed.sqlite"));
        REQUIRE(QFile::copy(start, db));
        QProcess process;
        process.start(QStringLiteral(JINGLAO_CLI), command(db));
        REQUIRE(process.waitForStarted());
        const qint64 delay = moments.bounded(duration * 4 / 3 + 1);
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill();
        process.waitForFinished(30000);
        ++tally.kills;
        INFO("kill " << i << " after " << delay << " ms of a " << duration << " ms run");
        // check finds what it finds in the same records after a run that was not interrupted
        // (a resident imported without an assessment …), and nothing else: no damage.
        const QStringList problems = problemsOf(db);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        const Records found = recordsOf(db);
        if (found == before) {
            ++tally.before;
            CHECK(problems == problemsBefore);
        } else if (found == after) {
            ++tally.after;
            CHECK(problems == problemsAfter);
        } else {
            FAIL_CHECK("the file holds neither the records before the run nor those after it");
        }
    }
    std::printf("%s: %d kills, %d left the records as before, %d as after (a complete run takes %lld ms)\n",
                qPrintable(command(QStringLiteral("db")).value(4)), tally.kills, tally.before, tally.after,
                static_cast<long long>(duration));
    return tally;
}

} // namespace jinglao::testing
