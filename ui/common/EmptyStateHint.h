#pragma once
// The hint a list shows instead of blank rows: "No staff yet — add the first one with Add…".
// It lies over the view's visible area and shows itself while the view's model has no rows; the
// page sets the text that fits (nothing recorded yet, or nothing matches the filter).

#include <QLabel>

#include <functional>

class QAbstractItemView;

namespace jinglao::ui {

class EmptyStateHint : public QLabel {
    Q_OBJECT

public:
    // Named objectName for tests; follows view's model (set the model before).
    EmptyStateHint(QAbstractItemView* view, const QString& objectName);

    // Shown or hidden by the model's row count (called on every reset, insert and removal).
    void followModel();
    // For a view whose model has rows besides the records (the roster's totals): empty when this
    // says so instead.
    void setEmptyWhen(std::function<bool()> isEmpty);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QAbstractItemView* m_view = nullptr;
    std::function<bool()> m_isEmpty;
};

} // namespace jinglao::ui
