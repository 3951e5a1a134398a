#include "auth/AuditLog.h"

#include "auth/AuditChain.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace jinglao::core {

const CodeTable<AuditLog::Action>& auditActionCodes()
{
    using Action = AuditLog::Action;
    static const CodeTable<Action> table(
        "AuditLog", {{Action::Insert, "INSERT", QT_TRANSLATE_NOOP("AuditLog", "Created")},
                     {Action::Update, "UPDATE", QT_TRANSLATE_NOOP("AuditLog", "Changed")},
                     {Action::Delete, "DELETE", QT_TRANSLATE_NOOP("AuditLog", "Deleted")},
                     {Action::Login, "LOGIN", QT_TRANSLATE_NOOP("AuditLog", "Login")},
                     {Action::LoginFailed, "LOGIN_FAILED", QT_TRANSLATE_NOOP("AuditLog", "Failed login")},
                     {Action::Lockout, "LOCKOUT", QT_TRANSLATE_NOOP("AuditLog", "Account locked")},
                     {Action::Logout, "LOGOUT", QT_TRANSLATE_NOOP("AuditLog", "Logout")},
                     {Action::Export, "EXPORT", QT_TRANSLATE_NOOP("AuditLog", "Export")},
                     {Action::Import, "IMPORT", QT_TRANSLATE_NOOP("AuditLog", "Import")},
                     {Action::Backup, "BACKUP", QT_TRANSLATE_NOOP("AuditLog", "Backup")},
                     {Action::Other, "OTHER", QT_TRANSLATE_NOOP("AuditLog", "Other")}});
    return table;
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
    AuditChain::append(db, {0, Clock::nowTimestamp(), actor.name(), auditActionCodes().code(action), table,
                            recordUid, oldValues.isEmpty() ? QVariant() : QVariant(toJson(oldValues)),
                            newValues.isEmpty() ? QVariant() : QVariant(toJson(newValues)), QVariant()});
}

void AuditLog::recordEvent(Database& db, const Actor& actor, Action action, const QString& detail,
                           const QString& table, const QString& recordUid)
{
    AuditChain::append(db, {0, Clock::nowTimestamp(), actor.name(), auditActionCodes().code(action),
                            table.isEmpty() ? QVariant() : QVariant(table),
                            recordUid.isEmpty() ? QVariant() : QVariant(recordUid), QVariant(), QVariant(),
                            detail});
}

void AuditLog::recordExport(Database& db, const Actor& actor, const QString& kind, const QString& table,
                            const QString& scope, qint64 records, const QString& file)
{
    const QVariantMap values{{QStringLiteral("kind"), kind},
                             {QStringLiteral("scope"), scope},
                             {QStringLiteral("records"), records},
                             {QStringLiteral("file"), file}};
    AuditChain::append(db, {0, Clock::nowTimestamp(), actor.name(), auditActionCodes().code(Action::Export),
                            table.isEmpty() ? QVariant() : QVariant(table), QVariant(), QVariant(),
                            toJson(values),
                            QStringLiteral("%1 %2, %3 records: %4").arg(kind, scope).arg(records).arg(file)});
}

QString AuditLog::actionLabel(const QString& code)
{
    return auditActionCodes().label(auditActionCodes().fromCode(code).value_or(Action::Other));
}

void AuditLog::recordEventNow(Database& db, const Actor& actor, Action action, const QString& detail)
{
    Transaction transaction(db);
    recordEvent(db, actor, action, detail);
    transaction.commit();
}

} // namespace jinglao::core
