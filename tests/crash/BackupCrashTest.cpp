// A backup killed at the moment it replaces the previous one leaves the old backup or the new one
// whole, never neither. strace injects SIGKILL at chosen system calls of the real jinglao-cli.

#include "CliRunner.h"
#include "TempDatabase.h"
#include "storage/BackupService.h"
#include "storage/Database.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <cstdio>

using namespace jinglao;
using jinglao::testing::fileBytes;

namespace {

QString strace()
{
    const QString found = QStandardPaths::findExecutable(QStringLiteral("strace"));
    INFO("strace is needed for this test (installer/build.sh installs it)");
    REQUIRE_FALSE(found.isEmpty());
    return found;
}

QStringList backupCommand(const QString& db, const QString& target)
{
    return {QStringLiteral(JINGLAO_CLI),
            QStringLiteral("--db"),
            db,
            QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("backup"),
            QStringLiteral("--out"),
            target};
}

// Runs the backup under strace with the given options; returns whether it ended normally.
bool runTraced(const QStringList& straceOptions, const QString& db, const QString& target,
               QString* trace = nullptr)
{
    QTemporaryDir dir;
    const QString traceFile = dir.filePath(QStringLiteral("trace.txt"));
    QProcess process;
    process.start(strace(),
                  QStringList{QStringLiteral("-f"), QStringLiteral("-qq"), QStringLiteral("-o"), traceFile} +
                      straceOptions + backupCommand(db, target));
    REQUIRE(process.waitForFinished(120000));
    if (trace) {
        QFile file(traceFile);
        REQUIRE(file.open(QIODevice::ReadOnly));
        *trace = QString::fromUtf8(file.readAll());
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void changeRecords(const QString& db, const QString& set)
{
    REQUIRE(
        testing::runCliOn(db, {QStringLiteral("roster-templates"), QStringLiteral("--set"), set}).exitCode ==
        0);
}

// A database with a first backup at target; returns that backup's bytes.
QByteArray firstBackup(testing::TempDatabase& temp, const QString& target)
{
    temp.close();
    changeRecords(temp.path(), QStringLiteral("two"));
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target})
                .exitCode == 0);
    return fileBytes(target);
}

} // namespace

TEST_CASE("A backup killed at the rename leaves the old backup whole", "[crash][backup]")
{
    testing::TempDatabase temp;
    const QString target = temp.dir() + QStringLiteral("/backup.sqlite");
    const QByteArray old = firstBackup(temp, target);
    changeRecords(temp.path(), QStringLiteral("three"));

    const QString calls = QStringLiteral("rename,renameat,renameat2");
    CHECK_FALSE(runTraced({QStringLiteral("-e"), QStringLiteral("trace=") + calls, QStringLiteral("-e"),
                           QStringLiteral("inject=%1:signal=KILL").arg(calls)},
                          temp.path(), target));
    CHECK(fileBytes(target) == old);
    CHECK(core::BackupService::verify(target, core::Database::latestSchemaVersion()).isEmpty());
}

TEST_CASE("A backup killed just after the rename leaves the new backup whole", "[crash][backup]")
{
    testing::TempDatabase temp;
    const QString target = temp.dir() + QStringLiteral("/backup.sqlite");
    const QByteArray old = firstBackup(temp, target);

    // A dry run finds the first fsync after the rename: the folder's, which makes the rename durable.
    QString trace;
    REQUIRE(runTraced({QStringLiteral("-e"), QStringLiteral("trace=fsync,rename,renameat,renameat2")},
                      temp.path(), temp.dir() + QStringLiteral("/dry-run.sqlite"), &trace));
    const QStringList lines = trace.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int fsyncs = 0;
    int fsyncAfterRename = 0;
    bool renamed = false;
    for (const QString& line : lines) {
        if (line.contains(QStringLiteral(" rename")))
            renamed = true;
        else if (line.contains(QStringLiteral(" fsync("))) {
            ++fsyncs;
            if (renamed && fsyncAfterRename == 0)
                fsyncAfterRename = fsyncs;
        }
    }
    INFO(trace.toStdString());
    REQUIRE(fsyncAfterRename > 0);

    changeRecords(temp.path(), QStringLiteral("three"));
    CHECK_FALSE(runTraced({QStringLiteral("-e"), QStringLiteral("trace=fsync"), QStringLiteral("-e"),
                           QStringLiteral("inject=fsync:signal=KILL:when=%1").arg(fsyncAfterRename)},
                          temp.path(), target));
    CHECK(fileBytes(target) != old);
    CHECK(core::BackupService::verify(target, core::Database::latestSchemaVersion()).isEmpty());
}

TEST_CASE("A backup killed at 50 moments leaves the previous backup or the new one whole", "[crash][backup]")
{
    testing::TempDatabase temp;
    const QString target = temp.dir() + QStringLiteral("/backup.sqlite");
    temp.close();
    // A year of a small center, so that the copy takes long enough to be killed inside it.
    REQUIRE(
        testing::runCliOn(temp.path(), {QStringLiteral("demo"), QStringLiteral("--years"),
                                        QStringLiteral("1"), QStringLiteral("--beds"), QStringLiteral("10")})
            .exitCode == 0);
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target})
                .exitCode == 0);
    const QByteArray old = fileBytes(target);
    REQUIRE(QFile::copy(target, temp.dir() + QStringLiteral("/old.sqlite")));
    changeRecords(temp.path(), QStringLiteral("three"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"),
                                            temp.dir() + QStringLiteral("/reference.sqlite")})
                .exitCode == 0);
    const qint64 duration = timer.elapsed();

    QRandomGenerator moments(53);
    int kept = 0;
    int replaced = 0;
    for (int i = 0; i < 50; ++i) {
        QFile::remove(target);
        QFile::copy(temp.dir() + QStringLiteral("/old.sqlite"), target);
        QProcess process;
        process.start(QStringLiteral(JINGLAO_CLI), backupCommand(temp.path(), target).mid(1));
        REQUIRE(process.waitForStarted());
        const qint64 delay = moments.bounded(duration * 4 / 3 + 1);
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill();
        process.waitForFinished(30000);
        INFO("kill " << i << " after " << delay << " ms of a " << duration << " ms run");
        if (fileBytes(target) == old) {
            ++kept;
        } else {
            ++replaced;
            CHECK(core::BackupService::verify(target, core::Database::latestSchemaVersion()).isEmpty());
        }
    }
    std::printf(
        "backup: 50 kills, %d left the previous backup, %d the new one (a complete run takes %lld ms)\n",
        kept, replaced, static_cast<long long>(duration));
    CHECK(kept > 0);
    CHECK(replaced > 0);
    CHECK(testing::runCliOn(temp.path(), {QStringLiteral("check")}).exitCode == 0);
}
