#pragma once
// Copies the open database into a backup file with VACUUM INTO, reopens the copy and checks it,
// then moves it over the target atomically (see OutputFile). A failed backup leaves no
// half-written file behind and the previous backup whole.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace jinglao::core {

class Database;

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(BackupService)

public:
    struct Result {
        QString path;
        qint64 bytes = 0;
        int schemaVersion = 0;
        // False when the copy was made but its time could not be noted (read-only database).
        bool recorded = true;
    };

    explicit BackupService(Database& db);

    // Writes a verified copy to target (replacing an older file there atomically), notes its time
    // and audits it. Needs Permission::Backup. Throws Error.
    Result backup(const Actor& actor, const QString& target);
    // The same copy, neither noted nor audited: the one made before an upgrade, while the file is
    // still at an older schema. Throws Error.
    Result copy(const QString& target);
    // The program's own backup of the day, whoever is logged in: when the backups folder holds none
    // for today, writes one there (noted and audited as actor's), then removes the daily backups
    // beyond the newest keptDailyBackups(). Nothing when one exists or the file is read-only.
    std::optional<Result> dailyIfDue(const Actor& actor);
    // A backup into the backups folder before an import or a restore (noted and audited).
    Result backupBefore(const Actor& actor, bool restore);

    // How many daily backups are kept (setting backup_keep_daily, 30 unless set).
    int keptDailyBackups() const;
    // Needs ManageSettings; 1 to 3650, otherwise Error::validation naming the value.
    void setKeptDailyBackups(const Actor& actor, int count);
    static constexpr int DefaultKeptDailyBackups = 30;
    static constexpr int MostKeptDailyBackups = 3650;
    static QString keptDailyBackupsLabel();
    // A file name for a backup made now, e.g. jinglao-20261123-1530.sqlite beside the database.
    QString suggestedPath() const;

    // Reopens a file read-only and runs integrity_check; returns an empty string when sound,
    // otherwise what is wrong.
    static QString verify(const QString& path, int expectedSchemaVersion);

private:
    // Notes the time and file of a backup and audits it (detail: what it was made for).
    void record(const Actor& actor, Result& result, const QString& occasion);

    Database& m_db;
};

} // namespace jinglao::core
