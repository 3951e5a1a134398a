#include "storage/Database.h"

#include "common/Error.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace jinglao::core {

namespace {
QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("jinglao-%1").arg(counter.fetchAndAddRelaxed(1));
}

QSqlDatabase addConnection(const QString& name, const QString& path, const QString& options)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    db.setConnectOptions(options);
    return db;
}
} // namespace

Database::Database(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/jinglao.sqlite");
}

int Database::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

void Database::inspectExistingFile(const QString& path)
{
    // Read-only look first: a foreign, corrupt or newer file must be refused before any
    // pragma (WAL, application_id) writes to it.
    const QString name = newConnectionName();
    QString problem;
    {
        QSqlDatabase db = addConnection(name, path, QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            problem = tr("The file %1 cannot be opened: %2")
                          .arg(QDir::toNativeSeparators(path), db.lastError().text());
        } else {
            QSqlQuery query(db);
            int applicationId = 0;
            int userVersion = 0;
            int tableCount = 0;
            const bool readable = query.exec(QStringLiteral("PRAGMA application_id")) && query.next() &&
                                  ((applicationId = query.value(0).toInt()), true) &&
                                  query.exec(QStringLiteral("PRAGMA user_version")) && query.next() &&
                                  ((userVersion = query.value(0).toInt()), true) &&
                                  query.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) &&
                                  query.next() && ((tableCount = query.value(0).toInt()), true);
            if (!readable) {
                problem =
                    tr("The file %1 is not a SQLite database or is damaged (%2). It was left unchanged.")
                        .arg(QDir::toNativeSeparators(path), query.lastError().text());
            } else if (applicationId != ApplicationId && (applicationId != 0 || tableCount > 0)) {
                problem =
                    tr("The file %1 is a database of another program, not a Jinglao database. It was left "
                       "unchanged.")
                        .arg(QDir::toNativeSeparators(path));
            } else if (userVersion > Migrator::latestVersion()) {
                problem = tr("The file %1 was written by a newer version of Jinglao (schema version %2; this "
                             "program knows up to %3). Please install the newer version. The file was left "
                             "unchanged.")
                              .arg(QDir::toNativeSeparators(path))
                              .arg(userVersion)
                              .arg(Migrator::latestVersion());
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw Error::storage(problem);
}

std::unique_ptr<Database> Database::open(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error::storage(tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (info.exists() && info.size() > 0)
        inspectExistingFile(path);
    else if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw Error::storage(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName()));
    QSqlDatabase db = addConnection(database->m_connectionName, database->m_path,
                                    QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw Error::storage(tr("The file %1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(path), db.lastError().text()));
    database->configure();
    Migrator::migrate(*database);
    return database;
}

std::unique_ptr<Database> Database::openAnotherConnection() const
{
    std::unique_ptr<Database> database(new Database(m_path, newConnectionName()));
    QSqlDatabase db =
        addConnection(database->m_connectionName, m_path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        throw Error::storage(tr("The file %1 cannot be opened: %2")
                                 .arg(QDir::toNativeSeparators(m_path), db.lastError().text()));
    database->configure();
    return database;
}

void Database::configure()
{
    sql::execStatement(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::execStatement(*this, QStringLiteral("PRAGMA busy_timeout = 5000"));
    const QString mode = sql::scalar(*this, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw Error::storage(tr("The database %1 cannot use write-ahead logging (journal mode is %2).")
                                 .arg(QDir::toNativeSeparators(m_path), mode));
    sql::execStatement(*this, QStringLiteral("PRAGMA synchronous = FULL"));
    if (sql::scalar(*this, QStringLiteral("PRAGMA application_id")).toInt() != ApplicationId)
        sql::execStatement(*this, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return sql::scalar(*this, QStringLiteral("PRAGMA user_version")).toInt();
}

QSqlQuery& Database::cachedStatement(const QString& statement)
{
    auto found = m_statementCache.find(statement);
    if (found != m_statementCache.end())
        return *found->second;
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(statement))
        throw Error::storage(tr("The statement cannot be prepared: %1 (in: %2)")
                                 .arg(query->lastError().text(), statement.simplified()));
    return *m_statementCache.emplace(statement, std::move(query)).first->second;
}

QString Database::sqliteVersion() const
{
    return sql::scalar(*this, QStringLiteral("SELECT sqlite_version()")).toString();
}

void Database::beginTransaction()
{
    if (m_transactionDepth == 0) {
        if (!connection().transaction())
            throw Error::storage(
                tr("A transaction cannot be started: %1").arg(connection().lastError().text()));
        m_rollbackOnly = false;
    }
    ++m_transactionDepth;
}

void Database::commitTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (m_transactionDepth == 1) {
        if (m_rollbackOnly) {
            rollbackTransaction();
            throw Error::storage(tr("The change was undone because part of it failed."));
        }
        if (!connection().commit()) {
            const QString reason = connection().lastError().text();
            rollbackTransaction();
            throw Error::storage(tr("The change cannot be saved: %1").arg(reason));
        }
        m_transactionDepth = 0;
        return;
    }
    --m_transactionDepth;
}

void Database::rollbackTransaction()
{
    Q_ASSERT(m_transactionDepth > 0);
    if (m_transactionDepth == 1) {
        connection().rollback();
        m_transactionDepth = 0;
        m_rollbackOnly = false;
        return;
    }
    // An inner scope failed: the outer transaction can only end in a rollback.
    m_rollbackOnly = true;
    --m_transactionDepth;
}

} // namespace jinglao::core
