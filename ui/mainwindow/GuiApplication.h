#pragma once
// Starts the GUI: language, database, main window; and the --screenshot mode that renders a
// page at 1366×768 into a PNG for docs and checks.

#include <QString>

namespace jinglao::ui {

struct GuiOptions {
    QString databasePath; // null: the default location
    QString language;     // empty: from the system locale
    QString page;         // page to show first
    QString screenshotPath;
    // Who the screenshot is taken as: false for a read-only user (personal data masked), true for
    // an administrator (the pages only administrators see) on a database opened read-only, so
    // that a screenshot never writes either way.
    bool screenshotAsAdministrator = false;
};

// Parses jinglao's command line into options; on a usage error returns false with *problem set.
bool parseGuiArguments(const QStringList& arguments, GuiOptions* options, QString* problem);

// Runs the GUI event loop (or takes the screenshot) and returns the exit code.
int runGui(const GuiOptions& options);

} // namespace jinglao::ui
