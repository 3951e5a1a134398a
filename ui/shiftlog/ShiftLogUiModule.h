#pragma once
// The shift-log module's page (交接班记录) and the shift-log tab of a resident's detail view.

#include "modules/UiModule.h"

namespace jinglao::ui {

class ShiftLogUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("shiftlog"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
    QList<ResidentSectionSpec> residentSections() const override;
};

} // namespace jinglao::ui
