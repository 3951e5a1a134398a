#include "storage/Migrator.h"

#include "common/Error.h"
#include "storage/Database.h"
#include "storage/MigrationSteps.h"
#include "storage/Sql.h"
#include "storage/SqlScript.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace jinglao::core {

QList<Migrator::Migration> Migrator::migrations()
{
    static const QList<Migration> cached = [] {
        QList<Migration> found;
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
        const QDir dir(QStringLiteral(":/jinglao/migrations"));
        const QStringList entries = dir.entryList(QDir::Files, QDir::Name);
        for (const QString& entry : entries) {
            const QRegularExpressionMatch match = pattern.match(entry);
            if (match.hasMatch())
                found.append({match.captured(1).toInt(), match.captured(2), dir.filePath(entry)});
        }
        std::sort(found.begin(), found.end(),
                  [](const Migration& a, const Migration& b) { return a.version < b.version; });
        for (qsizetype i = 0; i < found.size(); ++i)
            Q_ASSERT_X(found.at(i).version == i + 1, "Migrator",
                       "migration numbers must run 1, 2, 3 … without gaps");
        return found;
    }();
    return cached;
}

int Migrator::latestVersion()
{
    const QList<Migration> all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

void Migrator::migrate(Database& db, int targetVersion)
{
    const int target = targetVersion < 0 ? latestVersion() : targetVersion;
    if (db.schemaVersion() == target)
        return; // current: no write lock needed
    for (const Migration& migration : migrations()) {
        if (migration.version > target)
            break;
        // The version is read inside the write transaction: another program opening the same
        // file may have applied this step while this one waited for the lock.
        Transaction transaction(db);
        const int current = db.schemaVersion();
        if (current > latestVersion())
            throw Error::storage(
                tr("The database was written by a newer version of Jinglao (schema version %1; this "
                   "program knows up to %2).")
                    .arg(current)
                    .arg(latestVersion()));
        if (migration.version <= current) {
            transaction.commit();
            continue;
        }
        QFile file(migration.resourcePath);
        if (!file.open(QIODevice::ReadOnly))
            throw Error::storage(
                tr("The schema step %1 is missing from the program.").arg(migration.resourcePath));
        const QString script = QString::fromUtf8(file.readAll());
        try {
            sqlscript::run(db, script);
            if (const auto step = migrationsteps::after(migration.version))
                step(db);
        } catch (const Error& error) {
            throw Error::storage(
                tr("Upgrading the database to schema version %1 (%2) failed; the file was left "
                   "at version %3. %4")
                    .arg(migration.version)
                    .arg(migration.name)
                    .arg(current)
                    .arg(error.message()));
        }
        sql::execStatement(db, QStringLiteral("PRAGMA user_version = %1").arg(migration.version));
        transaction.commit();
    }
}

} // namespace jinglao::core
