#include "auth/AuditQuery.h"

#include "auth/AuditLog.h"
#include "auth/AuditSubjects.h"
#include "auth/AuditedExport.h"
#include "auth/Privacy.h"
#include "common/CsvWriter.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/Sql.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace jinglao::core {

namespace {

QVariantMap parseValues(const QVariant& json)
{
    if (json.isNull())
        return {};
    return QJsonDocument::fromJson(json.toString().toUtf8()).object().toVariantMap();
}

// WHERE clause and its bound values; dates compare as text on the ISO timestamp prefix.
QString whereClause(const AuditFilter& filter, QVariantList* values)
{
    QStringList conditions;
    if (!filter.actor.isEmpty()) {
        conditions.append(QStringLiteral("actor = ?"));
        values->append(filter.actor);
    }
    if (!filter.table.isEmpty()) {
        conditions.append(QStringLiteral("table_name = ?"));
        values->append(filter.table);
    }
    if (!filter.recordUid.isEmpty()) {
        conditions.append(QStringLiteral("record_uid = ?"));
        values->append(filter.recordUid);
    }
    if (!filter.action.isEmpty()) {
        conditions.append(QStringLiteral("action = ?"));
        values->append(filter.action);
    }
    if (filter.from.isValid()) {
        conditions.append(QStringLiteral("at >= ?"));
        values->append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        conditions.append(QStringLiteral("at < ?"));
        values->append(filter.to.addDays(1).toString(Qt::ISODate));
    }
    return conditions.isEmpty() ? QString()
                                : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

AuditEntry entryFromRow(const Actor& actor, const QVariantMap& row)
{
    AuditEntry entry;
    entry.id = row.value(QStringLiteral("id")).toLongLong();
    entry.at = row.value(QStringLiteral("at")).toString();
    entry.actor = row.value(QStringLiteral("actor")).toString();
    entry.action = row.value(QStringLiteral("action")).toString();
    entry.table = row.value(QStringLiteral("table_name")).toString();
    entry.recordUid = row.value(QStringLiteral("record_uid")).toString();
    entry.oldValues = privacy::shownRecordValues(actor, parseValues(row.value(QStringLiteral("old_values"))));
    entry.newValues = privacy::shownRecordValues(actor, parseValues(row.value(QStringLiteral("new_values"))));
    entry.detail = row.value(QStringLiteral("detail")).toString();
    return entry;
}

QString valuesText(const QVariantMap& values)
{
    return values.isEmpty() ? QString() : AuditLog::toJson(values);
}

} // namespace

AuditQuery::AuditQuery(Database& db)
    : m_db(db)
{}

QList<AuditEntry> AuditQuery::entries(const Actor& actor, const AuditFilter& filter, qint64 beforeId,
                                      int limit) const
{
    actor.require(Permission::ViewAudit);
    QVariantList values;
    QString where = whereClause(filter, &values);
    if (beforeId > 0) {
        where += where.isEmpty() ? QStringLiteral(" WHERE id < ?") : QStringLiteral(" AND id < ?");
        values.append(beforeId);
    }
    values.append(limit);
    QList<AuditEntry> result;
    QSqlQuery query = sql::exec(
        m_db, QStringLiteral("SELECT * FROM audit_log%1 ORDER BY id DESC LIMIT ?").arg(where), values);
    while (query.next())
        result.append(entryFromRow(actor, sql::currentRow(query)));
    AuditSubjects(m_db).describe(actor, result);
    return result;
}

qint64 AuditQuery::count(const Actor& actor, const AuditFilter& filter) const
{
    actor.require(Permission::ViewAudit);
    QVariantList values;
    const QString where = whereClause(filter, &values);
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM audit_log%1").arg(where), values)
        .toLongLong();
}

QStringList AuditQuery::actors(const Actor& actor) const
{
    actor.require(Permission::ViewAudit);
    QStringList result;
    // Each next name is one seek in the index (audit_log_by_actor), not a read of the whole log.
    for (const QVariantMap& row : sql::rows(
             m_db, QStringLiteral(
                       "WITH RECURSIVE names(actor) AS (SELECT min(actor) FROM audit_log UNION ALL "
                       "SELECT (SELECT min(actor) FROM audit_log WHERE actor > names.actor) FROM names "
                       "WHERE names.actor IS NOT NULL) SELECT actor FROM names WHERE actor IS NOT NULL")))
        result.append(row.value(QStringLiteral("actor")).toString());
    return result;
}

QStringList AuditQuery::tables(const Actor& actor) const
{
    actor.require(Permission::ViewAudit);
    QStringList result;
    // As actors(), by seeks in audit_log_by_record.
    for (const QVariantMap& row :
         sql::rows(m_db, QStringLiteral(
                             "WITH RECURSIVE names(table_name) AS (SELECT min(table_name) FROM audit_log "
                             "UNION ALL SELECT (SELECT min(table_name) FROM audit_log WHERE table_name > "
                             "names.table_name) FROM names WHERE names.table_name IS NOT NULL) SELECT "
                             "table_name FROM names WHERE table_name IS NOT NULL")))
        result.append(row.value(QStringLiteral("table_name")).toString());
    return result;
}

qint64 AuditQuery::exportCsv(const Actor& actor, const AuditFilter& filter, const QString& path) const
{
    actor.require(Permission::ViewAudit);
    QStringList scope;
    for (const QString& part : {filter.actor, filter.table, filter.recordUid, filter.action}) {
        if (!part.isEmpty())
            scope.append(part);
    }
    if (filter.from.isValid() || filter.to.isValid())
        scope.append(filter.from.toString(Qt::ISODate) + QStringLiteral("..") +
                     filter.to.toString(Qt::ISODate));
    const AuditedExport::What what{QStringLiteral("audit_csv"), QStringLiteral("audit_log"),
                                   scope.isEmpty() ? QStringLiteral("all") : scope.join(QLatin1Char(' '))};
    return AuditedExport::run(m_db, actor, what, path, [&](OutputFile& output) {
        CsvWriter writer(&output.device(), privacy::FormulaRule::Spreadsheet);
        writer.writeRow({tr("No."), tr("Time"), tr("User"), tr("Action"), tr("Table"), tr("Record"),
                         tr("What"), tr("Old values"), tr("New values"), tr("Detail")});
        constexpr int chunk = 500;
        qint64 written = 0;
        qint64 beforeId = 0;
        for (;;) {
            const QList<AuditEntry> batch = entries(actor, filter, beforeId, chunk);
            for (const AuditEntry& entry : batch) {
                // A file leaves the program's access control: personal data in it is masked
                // whoever exports it (only the county package carries it in full).
                writer.writeRow(
                    {QString::number(entry.id), entry.at, entry.actor, AuditLog::actionLabel(entry.action),
                     entry.table.isEmpty() ? QString() : AuditSubjects::tableLabel(entry.table),
                     entry.recordUid, entry.subject, valuesText(privacy::maskedRecordValues(entry.oldValues)),
                     valuesText(privacy::maskedRecordValues(entry.newValues)), entry.detail});
                ++written;
            }
            if (batch.size() < chunk)
                break;
            beforeId = batch.constLast().id;
        }
        return written;
    });
}

QString AuditQuery::valueText(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return tr("(no value)");
    return value.toString();
}

QList<AuditFieldChange> AuditQuery::fieldChanges(const AuditEntry& entry)
{
    QSet<QString> names;
    for (auto it = entry.oldValues.cbegin(); it != entry.oldValues.cend(); ++it)
        names.insert(it.key());
    for (auto it = entry.newValues.cbegin(); it != entry.newValues.cend(); ++it)
        names.insert(it.key());
    QStringList sorted(names.cbegin(), names.cend());
    std::sort(sorted.begin(), sorted.end());
    QList<AuditFieldChange> changes;
    // A field absent from one side (the old side of a new record) shows nothing; a field that was
    // NULL shows "(no value)", unlike an empty text.
    auto side = [](const QVariantMap& values, const QString& name) {
        return values.contains(name) ? valueText(values.value(name)) : QString();
    };
    for (const QString& name : sorted)
        changes.append({name, side(entry.oldValues, name), side(entry.newValues, name)});
    return changes;
}

} // namespace jinglao::core
