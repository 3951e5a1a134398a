#include "referrals/ReferralsUiModule.h"

#include "referrals/ReferralsPage.h"
#include "referrals/ResidentReferralsSection.h"

namespace jinglao::ui {

QList<Page*> ReferralsUiModule::createPages(AppContext& context, QWidget* parent) const
{
    return {new ReferralsPage(context, parent)};
}

QList<ResidentSectionSpec> ReferralsUiModule::residentSections() const
{
    return {{[] { return ResidentReferralsSection::tr("Referrals"); },
             [](AppContext& context, QWidget* parent) {
                 return new ResidentReferralsSection(context, parent);
             }}};
}

} // namespace jinglao::ui
