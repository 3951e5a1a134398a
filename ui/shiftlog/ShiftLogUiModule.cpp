#include "shiftlog/ShiftLogUiModule.h"

#include "shiftlog/ResidentShiftLogSection.h"
#include "shiftlog/ShiftLogPage.h"

namespace jinglao::ui {

QList<Page*> ShiftLogUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new ShiftLogPage(context, parent)};
}

QList<ResidentSectionSpec> ShiftLogUiModule::residentSections() const
{
    return {{[] { return ResidentShiftLogSection::tr("Shift log"); },
             [](AppContext& context, QWidget* parent) {
                 return new ResidentShiftLogSection(context, parent);
             }}};
}

} // namespace jinglao::ui
