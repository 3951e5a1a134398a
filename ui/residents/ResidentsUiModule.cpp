#include "residents/ResidentsUiModule.h"

#include "beds/BedsPage.h"
#include "residents/ResidentsPage.h"

namespace jinglao::ui {

QList<Page*> ResidentsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new ResidentsPage(context, parent), new BedsPage(context, parent)};
}

} // namespace jinglao::ui
