#include "common/PersonPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFocusEvent>
#include <QFont>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardItemModel>

namespace jinglao::ui {

PersonPicker::PersonPicker(QWidget* parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(12);
    setMaxVisibleItems(16);
    lineEdit()->setPlaceholderText(tr("Name or pinyin"));
    setToolTip(tr("Type a name, its pinyin or initials (zhangsan, zs); Enter takes the first match."));

    // The matches come from core, ranked; the completer only shows them as they are.
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setMaxVisibleItems(12);
    setCompleter(m_completer);
    connect(lineEdit(), &QLineEdit::textEdited, this, &PersonPicker::search);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) { setCurrentUid(index.data(Qt::UserRole).toString()); });
}

QString PersonPicker::displayText(const core::PersonChoice& person)
{
    return person.detail.isEmpty() ? person.name : person.name + QStringLiteral(" · ") + person.detail;
}

void PersonPicker::setNoneLabel(const QString& label)
{
    m_noneLabel = label;
}

void PersonPicker::setSearch(Search search)
{
    m_search = std::move(search);
}

void PersonPicker::setPeople(const QList<core::PersonChoice>& people)
{
    fill({{QString(), people}});
}

void PersonPicker::setGroups(const QList<Group>& groups)
{
    fill(groups);
}

void PersonPicker::fill(const QList<Group>& groups)
{
    const QString previous = currentUid();
    {
        const QSignalBlocker blocker(this);
        clear();
        if (!m_noneLabel.isEmpty())
            addItem(m_noneLabel, QString());
        bool first = true;
        for (const Group& group : groups) {
            if (group.people.isEmpty())
                continue;
            if (!first || !m_noneLabel.isEmpty())
                insertSeparator(count());
            first = false;
            if (!group.title.isEmpty()) {
                addItem(group.title);
                // A heading, not a choice: keys and clicks pass it by.
                if (auto* items = qobject_cast<QStandardItemModel*>(model())) {
                    QStandardItem* heading = items->item(count() - 1);
                    heading->setFlags(Qt::NoItemFlags);
                    QFont bold = font();
                    bold.setBold(true);
                    heading->setFont(bold);
                    heading->setForeground(palette().brush(QPalette::Active, QPalette::WindowText));
                }
            }
            for (const core::PersonChoice& person : group.people)
                addItem(displayText(person), person.uid);
        }
    }
    int index = previous.isEmpty() ? -1 : findData(previous);
    if (index < 0) {
        // The first person (or the nobody entry), never a heading.
        for (int i = 0; i < count() && index < 0; ++i) {
            if (itemData(i).isValid())
                index = i;
        }
    }
    setCurrentIndex(index);
    if (index < 0)
        setEditText(QString());
}

QString PersonPicker::currentUid() const
{
    return currentData().toString();
}

bool PersonPicker::setCurrentUid(const QString& uid)
{
    const int index = findData(uid);
    if (index < 0)
        return false;
    setCurrentIndex(index);
    // Choosing the person already chosen still puts their name back over what was typed.
    restoreText();
    return true;
}

void PersonPicker::setCurrentPerson(const core::PersonChoice& person)
{
    if (person.uid.isEmpty() || setCurrentUid(person.uid))
        return;
    insertItem(m_noneLabel.isEmpty() ? 0 : 1, displayText(person), person.uid);
    setCurrentUid(person.uid);
}

void PersonPicker::search(const QString& typed)
{
    m_matches->clear();
    const QString text = typed.trimmed();
    if (text.isEmpty() || !m_search)
        return;
    for (const core::PersonChoice& person : m_search(text)) {
        auto* item = new QStandardItem(displayText(person));
        item->setData(person.uid, Qt::UserRole);
        m_matches->appendRow(item);
    }
    // The closest match in view: the popup would otherwise keep where the last list was scrolled.
    QMetaObject::invokeMethod(m_completer->popup(), &QAbstractItemView::scrollToTop, Qt::QueuedConnection);
    if (m_matches->rowCount() == 0) {
        // Said where the eye is, not a silent empty list: a line that cannot be chosen.
        auto* none = new QStandardItem(tr("Nobody matches “%1”").arg(text));
        none->setFlags(Qt::NoItemFlags);
        m_matches->appendRow(none);
    }
}

bool PersonPicker::hasMatches() const
{
    return m_matches->rowCount() > 0 && !m_matches->index(0, 0).data(Qt::UserRole).toString().isEmpty();
}

void PersonPicker::chooseMatch(int row)
{
    const QString uid = m_matches->index(row, 0).data(Qt::UserRole).toString();
    if (m_completer->popup())
        m_completer->popup()->hide();
    if (!setCurrentUid(uid)) {
        // Matched in core but not listed here (the list offers fewer people): keep the choice.
        restoreText();
    }
}

void PersonPicker::restoreText()
{
    const QString shown = currentIndex() >= 0 ? itemText(currentIndex()) : QString();
    if (lineEdit()->text() != shown)
        setEditText(shown);
}

void PersonPicker::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && event->modifiers() == Qt::NoModifier) {
        const bool popupShown = m_completer->popup() && m_completer->popup()->isVisible();
        const bool highlighted = popupShown && m_completer->popup()->currentIndex().isValid();
        const QString typed = lineEdit()->text().trimmed();
        if (!highlighted && currentIndex() >= 0 && typed == itemText(currentIndex())) {
            QComboBox::keyPressEvent(event);
            return;
        }
        if (!highlighted) {
            // Enter on what was typed takes the closest match, or nobody for an empty field.
            if (typed.isEmpty() && !m_noneLabel.isEmpty())
                setCurrentIndex(0);
            else if (hasMatches() && !typed.isEmpty())
                chooseMatch(0);
            else
                restoreText();
            if (m_completer->popup())
                m_completer->popup()->hide();
            event->accept();
            return;
        }
    }
    if (event->key() == Qt::Key_Escape)
        restoreText();
    QComboBox::keyPressEvent(event);
}

void PersonPicker::focusOutEvent(QFocusEvent* event)
{
    // Leaving the field never leaves a half-typed name behind: the person chosen shows again.
    if (event->reason() != Qt::PopupFocusReason)
        restoreText();
    QComboBox::focusOutEvent(event);
}

} // namespace jinglao::ui
