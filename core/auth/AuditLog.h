#pragma once
// The append-only record of who did what and when. RecordWriter writes one row per changed
// record inside the same transaction as the change; events (logins, exports …) are written here.

#include "auth/Actor.h"

#include <QString>
#include <QVariantMap>

namespace jinglao::core {

class Database;

class AuditLog {
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

    static QString actionCode(Action action);

    static void recordChange(Database& db, const Actor& actor, Action action, const QString& table,
                             const QString& recordUid, const QVariantMap& oldValues,
                             const QVariantMap& newValues);
    static void recordEvent(Database& db, const Actor& actor, Action action, const QString& detail,
                            const QString& table = {}, const QString& recordUid = {});
    // Like recordEvent, but in a transaction of its own (an event that is not part of a write).
    static void recordEventNow(Database& db, const Actor& actor, Action action, const QString& detail);

    static QString toJson(const QVariantMap& values);
};

} // namespace jinglao::core
