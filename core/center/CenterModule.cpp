#include "center/CenterModule.h"

#include "center/CenterService.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Settings.h"

namespace jinglao::core {

QString CenterModule::title() const
{
    return tr("The center");
}

QList<DemoStep> CenterModule::demoSteps() const
{
    return {{QStringLiteral("facility"), DemoStep::Center, &DemoGenerator::facilityStep}};
}

QList<Alert> CenterModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    QList<Alert> alerts;
    if (actor.can(Permission::ManageSettings) && CenterService(db).profile().facilityCode.isEmpty())
        alerts.append({Alert::Severity::Info,
                       id(),
                       tr("The center has no facility code yet; the county package needs it. Enter it under "
                          "Settings."),
                       {}});
    if (actor.can(Permission::Backup)) {
        const QString last = Settings(db).value(Settings::LastBackupAt);
        const QDate lastDay = Clock::parseTimestamp(last).date();
        const int age = static_cast<int>(lastDay.daysTo(today));
        if (last.isEmpty())
            alerts.append({Alert::Severity::Warning, id(), tr("The database has never been backed up."), {}});
        else if (age > BackupAgeDays)
            alerts.append(
                {Alert::Severity::Warning, id(), tr("The last backup is %n day(s) old.", nullptr, age), {}});
    }
    return alerts;
}

} // namespace jinglao::core
