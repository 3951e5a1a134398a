#pragma once
// The family-bed module's page (家庭养老床位): the registry with agreements, the entry of home
// visits and the month's coverage with the staff's visit plan.

#include "modules/UiModule.h"

namespace jinglao::ui {

class FamilyBedsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("familybeds"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
