// The user interface of every module of core::ModuleSet::standard(), in the same order (a test
// checks that each core module has one, with pages and translations).

#include "assessments/AssessmentsUiModule.h"
#include "auth/AccountsUiModule.h"
#include "center/CenterUiModule.h"
#include "county/CountyUiModule.h"
#include "familybeds/FamilyBedsUiModule.h"
#include "modules/UiModule.h"
#include "referrals/ReferralsUiModule.h"
#include "reports/ReportsUiModule.h"
#include "residents/ResidentsUiModule.h"
#include "roster/StaffRosterUiModule.h"
#include "shiftlog/ShiftLogUiModule.h"

namespace jinglao::ui {

UiModules UiModules::standard()
{
    return UiModules({
        std::make_shared<ResidentsUiModule>(),
        std::make_shared<AssessmentsUiModule>(),
        std::make_shared<StaffRosterUiModule>(),
        std::make_shared<ShiftLogUiModule>(),
        std::make_shared<FamilyBedsUiModule>(),
        std::make_shared<ReferralsUiModule>(),
        std::make_shared<ReportsUiModule>(),
        std::make_shared<CountyUiModule>(),
        std::make_shared<AccountsUiModule>(),
        std::make_shared<CenterUiModule>(),
    });
}

} // namespace jinglao::ui
