#include "storage/BackupService.h"

#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/Database.h"
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
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA integrity_check")) || !query.next()) {
                problem = query.lastError().text();
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
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(m_db.path()).absoluteFilePath())
        throw Error::validation(tr("Backup file"), QDir::toNativeSeparators(target),
                                tr("is the open database itself; choose another file."));
    if (!targetInfo.absoluteDir().exists())
        throw Error::validation(tr("Backup file"), QDir::toNativeSeparators(target),
                                tr("its folder does not exist."));

    // Written beside the target first, so an interrupted backup never replaces a good one.
    const QString partial = targetInfo.absoluteFilePath() + QStringLiteral(".partial");
    QFile::remove(partial);
    sql::exec(m_db, QStringLiteral("VACUUM INTO ?"), {partial});
    const int schema = m_db.schemaVersion();
    const QString problem = verify(partial, schema);
    if (!problem.isEmpty()) {
        QFile::remove(partial);
        throw Error::storage(tr("The backup copy failed its check and was removed: %1").arg(problem));
    }
    if (targetInfo.exists() && !QFile::remove(targetInfo.absoluteFilePath())) {
        QFile::remove(partial);
        throw Error::storage(tr("The old file %1 cannot be replaced.").arg(QDir::toNativeSeparators(target)));
    }
    if (!QFile::rename(partial, targetInfo.absoluteFilePath())) {
        QFile::remove(partial);
        throw Error::storage(tr("The backup cannot be written to %1.").arg(QDir::toNativeSeparators(target)));
    }

    Result result{targetInfo.absoluteFilePath(), QFileInfo(targetInfo.absoluteFilePath()).size(), schema};
    Transaction transaction(m_db);
    Settings settings(m_db);
    settings.setValue(actor, Settings::LastBackupAt, Clock::nowTimestamp());
    settings.setValue(actor, Settings::LastBackupFile, result.path);
    AuditLog::recordEvent(m_db, actor, AuditLog::Action::Backup, result.path);
    transaction.commit();
    return result;
}

} // namespace jinglao::core
