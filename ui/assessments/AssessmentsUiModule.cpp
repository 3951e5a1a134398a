#include "assessments/AssessmentsUiModule.h"

#include "assessments/AssessmentsPage.h"
#include "assessments/ResidentAssessmentsSection.h"

namespace jinglao::ui {

QList<Page*> AssessmentsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new AssessmentsPage(context, parent)};
}

QList<ResidentSectionSpec> AssessmentsUiModule::residentSections() const
{
    return {{[] { return ResidentAssessmentsSection::tr("Assessments"); },
             [](AppContext& context, QWidget* parent) {
                 return new ResidentAssessmentsSection(context, parent);
             }}};
}

} // namespace jinglao::ui
