#pragma once
// Help ▸ About: version, licence, and the Qt and SQLite versions in use.

#include <QDialog>

namespace jinglao::core {
class Database;
}

namespace jinglao::ui {

class AboutDialog : public QDialog {
    Q_OBJECT

public:
    AboutDialog(const core::Database& database, QWidget* parent = nullptr);
};

} // namespace jinglao::ui
