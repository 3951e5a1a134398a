#pragma once
// The append-only record of who did what and when. RecordWriter writes one row per changed
// record inside the same transaction as the change; events (logins, exports …) are written here.

#include "auth/Actor.h"
#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace jinglao::core {

class Database;

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(AuditLog)

public:
    enum class Action {
        Insert,
        Update,
        Delete,
        Login,
        LoginFailed,
        Lockout,
        Logout,
        Export,
        Import,
        Backup,
        Other
    };

    static void recordChange(Database& db, const Actor& actor, Action action, const QString& table,
                             const QString& recordUid, const QVariantMap& oldValues,
                             const QVariantMap& newValues);
    static void recordEvent(Database& db, const Actor& actor, Action action, const QString& detail,
                            const QString& table = {}, const QString& recordUid = {});
    // Like recordEvent, but in a transaction of its own (an event that is not part of a write).
    static void recordEventNow(Database& db, const Actor& actor, Action action, const QString& detail);
    // An EXPORT event: which kind of document, of which table's records, for which period or
    // filter (scope), how many records and which file. Written as readable detail and as
    // new_values {kind, scope, records, file}. Use it through AuditedExport.
    static void recordExport(Database& db, const Actor& actor, const QString& kind, const QString& table,
                             const QString& scope, qint64 records, const QString& file);

    // The action of a stored code as people read it (创建, 修改 …); an unknown code reads as Other.
    static QString actionLabel(const QString& code);

    static QString toJson(const QVariantMap& values);
};

// INSERT, UPDATE, DELETE, LOGIN … (audit_log.action) ↔ 创建, 修改, 删除, 登录 …
const CodeTable<AuditLog::Action>& auditActionCodes();

} // namespace jinglao::core
