#include "reports/ReportsUiModule.h"

#include "reports/ReportPage.h"

namespace jinglao::ui {

QList<Page*> ReportsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new ReportPage(context, parent)};
}

} // namespace jinglao::ui
