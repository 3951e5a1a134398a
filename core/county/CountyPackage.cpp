#include "county/CountyPackage.h"

#include "auth/Actor.h"
#include "storage/Sql.h"

#include <algorithm>

namespace jinglao::core {

QString CountyPackage::modeCode(Mode mode)
{
    return mode == Mode::Full ? QStringLiteral("full") : QStringLiteral("incremental");
}

QString CountyPackage::modeLabel(Mode mode)
{
    return mode == Mode::Full ? tr("Full") : tr("Changes since the last export");
}

QList<CountyFile> CountyPackage::files(const ModuleSet& modules)
{
    QList<CountyFile> all;
    for (const auto& module : modules.modules())
        all += module->countyFiles();
    std::stable_sort(all.begin(), all.end(),
                     [](const CountyFile& a, const CountyFile& b) { return a.importOrder < b.importOrder; });
    return all;
}

QStringList CountyPackage::requiredManifestKeys()
{
    return {QStringLiteral("format_version"), QStringLiteral("facility_code"),
            QStringLiteral("facility_name"),  QStringLiteral("generated_at"),
            QStringLiteral("mode"),           QStringLiteral("since_seq"),
            QStringLiteral("until_seq"),      QStringLiteral("encoding")};
}

QList<CountyPackage::HistoryEntry> CountyPackage::history(const Database& db, const Actor& actor, int limit)
{
    if (!actor.can(Permission::ExportCountyPackage) && !actor.can(Permission::ImportCountyPackage))
        actor.require(Permission::ExportCountyPackage);
    QList<HistoryEntry> entries;
    for (const QVariantMap& row :
         sql::rows(db,
                   QStringLiteral(
                       "SELECT at, actor, action, detail FROM audit_log WHERE (action = 'EXPORT' AND "
                       "json_extract(new_values, '$.kind') = ?) OR (action = 'IMPORT' AND table_name = ?) "
                       "ORDER BY id DESC LIMIT ?"),
                   {AuditTable, AuditTable, limit}))
        entries.append({row.value(QStringLiteral("at")).toString(),
                        row.value(QStringLiteral("actor")).toString(),
                        row.value(QStringLiteral("action")).toString() == QLatin1String("EXPORT"),
                        row.value(QStringLiteral("detail")).toString()});
    return entries;
}

} // namespace jinglao::core
