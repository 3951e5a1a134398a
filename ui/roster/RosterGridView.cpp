#include "roster/RosterGridView.h"

#include "roster/RosterTableModel.h"

#include <QKeyEvent>

namespace jinglao::ui {

RosterGridView::RosterGridView(QWidget* parent)
    : QTableView(parent)
{
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
}

void RosterGridView::keyPressEvent(QKeyEvent* event)
{
    auto* roster = qobject_cast<RosterTableModel*>(model());
    if (roster && state() != QAbstractItemView::EditingState) {
        const QModelIndex current = currentIndex();
        const QString text = event->text().trimmed();
        const bool clearKey = event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace;
        if (clearKey && roster->isShiftCell(current)) {
            QModelIndexList cells;
            const QModelIndexList selected = selectionModel()->selectedIndexes();
            for (const QModelIndex& index : selected) {
                if (roster->isShiftCell(index))
                    cells.append(index);
            }
            if (cells.isEmpty())
                cells.append(current);
            Q_EMIT clearRequested(cells);
            event->accept();
            return;
        }
        if (text.size() == 1 && (text.at(0).isLetterOrNumber() || text == QLatin1String("-")) &&
            !(event->modifiers() & Qt::ControlModifier) && roster->isShiftCell(current)) {
            Q_EMIT codeTyped(current, text.toUpper());
            event->accept();
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

} // namespace jinglao::ui
