#pragma once
// 首页: the center at a glance, where the administrator starts the day.

#include "common/Page.h"

class QLabel;

namespace jinglao::ui {

class HomePage : public Page {
    Q_OBJECT

public:
    explicit HomePage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override;
    void refresh() override;

private:
    QLabel* m_heading = nullptr;
    QLabel* m_details = nullptr;
};

} // namespace jinglao::ui
