#pragma once
// The main window: navigation list of pages, the page stack, File and Help menus and a status
// bar with the database file, schema version and last backup.

#include <QMainWindow>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace jinglao::ui {

class AppContext;
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

    // File ▸ Back up now: asks for a file, then backs up off the GUI thread.
    void backUpNow();
    // Backs up to target without asking (used by backUpNow and tests). Returns true on success.
    bool backUpTo(const QString& target);
    void refreshStatus();

Q_SIGNALS:
    // The user chose another database file; the application reopens on it.
    void openDatabaseRequested(const QString& path);

private:
    void createPages();
    void addPage(Page* page);
    void createMenus();
    void openAnotherDatabase();
    void showAbout();

    AppContext& m_context;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_stack = nullptr;
    QLabel* m_databaseLabel = nullptr;
    QLabel* m_schemaLabel = nullptr;
    QLabel* m_backupLabel = nullptr;
};

} // namespace jinglao::ui
