#include "residents/ResidentsModule.h"

#include "beds/BedChecks.h"
#include "beds/BedService.h"
#include "demo/DemoGenerator.h"

namespace jinglao::core {

QString ResidentsModule::title() const
{
    return tr("Residents and beds");
}

QList<DemoStep> ResidentsModule::demoSteps() const
{
    return {{QStringLiteral("beds"), DemoStep::Places, &DemoGenerator::bedsStep},
            {QStringLiteral("residents"), DemoStep::Places, &DemoGenerator::residentsStep}};
}

void ResidentsModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    BedChecks::run(db, findings);
}

QList<Alert> ResidentsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    const BedSummary beds = BedService(db).summaryOn(actor, today);
    if (!beds.nursingRatioBelowTarget())
        return {};
    //: %1 the nursing-bed ratio now, %2 the target, both in percent
    return {{Alert::Severity::Warning,
             id(),
             tr("Nursing beds are %1% of the beds in service, below the target of %2% (%3 of %4).")
                 .arg(beds.nursingRatio() * 100.0, 0, 'f', 1)
                 .arg(BedSummary::NursingRatioTarget * 100.0, 0, 'f', 0)
                 .arg(beds.nursing)
                 .arg(beds.inService),
             {}}};
}

QStringList ResidentsModule::countyFiles() const
{
    return {QStringLiteral("beds.csv"), QStringLiteral("residents.csv")};
}

} // namespace jinglao::core
