#pragma once
// The top of every page: its title (the name the navigation shows), a one-line summary of what
// it shows now, and the page's main actions on the right. One look for every page.

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QVBoxLayout;

namespace jinglao::ui {

class PageHeader : public QWidget {
    Q_OBJECT

public:
    explicit PageHeader(const QString& title, QWidget* parent = nullptr);

    // The page's own layout, with the margins and spacing every page uses, and this header on top.
    static QVBoxLayout* pageLayout(QWidget* page, PageHeader* header);

    void setSummary(const QString& summary);
    // Adds a button or other control to the actions on the right, in order.
    void addAction(QWidget* action);

private:
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QHBoxLayout* m_actions = nullptr;
};

} // namespace jinglao::ui
