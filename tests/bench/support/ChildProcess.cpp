#include "ChildProcess.h"

#include <QElapsedTimer>
#include <QFile>

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace jinglao::bench {

ChildRun runChild(const QStringList& argv, const QString& stdoutPath, const QString& stderrPath)
{
    std::vector<QByteArray> storage;
    for (const QString& argument : argv)
        storage.push_back(argument.toLocal8Bit());
    std::vector<char*> pointers;
    for (QByteArray& argument : storage)
        pointers.push_back(argument.data());
    pointers.push_back(nullptr);

    // posix_spawn, not fork: the child never copies this (possibly large) process, which would
    // cost time and count in the child's peak memory.
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, stdoutPath.toLocal8Bit().constData(),
                                     O_WRONLY | O_CREAT | O_TRUNC, 0600);
    posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, stderrPath.toLocal8Bit().constData(),
                                     O_WRONLY | O_CREAT | O_APPEND, 0600);
    ChildRun run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, pointers.front(), &actions, nullptr, pointers.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return run;
    int status = 0;
    if (waitpid(pid, &status, 0) < 0)
        return run;
    run.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

long peakKbOf(const QByteArray& output)
{
    for (const QByteArray& line : output.split('\n')) {
        if (line.startsWith("peak_kb\t"))
            return line.mid(8).trimmed().toLong();
    }
    return 0;
}

long ownPeakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

} // namespace jinglao::bench
