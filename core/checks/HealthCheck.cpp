#include "checks/HealthCheck.h"

#include "auth/AuditChain.h"
#include "checks/RecordRuleChecks.h"
#include "checks/SchemaObjectsCheck.h"
#include "modules/ModuleSet.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <algorithm>

namespace jinglao::core {

HealthCheck::HealthCheck(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

int HealthCheck::problemCount(const QList<Finding>& findings)
{
    int count = 0;
    for (const Finding& finding : findings)
        count += finding.problems;
    return count;
}

QList<HealthCheck::Finding> HealthCheck::run() const
{
    QList<Finding> findings;
    checkIntegrity(findings);
    checkForeignKeys(findings);
    checkRecordConventions(findings);
    SchemaObjectsCheck::run(m_db, findings);
    AuditChain::check(m_db, findings);
    // The rules the file itself enforces since schema 7, then each module's own checks.
    RecordRuleChecks::run(m_db, findings);
    m_modules.check(m_db, findings);
    return findings;
}

void HealthCheck::appendListed(QList<Finding>& findings, const QString& check, const QStringList& messages,
                               int listed)
{
    const qsizetype shown = listed < 0 ? messages.size() : std::min<qsizetype>(listed, messages.size());
    for (qsizetype i = 0; i < shown; ++i)
        findings.append({check, messages.at(i)});
    if (messages.size() > shown)
        findings.append({check, tr("… and %n more like these.", nullptr, int(messages.size() - shown)),
                         int(messages.size() - shown)});
}

void HealthCheck::checkIntegrity(QList<Finding>& findings) const
{
    QSqlQuery query = sql::exec(m_db, QStringLiteral("PRAGMA integrity_check"));
    while (query.next()) {
        const QString line = query.value(0).toString();
        if (line != QStringLiteral("ok"))
            findings.append(
                {QStringLiteral("integrity_check"), tr("Damaged database structure: %1").arg(line), 1, true});
    }
}

void HealthCheck::checkForeignKeys(QList<Finding>& findings) const
{
    QSqlQuery query = sql::exec(m_db, QStringLiteral("PRAGMA foreign_key_check"));
    while (query.next()) {
        findings.append(
            {QStringLiteral("foreign_key_check"),
             tr("Row %1 of table %2 refers to a missing record in %3.")
                 .arg(query.value(1).toString(), query.value(0).toString(), query.value(2).toString())});
    }
}

void HealthCheck::checkRecordConventions(QList<Finding>& findings) const
{
    // Every table carrying change_seq must stay below the database-wide counter, or an
    // incremental county export would miss its changes.
    const qint64 counter =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")).toLongLong();
    const QList<QVariantMap> tables = sql::rows(
        m_db, QStringLiteral(
                  "SELECT m.name AS name FROM sqlite_schema m WHERE m.type = 'table' AND EXISTS "
                  "(SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'change_seq') ORDER BY m.name"));
    for (const QVariantMap& table : tables) {
        const QString name = table.value(QStringLiteral("name")).toString();
        if (!sql::isIdentifier(name))
            continue;
        const qint64 highest =
            sql::scalar(m_db, QStringLiteral("SELECT coalesce(max(change_seq), 0) FROM %1").arg(name))
                .toLongLong();
        if (highest > counter)
            findings.append({QStringLiteral("change_sequence"),
                             tr("Table %1 has change number %2, above the database counter %3.")
                                 .arg(name)
                                 .arg(highest)
                                 .arg(counter)});
        const qint64 missingUid =
            sql::scalar(m_db,
                        QStringLiteral("SELECT count(*) FROM %1 WHERE uid IS NULL OR uid = ''").arg(name))
                .toLongLong();
        if (missingUid > 0)
            findings.append({QStringLiteral("uid"),
                             tr("Table %1 has %2 records without a uid.").arg(name).arg(missingUid)});
    }
}

} // namespace jinglao::core
