#pragma once
// Ctrl+F (the platform's Find keys) on a page puts the cursor in its search box, the text
// selected so that typing replaces it. Every page with a search box installs it.

class QLineEdit;
class QWidget;

namespace jinglao::ui {

void addFindShortcut(QWidget* page, QLineEdit* searchField);

} // namespace jinglao::ui
