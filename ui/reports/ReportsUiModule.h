#pragma once
// The monthly report's page (月报): a month or a range of months, previewed and exported.

#include "modules/UiModule.h"

namespace jinglao::ui {

class ReportsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("reports"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
