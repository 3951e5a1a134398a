#include "county/CountyUiModule.h"

#include "county/CountyPage.h"
#include "county/SyncPage.h"

namespace jinglao::ui {

QList<Page*> CountyUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new SyncPage(context, parent), new CountyPage(context, parent)};
}

} // namespace jinglao::ui
