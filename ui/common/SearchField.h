#pragma once
// The search box of a list page: typing searches after a short pause (Return at once), and
// Ctrl+F anywhere on the page puts the cursor in it. Residents and staff are searched by name,
// pinyin and initials through their services; this is only the box.

#include <QLineEdit>

class QTimer;

namespace jinglao::ui {

class SearchField : public QLineEdit {
    Q_OBJECT

public:
    // page: where Ctrl+F reaches the box (the page and everything on it).
    SearchField(QWidget* page, const QString& objectName, const QString& placeholder);

    // Empties the box without starting a search (the page searches itself afterwards).
    void clearQuietly();

Q_SIGNALS:
    // The text to search for has settled (a pause after a change, or Return).
    void searchRequested();

private:
    QTimer* m_delay = nullptr;
};

} // namespace jinglao::ui
