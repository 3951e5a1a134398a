#pragma once
// The residents-and-beds module's pages: 入住老人 and 床位.

#include "modules/UiModule.h"

namespace jinglao::ui {

class ResidentsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("residents"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
