#include "familybeds/FamilyBedsUiModule.h"

#include "familybeds/FamilyBedsPage.h"

namespace jinglao::ui {

QList<Page*> FamilyBedsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new FamilyBedsPage(context, parent)};
}

} // namespace jinglao::ui
