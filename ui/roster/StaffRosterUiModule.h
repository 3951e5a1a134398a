#pragma once
// The staff-and-rosters module's pages: 工作人员 and 排班.

#include "modules/UiModule.h"

namespace jinglao::ui {

class StaffRosterUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("staff"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
