#include "common/EmptyStateHint.h"

#include <QAbstractItemModel>
#include <QAbstractItemView>
#include <QEvent>

namespace jinglao::ui {

EmptyStateHint::EmptyStateHint(QAbstractItemView* view, const QString& objectName)
    : QLabel(view->viewport())
    , m_view(view)
{
    setObjectName(objectName);
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setMargin(24);
    setStyleSheet(QStringLiteral("color: #666; font-size: 14px; background: transparent;"));
    // Clicks go to the view beneath.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateHint::followModel);
        connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateHint::followModel);
        connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateHint::followModel);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateHint::followModel);
    }
    followModel();
}

void EmptyStateHint::followModel()
{
    setGeometry(m_view->viewport()->rect());
    const QAbstractItemModel* model = m_view->model();
    setVisible(m_isEmpty ? m_isEmpty() : !model || model->rowCount() == 0);
}

void EmptyStateHint::setEmptyWhen(std::function<bool()> isEmpty)
{
    m_isEmpty = std::move(isEmpty);
    followModel();
}

bool EmptyStateHint::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace jinglao::ui
