#pragma once
// Puts a backup in the database's place. The backup is checked before anything is replaced (a
// sound SQLite file, a Jinglao database, a schema this program can read); the current database is
// backed up first into the backups folder, or, when it is damaged, kept aside under a new name,
// never overwritten. The file is replaced atomically: a power cut leaves the old file or the new
// one. Another program holding the database open is refused, since it would go on writing to the
// file that was replaced.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace jinglao::core {

class RestoreService {
    Q_DECLARE_TR_FUNCTIONS(RestoreService)

public:
    // What a backup holds, for the question before a restore.
    struct BackupInfo {
        QString path;
        int schemaVersion = 0;
        qint64 bytes = 0;
        QDateTime written;    // when the file was last written
        QString lastChangeAt; // the newest audit entry in it (ISO timestamp), empty if none
        QString centerName;   // the center's name in it, empty if none
        qint64 residents = 0; // residents in it, current and former
    };
    struct Result {
        QString restoredFrom;
        QString previousKeptAs; // the backup of the replaced database, or where the damaged file went
        bool previousWasDamaged = false;
    };

    // Reads a backup read-only and checks it. Throws Error::validation naming the file and what is
    // wrong with it (not found, not a database, damaged, another program's, a newer version).
    static BackupInfo inspect(const QString& backupPath);
    // inspect() of a backup meant to replace the database at databasePath: the database itself
    // (or one of its side files) is refused as no backup of it. What restore() checks first.
    static BackupInfo inspectFor(const QString& databasePath, const QString& backupPath);
    // Replaces the database at databasePath (which this process must have closed) with a copy of
    // the backup: needs Permission::Restore. A damaged database is moved aside instead of being
    // backed up. Throws Error::conflict when another program has the database open,
    // Error::validation for an unusable backup, Error::storage when a file cannot be written.
    static Result restore(const Actor& actor, const QString& databasePath, const QString& backupPath);
    // The newest backup of the database in its backups folder that passes inspect(), if any.
    static std::optional<BackupInfo> newestGoodBackup(const QString& databasePath);

    static QString backupFileLabel();

private:
    static Result replaceDamaged(const QString& databasePath, const QString& backupPath);
    static void putInPlace(const QString& databasePath, const QString& backupPath);
    static void recordRestore(const Actor& actor, const QString& databasePath, const Result& result);
};

} // namespace jinglao::core
