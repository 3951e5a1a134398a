#pragma once
// Copies the open database into a backup file with VACUUM INTO, reopens the copy and checks it,
// then moves it over the target atomically (see OutputFile). A failed backup leaves no
// half-written file behind and the previous backup whole.

#include "auth/Actor.h"

#include <QCoreApplication>
#include <QString>

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

    // Writes a verified copy to target (replacing an older file there atomically). Throws Error.
    Result backup(const Actor& actor, const QString& target);
    // A file name for a backup made now, e.g. jinglao-20261123-1530.sqlite beside the database.
    QString suggestedPath() const;

    // Reopens a file read-only and runs integrity_check; returns an empty string when sound,
    // otherwise what is wrong.
    static QString verify(const QString& path, int expectedSchemaVersion);

private:
    Database& m_db;
};

} // namespace jinglao::core
