#include "auth/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace jinglao::core {

QString AuditLog::actionCode(Action action)
{
    switch (action) {
    case Action::Insert:
        return QStringLiteral("INSERT");
    case Action::Update:
        return QStringLiteral("UPDATE");
    case Action::Delete:
        return QStringLiteral("DELETE");
    case Action::Login:
        return QStringLiteral("LOGIN");
    case Action::LoginFailed:
        return QStringLiteral("LOGIN_FAILED");
    case Action::Lockout:
        return QStringLiteral("LOCKOUT");
    case Action::Logout:
        return QStringLiteral("LOGOUT");
    case Action::Export:
        return QStringLiteral("EXPORT");
    case Action::Import:
        return QStringLiteral("IMPORT");
    case Action::Backup:
        return QStringLiteral("BACKUP");
    case Action::Other:
        return QStringLiteral("OTHER");
    }
    return QStringLiteral("OTHER");
}

QString AuditLog::toJson(const QVariantMap& values)
{
    if (values.isEmpty())
        return {};
    // A NULL column (a null QVariant of any type, as QtSql returns it) is JSON null, not "":
    // QJsonValue::fromVariant would turn a null QString into an empty string.
    QJsonObject object;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        object.insert(it.key(), it.value().isNull() ? QJsonValue(QJsonValue::Null)
                                                    : QJsonValue::fromVariant(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void AuditLog::recordChange(Database& db, const Actor& actor, Action action, const QString& table,
                            const QString& recordUid, const QVariantMap& oldValues,
                            const QVariantMap& newValues)
{
    sql::execCached(
        db,
        QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, table_name, record_uid, old_values, new_values) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {Clock::nowTimestamp(), actor.name(), actionCode(action), table, recordUid,
         oldValues.isEmpty() ? QVariant() : QVariant(toJson(oldValues)),
         newValues.isEmpty() ? QVariant() : QVariant(toJson(newValues))});
}

void AuditLog::recordEvent(Database& db, const Actor& actor, Action action, const QString& detail,
                           const QString& table, const QString& recordUid)
{
    sql::execCached(
        db,
        QStringLiteral("INSERT INTO audit_log (at, actor, action, table_name, record_uid, detail) "
                       "VALUES (?, ?, ?, ?, ?, ?)"),
        {Clock::nowTimestamp(), actor.name(), actionCode(action),
         table.isEmpty() ? QVariant() : QVariant(table),
         recordUid.isEmpty() ? QVariant() : QVariant(recordUid), detail});
}

void AuditLog::recordExport(Database& db, const Actor& actor, const QString& kind, const QString& table,
                            const QString& scope, qint64 records, const QString& file)
{
    const QVariantMap values{{QStringLiteral("kind"), kind},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("records"), records},
                             {QStringLiteral("file"), file}};
    sql::execCached(
        db,
        QStringLiteral(
            "INSERT INTO audit_log (at, actor, action, table_name, record_uid, new_values, detail) "
            "VALUES (?, ?, ?, ?, NULL, ?, ?)"),
        {Clock::nowTimestamp(), actor.name(), actionCode(Action::Export),
         table.isEmpty() ? QVariant() : QVariant(table), toJson(values),
         QStringLiteral("%1 %2, %3 records: %4").arg(kind, scope).arg(records).arg(file)});
}

QString AuditLog::actionLabel(const QString& code)
{
    if (code == QStringLiteral("INSERT"))
        return tr("Created");
    if (code == QStringLiteral("UPDATE"))
        return tr("Changed");
    if (code == QStringLiteral("DELETE"))
        return tr("Deleted");
    if (code == QStringLiteral("LOGIN"))
        return tr("Login");
    if (code == QStringLiteral("LOGIN_FAILED"))
        return tr("Failed login");
    if (code == QStringLiteral("LOCKOUT"))
        return tr("Account locked");
    if (code == QStringLiteral("LOGOUT"))
        return tr("Logout");
    if (code == QStringLiteral("EXPORT"))
        return tr("Export");
    if (code == QStringLiteral("IMPORT"))
        return tr("Import");
    if (code == QStringLiteral("BACKUP"))
        return tr("Backup");
    return tr("Other");
}

void AuditLog::recordEventNow(Database& db, const Actor& actor, Action action, const QString& detail)
{
    Transaction transaction(db);
    recordEvent(db, actor, action, detail);
    transaction.commit();
}

} // namespace jinglao::core
