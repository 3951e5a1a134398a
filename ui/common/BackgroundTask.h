#pragma once
// Runs long work (backup, import, export, report) off the GUI thread behind a progress
// dialog. The work gets its own database connection, made on the worker thread, and may
// report progress and notice cancellation.

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class TaskProgress {
public:
    // Thread-safe: called from the worker.
    void setRange(int maximum) { m_maximum = maximum; }
    void setValue(int value) { m_value = value; }
    bool isCancelled() const { return m_cancelled; }

    int maximum() const { return m_maximum; }
    int value() const { return m_value; }
    void cancel() { m_cancelled = true; }

private:
    std::atomic<int> m_maximum{0};
    std::atomic<int> m_value{0};
    std::atomic<bool> m_cancelled{false};
};

struct TaskOutcome {
    bool succeeded = false;
    bool cancelled = false;
    QString errorMessage; // translated, when it failed
};

// Blocks the caller's window (not the event loop) until the work finishes. work runs on a
// worker thread with a fresh connection to database's file and may throw core::Error.
// True while a runInBackground call waits in its event loop: whoever wants to close the window
// or its database (a restore) must wait for it to return first.
bool backgroundTaskRunning();

TaskOutcome runInBackground(QWidget* parent, const QString& label, const core::Database& database,
                            const std::function<void(core::Database&, TaskProgress&)>& work,
                            bool cancellable = false);

} // namespace jinglao::ui
