#include "mainwindow/GuiApplication.h"

#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "auth/FirstAdministratorDialog.h"
#include "auth/LoginDialog.h"
#include "auth/UserService.h"
#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "i18n/Translations.h"
#include "mainwindow/MainWindow.h"
#include "mainwindow/WindowPlacement.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/RestoreService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

#include <memory>
#include <optional>

namespace jinglao::ui {

bool parseGuiArguments(const QStringList& arguments, GuiOptions* options, QString* problem)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Jinglao elderly-care center records"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database file to open."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language: zh_CN or en."),
                                        QStringLiteral("LANG"));
    const QCommandLineOption pageOption(QStringLiteral("page"), QStringLiteral("Page to show first."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"), QStringLiteral("Render the window at 1366x768 into FILE.png and exit."),
        QStringLiteral("FILE"));
    const QCommandLineOption shotAsOption(
        QStringLiteral("screenshot-as"),
        QStringLiteral(
            "With --screenshot: render as ROLE, readonly (the default; personal data masked) or admin "
            "(on the database opened read-only)."),
        QStringLiteral("ROLE"));
    parser.addOptions({dbOption, langOption, pageOption, shotOption, shotAsOption});
    if (!parser.parse(arguments)) {
        *problem = parser.errorText();
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        *problem = parser.helpText();
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        *problem = QStringLiteral("jinglao %1").arg(QStringLiteral(JINGLAO_VERSION));
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *problem = QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments().constFirst());
        return false;
    }
    if (parser.isSet(dbOption) && parser.value(dbOption).trimmed().isEmpty()) {
        *problem = QStringLiteral("--db needs a database file name.");
        return false;
    }
    if (parser.isSet(shotAsOption)) {
        if (!parser.isSet(shotOption)) {
            *problem = QStringLiteral("--screenshot-as is only used with --screenshot.");
            return false;
        }
        const QString role = parser.value(shotAsOption);
        if (role != QLatin1String("admin") && role != QLatin1String("readonly")) {
            *problem = QStringLiteral("--screenshot-as %1: the role is admin or readonly.").arg(role);
            return false;
        }
        options->screenshotAsAdministrator = role == QLatin1String("admin");
    }
    options->databasePath = parser.isSet(dbOption) ? parser.value(dbOption) : QString();
    options->language = parser.value(langOption);
    options->page = parser.value(pageOption);
    options->screenshotPath = parser.value(shotOption);
    return true;
}

namespace {

// Owns what one open database needs; reopening another file replaces it whole.
struct OpenSession {
    std::unique_ptr<core::Database> database;
    std::unique_ptr<AppContext> context;
    std::unique_ptr<MainWindow> window;
};

// Who uses the session: the first administrator on a database without accounts, otherwise
// whoever logs in. Empty when the person quits instead.
std::optional<core::Actor> signIn(core::Database& database, QWidget* parent)
{
    if (!core::UserService(database).hasUsers()) {
        FirstAdministratorDialog dialog(database, parent);
        if (dialog.exec() != QDialog::Accepted || !dialog.actor())
            return std::nullopt;
        return dialog.actor();
    }
    LoginDialog dialog(database, LoginDialog::Mode::Login, core::Actor(QString(), core::Role::ReadOnly),
                       parent);
    if (dialog.exec() != QDialog::Accepted || !dialog.actor())
        return std::nullopt;
    return dialog.actor();
}

enum class SessionOutcome { Opened, Failed, Cancelled };

bool confirmNewDatabase(const QString& path, QWidget* parent)
{
    QMessageBox box(QMessageBox::Question,
                    QApplication::translate("jinglao::ui::GuiApplication", "New database"),
                    QApplication::translate("jinglao::ui::GuiApplication",
                                            "There is no database at\n%1\n\nCreate a new, empty database "
                                            "there? Choose No if the path is mistyped or the drive holding "
                                            "your records is not connected.")
                        .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("newDatabaseMessageBox"));
    box.setDefaultButton(QMessageBox::No);
    return box.exec() == QMessageBox::Yes;
}

void tellReadOnly(const core::Database& database, QWidget* parent)
{
    QMessageBox box(QMessageBox::Information,
                    QApplication::translate("jinglao::ui::GuiApplication", "Read-only database"),
                    QApplication::translate("jinglao::ui::GuiApplication",
                                            "The database %1 cannot be written (the file, its folder or the "
                                            "medium is write-protected). It is open for reading only: "
                                            "nothing can be changed, and logins are not recorded.")
                        .arg(QDir::toNativeSeparators(database.path())),
                    QMessageBox::Ok, parent);
    box.setObjectName(QStringLiteral("readOnlyMessageBox"));
    box.exec();
}

// A damaged database at start: says so and offers the newest good backup from its backups folder.
// On yes, the damaged file is kept aside under a new name and the backup put in its place; true
// when that was done. Otherwise the damage is told and nothing changes.
bool offerRestoreOfDamaged(const QString& path, const core::Error& error, QWidget* parent)
{
    const std::optional<core::RestoreService::BackupInfo> backup =
        core::RestoreService::newestGoodBackup(path);
    if (!backup) {
        showError(parent, error.message() + QStringLiteral("\n\n") +
                              QApplication::translate(
                                  "jinglao::ui::GuiApplication",
                                  "No good backup was found in %1. The damaged file was left as it is.")
                                  .arg(QDir::toNativeSeparators(core::BackupFolder(path).path())));
        return false;
    }
    QMessageBox box(QMessageBox::Warning,
                    QApplication::translate("jinglao::ui::GuiApplication", "Damaged database"),
                    QApplication::translate(
                        "jinglao::ui::GuiApplication",
                        "%1\n\nThe newest good backup is\n%2\nwritten %3.\n\nRestore it? The damaged file is "
                        "kept beside it under a new name, never overwritten; what was entered after the "
                        "backup is not in it.")
                        .arg(error.message(), QDir::toNativeSeparators(backup->path),
                             QLocale().toString(backup->written, QLocale::ShortFormat)),
                    QMessageBox::Yes | QMessageBox::No, parent);
    box.setObjectName(QStringLiteral("damagedDatabaseMessageBox"));
    box.button(QMessageBox::Yes)->setText(QApplication::translate("jinglao::ui::GuiApplication", "Restore"));
    box.button(QMessageBox::No)->setText(QApplication::translate("jinglao::ui::GuiApplication", "Quit"));
    box.setDefaultButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return false;
    try {
        const core::RestoreService::Result result =
            core::RestoreService::restore(core::Actor::osUser(), path, backup->path);
        QMessageBox::information(
            parent, QApplication::translate("jinglao::ui::GuiApplication", "Damaged database"),
            QApplication::translate("jinglao::ui::GuiApplication",
                                    "The backup was restored. The damaged file was kept as %1.")
                .arg(QDir::toNativeSeparators(result.previousKeptAs)));
    } catch (const core::Error& failure) {
        showError(parent, failure);
        return false;
    }
    return true;
}

// The day's first start writes the daily backup once the event loop runs (a window closed before
// then is not held open by it).
void backUpDailyOnceShown(MainWindow* window)
{
    QTimer::singleShot(0, window, [window] {
        if (window->isVisible())
            window->backUpDailyIfDue();
    });
}

// interactive: a person logs in; otherwise (--screenshot) the session acts as a user named
// "screenshot", read-only, or an administrator on the database opened read-only.
std::unique_ptr<OpenSession> openSession(const QString& path, QWidget* errorParent, bool interactive,
                                         SessionOutcome* outcome, bool screenshotAsAdministrator = false)
{
    *outcome = SessionOutcome::Failed;
    auto session = std::make_unique<OpenSession>();
    // A path that leads nowhere may be a typing mistake: a new database is made only when the
    // person at the keyboard says so, having been told where.
    core::Database::OpenMode mode = core::Database::OpenMode::ExistingOnly;
    if (interactive && !core::Database::looksLikeUrl(path) && !path.trimmed().isEmpty() &&
        !QFileInfo::exists(path)) {
        if (!confirmNewDatabase(path, errorParent)) {
            *outcome = SessionOutcome::Cancelled;
            return nullptr;
        }
        mode = core::Database::OpenMode::CreateIfMissing;
    }
    if (!interactive && screenshotAsAdministrator)
        mode = core::Database::OpenMode::ReadOnly;
    try {
        session->database = core::Database::open(path, mode);
    } catch (const core::Error& error) {
        if (!interactive) {
            qCritical("%s", qUtf8Printable(error.message()));
            return nullptr;
        }
        if (!core::Database::isDamaged(path)) {
            showError(errorParent, error);
            return nullptr;
        }
        if (!offerRestoreOfDamaged(path, error, errorParent))
            return nullptr;
        try {
            session->database = core::Database::open(path, mode);
        } catch (const core::Error& again) {
            showError(errorParent, again);
            return nullptr;
        }
    }
    if (interactive && session->database->isReadOnly())
        tellReadOnly(*session->database, errorParent);
    // --screenshot renders pages for the docs and other modules' checks without anyone at the
    // keyboard, so there is no login: it acts as a read-only user named "screenshot", which
    // sees personal data masked and cannot write — or, with --screenshot-as admin, as an
    // administrator on a connection that cannot write.
    std::optional<core::Actor> actor =
        core::Actor(QStringLiteral("screenshot"),
                    screenshotAsAdministrator ? core::Role::Administrator : core::Role::ReadOnly);
    if (interactive) {
        try {
            actor = signIn(*session->database, errorParent);
        } catch (const core::Error& error) {
            showError(errorParent, error);
            return nullptr;
        }
        if (!actor) {
            *outcome = SessionOutcome::Cancelled;
            return nullptr;
        }
    }
    session->context = std::make_unique<AppContext>(*session->database, *actor);
    session->window = std::make_unique<MainWindow>(*session->context);
    if (interactive)
        session->window->enableIdleLock();
    *outcome = SessionOutcome::Opened;
    return session;
}

QString screenshotLabel()
{
    return QApplication::translate("jinglao::ui::GuiApplication", "Screenshot file");
}

// The command line's rule: 2 for a refused value, 3 for a file or database failure.
int exitCodeFor(const core::Error& error)
{
    return error.kind() == core::Error::Kind::Storage ? 3 : 2;
}

// problems: what the pages reported while rendering (a page that could not load is not a
// picture of the program): the picture is still written, and the exit code says so.
int takeScreenshot(const core::Database& database, MainWindow& window, const GuiOptions& options,
                   const QStringList& problems)
{
    window.resize(1366, 768);
    window.show();
    for (int i = 0; i < 5; ++i)
        QApplication::processEvents();
    const QPixmap shot = window.grab();
    try {
        core::OutputFile output(database, options.screenshotPath, screenshotLabel());
        if (!shot.save(&output.device(), "PNG"))
            throw core::Error::storage(
                QApplication::translate("jinglao::ui::GuiApplication", "Cannot write %1.")
                    .arg(QDir::toNativeSeparators(options.screenshotPath)));
        output.commit();
    } catch (const core::Error& error) {
        qCritical("%s", qUtf8Printable(error.message()));
        return exitCodeFor(error);
    }
    return problems.isEmpty() ? 0 : 3;
}

} // namespace

int runGui(const GuiOptions& options)
{
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/jinglao/icons/jinglao.svg")));
    const QString language =
        options.language.isEmpty() ? core::translations::defaultLanguage() : options.language;
    QString problem;
    if (!core::translations::install(language, &problem)) {
        qCritical("%s", qUtf8Printable(problem));
        return 1;
    }

    const QString path = options.databasePath.isNull() ? core::Database::defaultPath() : options.databasePath;
    if (!options.screenshotPath.isEmpty()) {
        // Refused before anything is opened: a screenshot never lands on the records.
        try {
            core::OutputFile::checkTarget(path, options.screenshotPath, screenshotLabel());
        } catch (const core::Error& error) {
            qCritical("%s", qUtf8Printable(error.message()));
            return exitCodeFor(error);
        }
    }
    // Nobody is at the keyboard to close a message box: what a page reports goes to stderr.
    QStringList problems;
    struct SinkReset {
        ~SinkReset() { setMessageSink({}); }
    } sinkReset;
    if (!options.screenshotPath.isEmpty())
        setMessageSink([&problems](const QString& title, const QString& message) {
            problems.append(message);
            qCritical("%s: %s", qUtf8Printable(title), qUtf8Printable(message));
        });
    SessionOutcome outcome = SessionOutcome::Failed;
    std::unique_ptr<OpenSession> session = openSession(path, nullptr, options.screenshotPath.isEmpty(),
                                                       &outcome, options.screenshotAsAdministrator);
    if (!session)
        return outcome == SessionOutcome::Cancelled ? 0 : 3;

    if (!options.page.isEmpty() && !session->window->showPage(options.page)) {
        qCritical("%s",
                  qUtf8Printable(
                      QApplication::translate("jinglao::ui::GuiApplication", "Unknown page %1 (pages: %2).")
                          .arg(options.page, session->window->pageIds().join(QStringLiteral(", ")))));
        return 1;
    }
    if (!options.screenshotPath.isEmpty())
        return takeScreenshot(*session->database, *session->window, options, problems);

    std::function<void(MainWindow*)> wire;
    std::function<void(const QString&)> restoreFrom;
    restoreFrom = [&](const QString& backup) {
        // A background task (today's backup) still waiting in its event loop holds the window.
        if (backgroundTaskRunning()) {
            QTimer::singleShot(50, [&restoreFrom, backup] { restoreFrom(backup); });
            return;
        }
        const QString databasePath = session->database->path();
        const core::Actor actor = session->context->actor();
        rememberPlacement(*session->window);
        session->window->hide();
        session.reset(); // every connection to the file is closed
        QApplication::setOverrideCursor(Qt::WaitCursor);
        QString failure;
        try {
            core::RestoreService::restore(actor, databasePath, backup);
        } catch (const core::Error& error) {
            failure = error.message();
        }
        QApplication::restoreOverrideCursor();
        if (!failure.isEmpty())
            showError(nullptr, failure);
        SessionOutcome reopened = SessionOutcome::Failed;
        session = openSession(databasePath, nullptr, true, &reopened);
        if (!session) {
            QApplication::quit();
            return;
        }
        wire(session->window.get());
        showPlaced(*session->window);
    };
    wire = [&](MainWindow* window) {
        QObject::connect(
            window, &MainWindow::openDatabaseRequested, window, [&, window](const QString& other) {
                SessionOutcome reopened = SessionOutcome::Failed;
                std::unique_ptr<OpenSession> replacement = openSession(other, window, true, &reopened);
                if (!replacement)
                    return;
                // The old session goes once this slot, which runs inside its window, has returned.
                rememberPlacement(*session->window);
                session->window->hide();
                OpenSession* old = session.release();
                QTimer::singleShot(0, [old] { delete old; });
                session = std::move(replacement);
                wire(session->window.get());
                showPlaced(*session->window);
                backUpDailyOnceShown(session->window.get());
            });
        QObject::connect(window, &MainWindow::restoreRequested, window, [&](const QString& backup) {
            // After this slot has returned: the window asking is part of the session that closes.
            QTimer::singleShot(0, [&restoreFrom, backup] { restoreFrom(backup); });
        });
    };
    wire(session->window.get());
    showPlaced(*session->window);
    backUpDailyOnceShown(session->window.get());
    const int code = QApplication::exec();
    if (!session) // the login after a restore was cancelled
        return code;
    rememberPlacement(*session->window);
    try {
        if (!session->database->isReadOnly())
            core::AuditLog::recordEventNow(*session->database, session->context->actor(),
                                           core::AuditLog::Action::Logout, QStringLiteral("program closed"));
    } catch (const core::Error& error) {
        qWarning("%s", qUtf8Printable(error.message()));
    }
    return code;
}

} // namespace jinglao::ui
