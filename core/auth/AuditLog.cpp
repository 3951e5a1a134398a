#include "auth/AuditLog.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

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
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(values)).toJson(QJsonDocument::Compact));
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

void AuditLog::recordEventNow(Database& db, const Actor& actor, Action action, const QString& detail)
{
    Transaction transaction(db);
    recordEvent(db, actor, action, detail);
    transaction.commit();
}

} // namespace jinglao::core
