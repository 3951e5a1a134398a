#include "mainwindow/MainWindow.h"

#include "about/AboutDialog.h"
#include "about/GuideDialog.h"
#include "auth/IdleLock.h"
#include "auth/PasswordDialog.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/ErrorDialog.h"
#include "common/Page.h"
#include "county/PackageExport.h"
#include "home/HomePage.h"
#include "modules/UiModule.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"
#include "storage/RestoreService.h"
#include "storage/Settings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

namespace jinglao::ui {

MainWindow::MainWindow(AppContext& context, QWidget* parent)
    : QMainWindow(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Jinglao"));
    setMinimumSize(1024, 640);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigationList"));
    m_navigation->setFixedWidth(168);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setStyleSheet(
        QStringLiteral("QListWidget { font-size: 15px; } QListWidget::item { padding: 8px; }"));
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pageStack"));
    layout->addWidget(m_navigation);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_schemaLabel = new QLabel(this);
    m_schemaLabel->setObjectName(QStringLiteral("schemaLabel"));
    m_backupLabel = new QLabel(this);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userLabel"));
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_schemaLabel);
    statusBar()->addPermanentWidget(m_backupLabel);
    m_countyLabel = new QLabel(this);
    m_countyLabel->setObjectName(QStringLiteral("countyExportLabel"));
    statusBar()->addPermanentWidget(m_countyLabel);

    createMenus();
    createPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        m_stack->setCurrentIndex(row);
        refreshCurrentPage();
    });
    connect(&m_context, &AppContext::dataChanged, this, [this] {
        refreshStatus();
        refreshCurrentPage();
    });
    connect(&m_context, &AppContext::actorChanged, this, [this] {
        if (auto* passwordAction = findChild<QAction*>(QStringLiteral("changePasswordAction")))
            passwordAction->setEnabled(!m_context.actor().userUid().isEmpty());
        updatePageAvailability();
        refreshStatus();
        refreshCurrentPage();
    });
    // What an action did stays in the status bar long enough to be read.
    connect(&m_context, &AppContext::told, this,
            [this](const QString& outcome) { statusBar()->showMessage(outcome, 15000); });
    m_navigation->setCurrentRow(0);
    updatePageAvailability();
    refreshStatus();
}

void MainWindow::refreshCurrentPage()
{
    // A page that cannot load (a damaged record, a database error) says so; the window stays.
    if (auto* current = qobject_cast<Page*>(m_stack->currentWidget()))
        runGuarded(this, [current] { current->refresh(); });
}

void MainWindow::updatePageAvailability()
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto* candidate = qobject_cast<Page*>(m_stack->widget(row));
        m_navigation->item(row)->setHidden(candidate && !candidate->isAvailableTo(m_context.actor()));
    }
    if (m_navigation->currentItem() && m_navigation->currentItem()->isHidden())
        m_navigation->setCurrentRow(0);
}

void MainWindow::enableIdleLock()
{
    if (!m_idleLock)
        m_idleLock = new IdleLock(m_context, this, this);
    m_lockAction->setEnabled(true);
    m_switchUserAction->setEnabled(true);
}

void MainWindow::changeOwnPassword()
{
    PasswordDialog dialog(m_context.database(), m_context.actor(), PasswordDialog::Mode::ChangeOwn, {}, this);
    dialog.exec();
}

void MainWindow::createPages()
{
    // The home page, then each module's pages in module order (UiModules::standard()).
    auto* home = new HomePage(m_context, this);
    connect(home, &HomePage::backupRequested, this, &MainWindow::backUpNow);
    connect(home, &HomePage::recordRequested, this, &MainWindow::openRecord);
    addPage(home);
    for (const auto& module : m_context.uiModules().modules()) {
        for (Page* page : module->createPages(m_context, this))
            addPage(page);
    }
}

void MainWindow::addPage(Page* page)
{
    page->setObjectName(page->pageId() + QStringLiteral("Page"));
    auto* item = new QListWidgetItem(page->icon(), page->title(), m_navigation);
    item->setData(Qt::UserRole, page->pageId());
    m_stack->addWidget(page);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* openAction =
        fileMenu->addAction(tr("&Open another database…"), this, &MainWindow::openAnotherDatabase);
    openAction->setObjectName(QStringLiteral("openDatabaseAction"));
    openAction->setShortcut(QKeySequence::Open);
    QAction* backupAction = fileMenu->addAction(tr("&Back up now…"), this, &MainWindow::backUpNow);
    backupAction->setObjectName(QStringLiteral("backupAction"));
    QAction* restoreAction =
        fileMenu->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    restoreAction->setObjectName(QStringLiteral("restoreAction"));
    restoreAction->setVisible(m_context.actor().can(core::Permission::Restore));
    restoreAction->setEnabled(!m_context.database().isReadOnly());
    fileMenu->addSeparator();
    QAction* passwordAction =
        fileMenu->addAction(tr("&Change my password…"), this, &MainWindow::changeOwnPassword);
    passwordAction->setObjectName(QStringLiteral("changePasswordAction"));
    passwordAction->setEnabled(!m_context.actor().userUid().isEmpty());
    m_lockAction = fileMenu->addAction(tr("&Lock now"), this, [this] {
        if (m_idleLock)
            m_idleLock->lockNow();
    });
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(QStringLiteral("Ctrl+L")));
    m_lockAction->setEnabled(false);
    m_switchUserAction = fileMenu->addAction(tr("Log &out / switch user…"), this, [this] {
        if (m_idleLock)
            m_idleLock->switchUser();
    });
    m_switchUserAction->setObjectName(QStringLiteral("switchUserAction"));
    m_switchUserAction->setEnabled(false);
    fileMenu->addSeparator();
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    QAction* guideAction = helpMenu->addAction(tr("&User guide"), this, &MainWindow::showGuide);
    guideAction->setObjectName(QStringLiteral("guideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    QAction* aboutAction = helpMenu->addAction(tr("&About Jinglao"), this, &MainWindow::showAbout);
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
}

bool MainWindow::showPage(const QString& pageId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == pageId) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const QListWidgetItem* item = m_navigation->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (int row = 0; row < m_navigation->count(); ++row)
        ids.append(m_navigation->item(row)->data(Qt::UserRole).toString());
    return ids;
}

Page* MainWindow::page(const QString& pageId) const
{
    for (int index = 0; index < m_stack->count(); ++index) {
        auto* candidate = qobject_cast<Page*>(m_stack->widget(index));
        if (candidate && candidate->pageId() == pageId)
            return candidate;
    }
    return nullptr;
}

bool MainWindow::openRecord(const core::RecordRef& record)
{
    if (record.isEmpty())
        return false;
    for (int row = 0; row < m_navigation->count(); ++row) {
        auto* candidate = qobject_cast<Page*>(m_stack->widget(row));
        if (!candidate || m_navigation->item(row)->isHidden() || !candidate->showsRecordsOf(record.table))
            continue;
        m_navigation->setCurrentRow(row);
        bool opened = false;
        runGuarded(this, [&] { opened = candidate->openRecord(record); });
        if (!opened)
            m_context.tell(tr("The record is no longer on the %1 page.").arg(candidate->title()));
        return opened;
    }
    m_context.tell(tr("No page shows this record."));
    return false;
}

void MainWindow::refreshStatus()
{
    core::Database& db = m_context.database();
    //: The window title: the center's name, then the program's.
    setWindowTitle(tr("%1 — Jinglao").arg(core::CenterService(db).displayName()));
    m_userLabel->setText(
        tr("User: %1 (%2)").arg(m_context.actor().name(), core::roleCodes().label(m_context.actor().role())));
    m_databaseLabel->setText(db.isReadOnly()
                                 ? tr("Database: %1 (read-only)").arg(QDir::toNativeSeparators(db.path()))
                                 : tr("Database: %1").arg(QDir::toNativeSeparators(db.path())));
    m_schemaLabel->setText(tr("Schema version %1").arg(db.schemaVersion()));
    const QString lastBackup = core::Settings(db).value(core::Settings::LastBackupAt);
    m_backupLabel->setText(lastBackup.isEmpty()
                               ? tr("Never backed up")
                               : tr("Last backup: %1").arg(core::Clock::displayTimestamp(lastBackup)));
    const QString lastExport = core::PackageExport(db).lastExportAt();
    m_countyLabel->setText(lastExport.isEmpty()
                               ? tr("No county package sent")
                               : tr("County package: %1").arg(core::Clock::displayTimestamp(lastExport)));
}

void MainWindow::openAnotherDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"),
                                                      QFileInfo(m_context.database().path()).absolutePath(),
                                                      tr("Jinglao database (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(path);
}

void MainWindow::backUpNow()
{
    const QString suggested = core::BackupService(m_context.database()).suggestedPath();
    const QString target = QFileDialog::getSaveFileName(this, tr("Back up the database"), suggested,
                                                        tr("Jinglao database (*.sqlite)"));
    if (target.isEmpty())
        return;
    if (backUpTo(target))
        QMessageBox::information(
            this, tr("Backup"),
            tr("The backup was written and checked: %1").arg(QDir::toNativeSeparators(target)));
}

bool MainWindow::backUpTo(const QString& target)
{
    const core::Actor actor = m_context.actor();
    const TaskOutcome outcome = runInBackground(this, tr("Backing up the database…"), m_context.database(),
                                                [&](core::Database& connection, TaskProgress&) {
                                                    core::BackupService(connection).backup(actor, target);
                                                });
    refreshStatus();
    if (!outcome.succeeded) {
        showError(this, outcome.errorMessage);
        return false;
    }
    return true;
}

void MainWindow::backUpDailyIfDue()
{
    const core::Actor actor = m_context.actor();
    const TaskOutcome outcome = runInBackground(this, tr("Writing today's backup…"), m_context.database(),
                                                [&](core::Database& connection, TaskProgress&) {
                                                    core::BackupService(connection).dailyIfDue(actor);
                                                });
    refreshStatus();
    if (!outcome.succeeded)
        showError(this, tr("Today's automatic backup could not be written: %1").arg(outcome.errorMessage));
}

void MainWindow::restoreFromBackup()
{
    const core::BackupFolder folder(m_context.database().path());
    const QString start = QFileInfo(folder.path()).isDir()
                              ? folder.path()
                              : QFileInfo(m_context.database().path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore from backup"), start,
                                                      tr("Jinglao database (*.sqlite);;All files (*)"));
    if (!path.isEmpty())
        requestRestore(path);
}

bool MainWindow::requestRestore(const QString& backupPath)
{
    core::RestoreService::BackupInfo info;
    try {
        m_context.actor().require(core::Permission::Restore);
        info = core::RestoreService::inspectFor(m_context.database().path(), backupPath);
    } catch (const core::Error& error) {
        showError(this, error);
        return false;
    }
    const QString holds =
        tr("%1\nwritten %2, %3 residents, last change %4")
            .arg(info.centerName.isEmpty() ? tr("(no center name)") : info.centerName,
                 QLocale().toString(info.written, QLocale::ShortFormat))
            .arg(info.residents)
            .arg(info.lastChangeAt.isEmpty() ? tr("none") : core::Clock::displayTimestamp(info.lastChangeAt));
    const QString question =
        tr("Replace the database\n%1\nwith the backup\n%2\n(%3)?\n\nThe database as it is now is backed up "
           "first into the backups folder, so this can be undone. Everything entered after the backup was "
           "made is then only in that copy. Jinglao closes the database and asks you to log in again; other "
           "computers using it must close it first.")
            .arg(QDir::toNativeSeparators(m_context.database().path()), QDir::toNativeSeparators(info.path),
                 holds);
    if (!confirmAction(this, tr("Restore from backup"), question, tr("Restore")))
        return false;
    Q_EMIT restoreRequested(info.path);
    return true;
}

void MainWindow::showGuide()
{
    const QString guide = GuideDialog::findGuide(
        QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en"));
    if (guide.isEmpty()) {
        showError(this,
                  tr("The user guide is not installed with this copy of Jinglao. It is in the docs folder "
                     "of the source (guide_zh_CN.md, guide_en.md)."));
        return;
    }
    GuideDialog dialog(guide, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    AboutDialog dialog(m_context.database(), this);
    dialog.exec();
}

} // namespace jinglao::ui
