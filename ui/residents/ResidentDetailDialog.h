#pragma once
// A resident's ResidentDetailView in a window of its own, opened from the bed map.

#include <QDialog>

namespace jinglao::ui {

class AppContext;
class ResidentDetailView;

class ResidentDetailDialog : public QDialog {
    Q_OBJECT

public:
    ResidentDetailDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);
    ResidentDetailView* view() const { return m_view; }

private:
    ResidentDetailView* m_view = nullptr;
};

} // namespace jinglao::ui
