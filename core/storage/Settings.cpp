#include "storage/Settings.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

namespace jinglao::core {

Settings::Settings(Database& db)
    : m_db(db)
{}

QString Settings::value(const QString& key, const QString& fallback) const
{
    const QVariant stored =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    return stored.isValid() ? stored.toString() : fallback;
}

void Settings::setValue(const Actor& actor, const QString& key, const QString& value)
{
    Transaction transaction(m_db);
    const QVariant old = sql::scalar(m_db, QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (old.isValid() && old.toString() == value) {
        transaction.commit();
        return;
    }
    sql::exec(m_db,
              QStringLiteral(
                  "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"),
              {key, value, Clock::nowTimestamp()});
    AuditLog::recordChange(m_db, actor, old.isValid() ? AuditLog::Action::Update : AuditLog::Action::Insert,
                           QStringLiteral("settings"), key,
                           old.isValid() ? QVariantMap{{QStringLiteral("value"), old}} : QVariantMap(),
                           {{QStringLiteral("value"), value}});
    transaction.commit();
}

} // namespace jinglao::core
