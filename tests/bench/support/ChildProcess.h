#pragma once
// Runs a program to its end and times it from outside, start to exit, the same way for Jinglao's
// programs, the floor program and the sqlite3 shell; and the peak memory a program reports of
// itself (its VmHWM: the kernel's ru_maxrss of a child also counts the parent it was started
// from). Linux only, as the benchmarks are.

#include <QString>
#include <QStringList>

namespace jinglao::bench {

struct ChildRun {
    double ms = 0;
    long peakKb = 0;   // the child's peak resident set (ru_maxrss)
    int exitCode = -1; // -1 when it could not start or was killed
};

// program and arguments in argv; its output goes to stdoutPath, its messages to stderrPath.
ChildRun runChild(const QStringList& argv, const QString& stdoutPath = QStringLiteral("/dev/null"),
                  const QString& stderrPath = QStringLiteral("/dev/null"));

// The peak a program printed as a line "peak_kb<TAB>N" in its output; 0 when none.
long peakKbOf(const QByteArray& output);
// This process's peak resident set in kB (VmHWM), for printing as "peak_kb<TAB>N".
long ownPeakKb();

} // namespace jinglao::bench
