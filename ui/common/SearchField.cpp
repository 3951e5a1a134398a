#include "common/SearchField.h"

#include <QKeySequence>
#include <QShortcut>
#include <QTimer>

namespace jinglao::ui {

SearchField::SearchField(QWidget* page, const QString& objectName, const QString& placeholder)
    : QLineEdit(page)
{
    setObjectName(objectName);
    setPlaceholderText(placeholder);
    setClearButtonEnabled(true);
    setToolTip(tr("Search (Ctrl+F)"));
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &SearchField::searchRequested);
    connect(this, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(this, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        Q_EMIT searchRequested();
    });
    auto* find = new QShortcut(QKeySequence::Find, page);
    find->setObjectName(objectName + QStringLiteral("Shortcut"));
    // Anywhere in the window (the navigation list too); only the page shown answers, since a
    // hidden widget's shortcuts do not fire.
    find->setContext(Qt::WindowShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        setFocus(Qt::ShortcutFocusReason);
        selectAll();
    });
}

void SearchField::clearQuietly()
{
    m_delay->stop();
    const QSignalBlocker blocker(this);
    clear();
}

} // namespace jinglao::ui
