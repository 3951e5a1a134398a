#pragma once
// Brings a database to the latest schema: the numbered SQL files embedded under
// :/jinglao/migrations (0001_name.sql, 0002_…), each applied in its own transaction and
// recorded in PRAGMA user_version.

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;

class Migrator {
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    struct Migration {
        int version;
        QString name;
        QString resourcePath;
    };

    static QList<Migration> migrations();
    static int latestVersion();
    // Applies every migration above the file's version; up to targetVersion when given (tests).
    static void migrate(Database& db, int targetVersion = -1);
};

} // namespace jinglao::core
