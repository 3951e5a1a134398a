#pragma once
// The center module's page: 设置 (the center's details) for administrators.

#include "modules/UiModule.h"

namespace jinglao::ui {

class CenterUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("center"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
