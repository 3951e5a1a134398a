#include "roster/StaffRosterUiModule.h"

#include "roster/RosterPage.h"
#include "staff/StaffPage.h"

namespace jinglao::ui {

QList<Page*> StaffRosterUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new StaffPage(context, parent), new RosterPage(context, parent)};
}

} // namespace jinglao::ui
