#pragma once
// Center-wide settings kept in the database file, so every PC that opens it agrees.
// Callers check their own permission; every change is audited.

#include "auth/Actor.h"

#include <QString>

namespace jinglao::core {

class Database;

class Settings {
public:
    static inline const QString FacilityCode = QStringLiteral("facility_code");
    static inline const QString FacilityName = QStringLiteral("facility_name");
    static inline const QString LastBackupAt = QStringLiteral("last_backup_at");
    static inline const QString LastBackupFile = QStringLiteral("last_backup_file");
    // How many daily backups the backups folder keeps (BackupService::keptDailyBackups).
    static inline const QString KeptDailyBackups = QStringLiteral("backup_keep_daily");

    explicit Settings(Database& db);

    QString value(const QString& key, const QString& fallback = {}) const;
    // Stores the value in its own transaction, or in the caller's when one is open.
    void setValue(const Actor& actor, const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace jinglao::core
