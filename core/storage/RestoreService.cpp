#include "storage/RestoreService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/Migrator.h"
#include "storage/OutputFile.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QUuid>

namespace jinglao::core {

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath());
}

// A name beside path that nothing has yet: path + suffix, then with -2, -3 … appended.
QString freeName(const QString& path, const QString& suffix)
{
    QString candidate = path + suffix;
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = path + suffix + QStringLiteral("-%1").arg(n);
    return candidate;
}

} // namespace

QString RestoreService::backupFileLabel()
{
    return tr("Backup file");
}

RestoreService::BackupInfo RestoreService::inspect(const QString& backupPath)
{
    const QFileInfo file(backupPath);
    if (backupPath.trimmed().isEmpty() || !file.exists())
        throw Error::invalidPath(backupFileLabel(), backupPath, tr("does not exist."));
    if (!file.isFile() || file.size() == 0)
        throw Error::invalidPath(backupFileLabel(), backupPath, tr("is not a backup of a Jinglao database."));
    BackupInfo info{file.absoluteFilePath(), 0, file.size(), file.lastModified(), {}, {}, 0};
    const QString name =
        QStringLiteral("jinglao-restore-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(info.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = sql::describe(db.lastError());
        } else {
            QSqlQuery query(db);
            const auto first = [&](const QString& statement) {
                return query.exec(statement) && query.next() ? query.value(0) : QVariant();
            };
            const QVariant applicationId = first(QStringLiteral("PRAGMA application_id"));
            if (!applicationId.isValid()) {
                const int code = sql::errorCode(query.lastError());
                problem = code == sql::NotADatabase ? tr("is not a database.")
                          : code == sql::Corrupt    ? tr("is damaged.")
                                                    : sql::describe(query.lastError());
            } else if (applicationId.toInt() != Database::ApplicationId) {
                problem = tr("is not a Jinglao database.");
            } else if (first(QStringLiteral("PRAGMA integrity_check")).toString() != QStringLiteral("ok")) {
                problem = tr("is damaged (it fails SQLite's integrity check).");
            } else {
                info.schemaVersion = first(QStringLiteral("PRAGMA user_version")).toInt();
                if (info.schemaVersion < 1)
                    problem = tr("holds no Jinglao records.");
                else if (info.schemaVersion > Migrator::latestVersion())
                    problem =
                        tr("was written by a newer version of Jinglao (schema version %1; this program knows "
                           "up to %2).")
                            .arg(info.schemaVersion)
                            .arg(Migrator::latestVersion());
                else {
                    info.lastChangeAt =
                        first(QStringLiteral("SELECT at FROM audit_log ORDER BY id DESC LIMIT 1")).toString();
                    info.centerName =
                        first(QStringLiteral("SELECT value FROM settings WHERE key = 'facility_name'"))
                            .toString();
                    info.residents = first(QStringLiteral("SELECT count(*) FROM residents")).toLongLong();
                }
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw Error::invalidPath(backupFileLabel(), backupPath, problem);
    return info;
}

RestoreService::BackupInfo RestoreService::inspectFor(const QString& databasePath, const QString& backupPath)
{
    if (OutputFile::touchesDatabase(databasePath, backupPath))
        throw Error::invalidPath(backupFileLabel(), backupPath,
                                 tr("is the database itself, not a backup of it."));
    return inspect(backupPath);
}

std::optional<RestoreService::BackupInfo> RestoreService::newestGoodBackup(const QString& databasePath)
{
    for (const QFileInfo& file : BackupFolder(databasePath).backups()) {
        try {
            return inspect(file.absoluteFilePath());
        } catch (const Error&) {
            // A damaged or unusable backup: try the next older one.
        }
    }
    return std::nullopt;
}

RestoreService::Result RestoreService::restore(const Actor& actor, const QString& databasePath,
                                               const QString& backupPath)
{
    actor.require(Permission::Restore);
    // A backup is restored over a database, never to a mistyped path.
    if (!QFileInfo(databasePath).isFile())
        throw Error::storage(
            QCoreApplication::translate("Database", "There is no database at %1. Nothing was created.")
                .arg(shown(databasePath)));
    inspectFor(databasePath, backupPath);
    if (Database::isDamaged(databasePath)) {
        const Result result = replaceDamaged(databasePath, backupPath);
        recordRestore(actor, databasePath, result);
        return result;
    }

    Result result{QFileInfo(backupPath).absoluteFilePath(), {}, false};
    {
        const std::unique_ptr<Database> current = Database::open(databasePath);
        if (current->isReadOnly())
            throw Error::storage(
                tr("The database %1 cannot be written (write-protected file, folder or medium), so "
                   "it cannot be replaced.")
                    .arg(shown(databasePath)));
        result.previousKeptAs = BackupService(*current).backupBefore(actor, true).path;
        // Leaving write-ahead logging needs the only connection to the file: it fails while any
        // other program has it open, and afterwards no -wal or -shm file is left beside it.
        sql::execStatement(*current, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        QString mode;
        try {
            mode = sql::scalar(*current, QStringLiteral("PRAGMA journal_mode = DELETE")).toString();
        } catch (const Error&) {
        }
        if (mode.compare(QStringLiteral("delete"), Qt::CaseInsensitive) != 0)
            throw Error::conflict(
                tr("Another copy of Jinglao (or another program) has the database %1 open. Close "
                   "it on every computer and try again; nothing was replaced. The current "
                   "database was backed up to %2.")
                    .arg(shown(databasePath), shown(result.previousKeptAs)));
    }
    putInPlace(databasePath, backupPath);
    recordRestore(actor, databasePath, result);
    return result;
}

RestoreService::Result RestoreService::replaceDamaged(const QString& databasePath, const QString& backupPath)
{
    // The damaged file and its side files are renamed, never removed: what can still be read
    // from them may matter.
    const QString suffix =
        QStringLiteral(".damaged-") + Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString keptAs = freeName(databasePath, suffix);
    for (const QString& side : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
        if (QFileInfo::exists(databasePath + side)) {
            const QString problem =
                filesystem::replaceFile(databasePath + side, freeName(keptAs + side, QString()));
            if (!problem.isEmpty())
                throw Error::storage(tr("The damaged database's file %1 cannot be moved aside: %2")
                                         .arg(shown(databasePath + side), problem));
        }
    }
    const QString problem = filesystem::replaceFile(databasePath, keptAs);
    if (!problem.isEmpty())
        throw Error::storage(
            tr("The damaged database %1 cannot be moved aside: %2").arg(shown(databasePath), problem));
    putInPlace(databasePath, backupPath);
    return {QFileInfo(backupPath).absoluteFilePath(), keptAs, true};
}

void RestoreService::putInPlace(const QString& databasePath, const QString& backupPath)
{
    // Copied into a private file beside the database, flushed, then renamed over it.
    OutputFile output(QString(), databasePath, tr("Database file"));
    QFile source(backupPath);
    if (!source.open(QIODevice::ReadOnly))
        throw Error::storage(
            tr("The backup %1 cannot be read: %2").arg(shown(backupPath), source.errorString()));
    QIODevice& target = output.device();
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty())
        if (target.write(chunk) != chunk.size())
            throw Error::storage(
                tr("The backup cannot be copied to %1: %2").arg(shown(databasePath), target.errorString()));
    if (source.error() != QFile::NoError)
        throw Error::storage(
            tr("The backup %1 cannot be read: %2").arg(shown(backupPath), source.errorString()));
    output.commit();
}

void RestoreService::recordRestore(const Actor& actor, const QString& databasePath, const Result& result)
{
    // Opening also upgrades a backup from an older version (after a backup of its own).
    const std::unique_ptr<Database> restored = Database::open(databasePath);
    AuditLog::recordEventNow(*restored, actor, AuditLog::Action::Other,
                             result.previousWasDamaged
                                 ? QStringLiteral("restored from %1; the damaged file was kept as %2")
                                       .arg(result.restoredFrom, result.previousKeptAs)
                                 : QStringLiteral("restored from %1; the database before was backed up to %2")
                                       .arg(result.restoredFrom, result.previousKeptAs));
}

} // namespace jinglao::core
