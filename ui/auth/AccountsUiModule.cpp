#include "auth/AccountsUiModule.h"

#include "audit/AuditPage.h"
#include "auth/UsersPage.h"

namespace jinglao::ui {

QList<Page*> AccountsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new AuditPage(context, parent), new UsersPage(context, parent)};
}

} // namespace jinglao::ui
