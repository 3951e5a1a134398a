#include "common/FindShortcut.h"

#include <QKeySequence>
#include <QLineEdit>
#include <QShortcut>

namespace jinglao::ui {

void addFindShortcut(QWidget* page, QLineEdit* searchField)
{
    auto* shortcut = new QShortcut(QKeySequence::Find, page);
    // Anywhere in the window (the navigation list too); only the page shown answers, since a
    // hidden widget's shortcuts do not fire.
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, searchField, [searchField] {
        searchField->setFocus(Qt::ShortcutFocusReason);
        searchField->selectAll();
    });
}

} // namespace jinglao::ui
