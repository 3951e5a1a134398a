#include "center/CenterUiModule.h"

#include "center/SettingsPage.h"

namespace jinglao::ui {

QList<Page*> CenterUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new SettingsPage(context, parent)};
}

} // namespace jinglao::ui
