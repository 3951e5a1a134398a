#include "common/BackgroundTask.h"

#include "common/Error.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <exception>

namespace jinglao::ui {

namespace {
int runningTasks = 0;
} // namespace

bool backgroundTaskRunning()
{
    return runningTasks > 0;
}

TaskOutcome runInBackground(QWidget* parent, const QString& label, const core::Database& database,
                            const std::function<void(core::Database&, TaskProgress&)>& work, bool cancellable)
{
    TaskProgress progress;
    TaskOutcome outcome;

    QThread* thread = QThread::create([&] {
        try {
            // The worker opens its own connection: Qt SQL connections belong to one thread.
            std::unique_ptr<core::Database> connection = database.openAnotherConnection();
            work(*connection, progress);
            outcome.succeeded = !progress.isCancelled();
            outcome.cancelled = progress.isCancelled();
        } catch (const core::Error& error) {
            outcome.errorMessage = error.message();
            outcome.cancelled = progress.isCancelled();
        } catch (const std::exception& error) {
            outcome.errorMessage = QString::fromUtf8(error.what());
        }
    });

    QProgressDialog dialog(
        label, cancellable ? QCoreApplication::translate("jinglao::ui::BackgroundTask", "Cancel") : QString(),
        0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundTaskDialog"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(300);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);

    QEventLoop loop;
    ++runningTasks;
    struct Finished {
        ~Finished() { --runningTasks; }
    } finished;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        dialog.setMaximum(progress.maximum());
        dialog.setValue(progress.value());
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&] { progress.cancel(); });
    QObject::connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    thread->start();
    loop.exec();
    thread->wait();
    delete thread;
    dialog.close();
    return outcome;
}

} // namespace jinglao::ui
