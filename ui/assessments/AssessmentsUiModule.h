#pragma once
// The assessments module's page (能力评估) and the assessments tab of a resident's detail view.

#include "modules/UiModule.h"

namespace jinglao::ui {

class AssessmentsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("assessments"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
    QList<ResidentSectionSpec> residentSections() const override;
};

} // namespace jinglao::ui
