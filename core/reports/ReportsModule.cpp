#include "reports/ReportsModule.h"

namespace jinglao::core {

QString ReportsModule::title() const
{
    return tr("Monthly report");
}

QStringList ReportsModule::countyFiles() const
{
    return {QStringLiteral("monthly_indicators.csv")};
}

} // namespace jinglao::core
