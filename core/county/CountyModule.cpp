#include "county/CountyModule.h"

#include "auth/Actor.h"
#include "common/Clock.h"
#include "county/CountyPackage.h"
#include "storage/Settings.h"

namespace jinglao::core {

QString CountyModule::title() const
{
    return tr("County packages");
}

QList<Alert> CountyModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ExportCountyPackage))
        return {};
    const QString last = Settings(db).value(CountyPackage::LastExportAtKey);
    if (last.isEmpty())
        return {{Alert::Severity::Info, id(), tr("No county package has been exported yet."), {}}};
    const QDate day = Clock::parseTimestamp(last).date();
    if (day.daysTo(today) > ExportAgeDays)
        return {{Alert::Severity::Warning,
                 id(),
                 tr("The last county package was exported on %1, more than %2 days ago.")
                     .arg(day.toString(Qt::ISODate))
                     .arg(ExportAgeDays),
                 {}}};
    return {};
}

QString CountyModule::settingLabel(const QString& key) const
{
    if (key == CountyPackage::LastExportSeqKey)
        return tr("Change sequence of the last county package");
    if (key == CountyPackage::LastExportAtKey)
        return tr("Time of the last county package");
    if (key == CountyPackage::LastExportFolderKey)
        return tr("Folder of the last county package");
    return {};
}

} // namespace jinglao::core
