#pragma once
// The main window: navigation list of pages, the page stack, File and Help menus and a status
// bar with the database file, schema version and last backup.

#include "modules/Alert.h"

#include <QMainWindow>

class QAction;

class QLabel;
class QListWidget;
class QStackedWidget;

namespace jinglao::ui {

class AppContext;
class IdleLock;
class Page;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(AppContext& context, QWidget* parent = nullptr);

    // Shows the page with this id ("home", "beds" …); false when there is none.
    bool showPage(const QString& pageId);
    QString currentPageId() const;
    QStringList pageIds() const;
    Page* page(const QString& pageId) const;
    // Shows the page that shows records of record.table (the first in the navigation the actor
    // may open) with the record selected. False, with the reason told in the status bar, when no
    // page has it; an empty record (about the center as a whole) opens nothing.
    bool openRecord(const core::RecordRef& record);

    // File ▸ Back up now: asks for a file, then backs up off the GUI thread.
    void backUpNow();
    // Backs up to target without asking (used by backUpNow and tests). Returns true on success.
    bool backUpTo(const QString& target);
    // File ▸ Restore from backup (administrators): asks for a backup file, then requestRestore.
    void restoreFromBackup();
    // Checks the backup, tells what it holds and asks to confirm; then emits restoreRequested.
    // False when the file is refused or the person says no.
    bool requestRestore(const QString& backupPath);
    // The program's own backup of the day, at the first start of each day (the GUI calls it once
    // the window shows). A failure is told, never fatal.
    void backUpDailyIfDue();
    void refreshStatus();
    void refreshCurrentPage();

    // Starts locking the session after the idle time (the GUI does; --screenshot does not).
    void enableIdleLock();
    IdleLock* idleLock() const { return m_idleLock; }
    // File ▸ Change my password.
    void changeOwnPassword();

Q_SIGNALS:
    // The user chose another database file; the application reopens on it.
    void openDatabaseRequested(const QString& path);
    // The user confirmed replacing the database with this backup; the application closes the
    // database, restores (core::RestoreService) and reopens it.
    void restoreRequested(const QString& backupPath);

private:
    void createPages();
    void addPage(Page* page);
    void createMenus();
    void openAnotherDatabase();
    void showAbout();
    // Help ▸ User guide, in the program's language.
    void showGuide();
    // Lists only the pages the current actor may open (audit and users for administrators).
    void updatePageAvailability();

    AppContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
    QLabel* m_countyLabel = nullptr;
    QLabel* m_userLabel = nullptr;
    QAction* m_lockAction = nullptr;
    IdleLock* m_idleLock = nullptr;
    QAction* m_switchUserAction = nullptr;
};

} // namespace jinglao::ui
