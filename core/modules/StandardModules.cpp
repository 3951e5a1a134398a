// The modules of jinglao_core, in the order people meet them: the navigation lists their pages in
// this order and the command line's help their commands. Demo steps run by phase, not by this
// order (see DemoStep). A new module is added here, and its UI and commands in
// ui/modules/StandardUiModules.cpp and app/cli/CliContext.cpp.

#include "assessments/AssessmentsModule.h"
#include "auth/AccountsModule.h"
#include "center/CenterModule.h"
#include "county/CountyModule.h"
#include "familybeds/FamilyBedsModule.h"
#include "modules/ModuleSet.h"
#include "referrals/ReferralsModule.h"
#include "reports/ReportsModule.h"
#include "residents/ResidentsModule.h"
#include "roster/StaffRosterModule.h"
#include "shiftlog/ShiftLogModule.h"

namespace jinglao::core {

ModuleSet ModuleSet::standard()
{
    return ModuleSet({
        std::make_shared<ResidentsModule>(),
        std::make_shared<AssessmentsModule>(),
        std::make_shared<StaffRosterModule>(),
        std::make_shared<ShiftLogModule>(),
        std::make_shared<FamilyBedsModule>(),
        std::make_shared<ReferralsModule>(),
        std::make_shared<ReportsModule>(),
        std::make_shared<CountyModule>(),
        std::make_shared<AccountsModule>(),
        std::make_shared<CenterModule>(),
    });
}

} // namespace jinglao::core
