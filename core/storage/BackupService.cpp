#include "storage/BackupService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/BackupFolder.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace jinglao::core {

BackupService::BackupService(Database& db)
    : m_db(db)
{}

QString BackupService::suggestedPath() const
{
    const QFileInfo info(m_db.path());
    return info.absoluteDir().filePath(
        QStringLiteral("%1-%2.sqlite")
            .arg(info.completeBaseName(), Clock::now().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
}

QString BackupService::verify(const QString& path, int expectedSchemaVersion)
{
    const QString name =
        QStringLiteral("jinglao-verify-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = sql::describe(db.lastError());
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
                problem = sql::describe(query.lastError());
            } else if (query.value(0).toString() != QStringLiteral("ok")) {
                problem = query.value(0).toString();
            } else if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next() ||
                       query.value(0).toInt() != expectedSchemaVersion) {
                problem = tr("schema version %1 instead of %2")
                              .arg(query.value(0).toInt())
                              .arg(expectedSchemaVersion);
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

BackupService::Result BackupService::copy(const QString& target)
{
    // The copy is written into a private temporary file beside the target, checked, flushed to
    // the disk and only then renamed over the target: an interrupted backup leaves the old one
    // whole, and a failed one removes its own file.
    OutputFile output(m_db, target, tr("Backup file"));
    // Another program may be upgrading the file meanwhile: the copy is checked against the schema
    // version it was made at, read before and after it (copied again when they differ).
    int schema = m_db.schemaVersion();
    for (int attempt = 0;; ++attempt) {
        if (attempt > 0) // VACUUM INTO writes only into an empty file (kept owner-only)
            QFile::resize(output.temporaryPath(), 0);
        try {
            sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {output.temporaryPath()});
        } catch (const Error& error) {
            throw Error::storage(
                tr("The backup %1 could not be written: %2 The previous file there, if any, is "
                   "unchanged.")
                    .arg(QDir::toNativeSeparators(output.targetPath()), error.message()));
        }
        const int after = m_db.schemaVersion();
        if (after == schema || attempt == 3)
            break;
        schema = after;
    }
    const QString problem = verify(output.temporaryPath(), schema);
    if (!problem.isEmpty())
        throw Error::storage(tr("The backup copy failed its check and was removed: %1").arg(problem));
    output.commit();
    return {output.targetPath(), QFileInfo(output.targetPath()).size(), schema, true};
}

BackupService::Result BackupService::backup(const Actor& actor, const QString& target)
{
    actor.require(Permission::Backup);
    Result result = copy(target);
    record(actor, result, QString());
    return result;
}

void BackupService::record(const Actor& actor, Result& result, const QString& occasion)
{
    try {
        Transaction transaction(m_db);
        Settings settings(m_db);
        settings.setValue(actor, Settings::LastBackupAt, Clock::nowTimestamp());
        settings.setValue(actor, Settings::LastBackupFile, result.path);
        AuditLog::recordEvent(m_db, actor, AuditLog::Action::Backup,
                              occasion.isEmpty() ? result.path
                                                 : QStringLiteral("%1: %2").arg(occasion, result.path));
        transaction.commit();
    } catch (const Error&) {
        // A read-only database can be backed up but cannot note that it was.
        if (!m_db.isReadOnly())
            throw;
        result.recorded = false;
    }
}

std::optional<BackupService::Result> BackupService::dailyIfDue(const Actor& actor)
{
    if (m_db.isReadOnly())
        return std::nullopt;
    const BackupFolder folder(m_db.path());
    const QString target = folder.dailyFile(Clock::today());
    if (QFileInfo::exists(target))
        return std::nullopt;
    folder.create();
    Result result = copy(target);
    record(actor, result, QStringLiteral("daily"));
    folder.pruneDaily(keptDailyBackups());
    return result;
}

BackupService::Result BackupService::backupBefore(const Actor& actor, bool restore)
{
    actor.require(Permission::Backup);
    const BackupFolder folder(m_db.path());
    folder.create();
    Result result = copy(
        folder.fileFor(restore ? BackupFolder::Occasion::BeforeRestore : BackupFolder::Occasion::BeforeImport,
                       Clock::now()));
    record(actor, result, restore ? QStringLiteral("before restore") : QStringLiteral("before import"));
    return result;
}

int BackupService::keptDailyBackups() const
{
    bool ok = false;
    const int count = Settings(m_db).value(Settings::KeptDailyBackups).toInt(&ok);
    return ok && count >= 1 && count <= MostKeptDailyBackups ? count : DefaultKeptDailyBackups;
}

QString BackupService::keptDailyBackupsLabel()
{
    return tr("Daily backups kept");
}

void BackupService::setKeptDailyBackups(const Actor& actor, int count)
{
    actor.require(Permission::ManageSettings);
    if (count < 1 || count > MostKeptDailyBackups)
        throw Error::validation(keptDailyBackupsLabel(), count,
                                tr("must be a whole number from 1 to %1.").arg(MostKeptDailyBackups));
    Settings(m_db).setValue(actor, Settings::KeptDailyBackups, QString::number(count));
}

} // namespace jinglao::core
