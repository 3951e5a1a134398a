#include "storage/BackupService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
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

BackupService::Result BackupService::backup(const Actor& actor, const QString& target)
{
    actor.require(Permission::Backup);
    // The copy is written into a private temporary file beside the target, checked, flushed to
    // the disk and only then renamed over the target: an interrupted backup leaves the old one
    // whole, and a failed one removes its own file.
    OutputFile output(m_db, target, tr("Backup file"));
    sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {output.temporaryPath()});
    const int schema = m_db.schemaVersion();
    const QString problem = verify(output.temporaryPath(), schema);
    if (!problem.isEmpty())
        throw Error::storage(tr("The backup copy failed its check and was removed: %1").arg(problem));
    output.commit();

    Result result{output.targetPath(), QFileInfo(output.targetPath()).size(), schema, true};
    try {
        Transaction transaction(m_db);
        Settings settings(m_db);
        settings.setValue(actor, Settings::LastBackupAt, Clock::nowTimestamp());
        settings.setValue(actor, Settings::LastBackupFile, result.path);
        AuditLog::recordEvent(m_db, actor, AuditLog::Action::Backup, result.path);
        transaction.commit();
    } catch (const Error&) {
        // A read-only database can be backed up but cannot note that it was.
        if (!m_db.isReadOnly())
            throw;
        result.recorded = false;
    }
    return result;
}

} // namespace jinglao::core
