#include "storage/Database.h"

#include "auth/Actor.h"
#include "auth/AuditLog.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"
#include "storage/FileSystem.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>

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

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A WAL database is read through its -shm file, which SQLite cannot create in a write-protected
// folder; such a file is read as immutable (nothing else can be writing to it there).
bool readAsImmutable(const QString& path)
{
    return !QFileInfo(QFileInfo(path).absolutePath()).isWritable() &&
           !QFileInfo::exists(path + QStringLiteral("-shm"));
}

QString readOnlyName(const QString& path)
{
    if (!readAsImmutable(path))
        return path;
    return QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded) +
           QStringLiteral("?immutable=1");
}

QString readOnlyOptions(const QString& path)
{
    return readAsImmutable(path) ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")
                                 : QStringLiteral("QSQLITE_OPEN_READONLY");
}
} // namespace

Database::Database(QString path, QString connectionName, bool readOnly)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_readOnly(readOnly)
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

bool Database::looksLikeUrl(const QString& location)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*://"));
    return scheme.match(location).hasMatch();
}

bool Database::isWritable(const QString& path)
{
    const QFileInfo file(path);
    if (!file.isWritable())
        return false;
    // In WAL mode SQLite keeps -wal and -shm beside the file; without a writable folder it can
    // only write when both already exist and are writable.
    if (QFileInfo(file.absolutePath()).isWritable())
        return true;
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const QFileInfo shm(path + QStringLiteral("-shm"));
    return wal.isWritable() && shm.isWritable();
}

void Database::inspectExistingFile(const QString& path, bool writable)
{
    // Read-only look first: a foreign, damaged or newer file must be refused before any pragma
    // (WAL, application_id) writes to it.
    inspectExistingFile(path, writable, false);
}

void Database::inspectExistingFile(const QString& path, bool writable, bool recovering)
{
    const QString name = newConnectionName();
    QString problem;
    bool needsRecovery = false;
    {
        // Recovering: a program killed part-way left a journal to roll back (or a log to recover)
        // that a read-only connection cannot; a writable one does that before its first read,
        // as any SQLite program would, and changes nothing else.
        QSqlDatabase db = recovering ? addConnection(name, path, QString())
                                     : addConnection(name, readOnlyName(path), readOnlyOptions(path));
        if (!db.open()) {
            problem = tr("The file %1 cannot be opened: %2").arg(shown(path), sql::describe(db.lastError()));
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
                const int code = sql::errorCode(query.lastError());
                if (code == sql::ReadOnly && writable && !recovering)
                    needsRecovery = true;
                else if (code == sql::NotADatabase)
                    problem = tr("The file %1 is not a database (or its first page is damaged). It was left "
                                 "unchanged.")
                                  .arg(shown(path));
                else if (code == sql::Corrupt)
                    problem = tr("The database %1 is damaged. It was left unchanged; restore a backup.")
                                  .arg(shown(path));
                else
                    problem = tr("The file %1 cannot be read: %2. It was left unchanged.")
                                  .arg(shown(path), sql::describe(query.lastError()));
            } else if (applicationId != ApplicationId && (applicationId != 0 || tableCount > 0)) {
                problem =
                    tr("The file %1 is a database of another program, not a Jinglao database. It was left "
                       "unchanged.")
                        .arg(shown(path));
            } else if (userVersion > Migrator::latestVersion()) {
                problem = tr("The file %1 was written by a newer version of Jinglao (schema version %2; this "
                             "program knows up to %3). Please install the newer version. The file was left "
                             "unchanged.")
                              .arg(shown(path))
                              .arg(userVersion)
                              .arg(Migrator::latestVersion());
            } else if (!writable && userVersion < Migrator::latestVersion()) {
                problem = tr("The file %1 cannot be written (write-protected file, folder or medium) and was "
                             "written by an older version of Jinglao, so it cannot be upgraded to be read. "
                             "Copy it to a folder you can write to.")
                              .arg(shown(path));
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (needsRecovery)
        return inspectExistingFile(path, writable, true);
    if (!problem.isEmpty())
        throw Error::storage(problem);
}

std::unique_ptr<Database> Database::open(const QString& path, OpenMode mode)
{
    if (path.trimmed().isEmpty())
        throw Error::validation(tr("Database file"), QString(), tr("a file name is needed."));
    if (looksLikeUrl(path))
        throw Error::invalidPath(tr("Database file"), path,
                                 tr("is an address of a database server; this version of Jinglao opens "
                                    "database files only."));
    const QFileInfo info(path);
    if (info.exists() && info.isDir())
        throw Error::storage(tr("%1 is a folder, not a database file.").arg(shown(path)));
    const bool exists = info.exists();
    if (!exists && mode != OpenMode::CreateIfMissing)
        throw Error::storage(tr("There is no database at %1. Nothing was created.").arg(shown(path)));
    if (exists && info.size() == 0 && mode != OpenMode::CreateIfMissing)
        throw Error::storage(
            tr("The file %1 is empty, not a Jinglao database. It was left unchanged.").arg(shown(path)));
    bool writable = true;
    if (exists && info.size() > 0) {
        writable = mode != OpenMode::ReadOnly && isWritable(path);
        inspectExistingFile(path, writable);
    } else if (!exists) {
        if (!filesystem::makePrivateDirectories(info.absolutePath()))
            throw Error::storage(tr("The folder %1 cannot be created.").arg(shown(info.absolutePath())));
        const QString problem = filesystem::createPrivateFile(info.absoluteFilePath());
        if (!problem.isEmpty() && !QFileInfo::exists(path))
            throw Error::storage(tr("The file %1 cannot be created: %2").arg(shown(path), problem));
    }

    std::unique_ptr<Database> database(new Database(info.absoluteFilePath(), newConnectionName(), !writable));
    database->connect();
    if (!writable)
        return database;
    database->configure();
    const int version = database->schemaVersion();
    QString backup;
    // Every record ever written left an audit row: a file without one (a new file that another
    // program is still setting up) holds nothing to back up.
    if (version > 0 && version < Migrator::latestVersion() &&
        sql::scalar(*database, QStringLiteral("SELECT EXISTS (SELECT 1 FROM audit_log)")).toBool())
        backup = database->backUpBeforeUpgrade(version);
    Migrator::migrate(*database);
    if (!backup.isEmpty())
        AuditLog::recordEventNow(
            *database, Actor::osUser(), AuditLog::Action::Backup,
            QStringLiteral("before upgrade from schema %1: %2").arg(version).arg(backup));
    return database;
}

QString Database::backUpBeforeUpgrade(int version)
{
    // No upgrade without a way back: a step that went wrong (or a newer program that turns out
    // not to suit) must not cost the records.
    try {
        const BackupFolder folder(m_path);
        folder.create();
        return BackupService(*this)
            .copy(folder.fileFor(BackupFolder::Occasion::BeforeUpgrade, Clock::now()))
            .path;
    } catch (const Error& error) {
        throw Error::storage(
            tr("The database %1 must be upgraded from schema version %2 to %3, and a backup is "
               "made first; it failed, so the file was left unchanged. %4")
                .arg(shown(m_path))
                .arg(version)
                .arg(Migrator::latestVersion())
                .arg(error.message()));
    }
}

bool Database::isDamaged(const QString& path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() == 0)
        return false;
    const QString name = newConnectionName();
    bool damaged = false;
    {
        QSqlDatabase db = addConnection(name, readOnlyName(path), readOnlyOptions(path));
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(QStringLiteral("PRAGMA quick_check"))) {
                const int code = sql::errorCode(query.lastError());
                damaged = code == sql::NotADatabase || code == sql::Corrupt;
            } else {
                while (query.next())
                    damaged = damaged || query.value(0).toString() != QStringLiteral("ok");
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return damaged;
}

std::unique_ptr<Database> Database::openInMemory()
{
    std::unique_ptr<Database> database(new Database(QStringLiteral(":memory:"), newConnectionName(), false));
    database->connect();
    sql::execStatement(*database, QStringLiteral("PRAGMA foreign_keys = ON"));
    Migrator::migrate(*database);
    return database;
}

std::unique_ptr<Database> Database::openAnotherConnection() const
{
    std::unique_ptr<Database> database(new Database(m_path, newConnectionName(), m_readOnly));
    database->connect();
    if (!m_readOnly)
        database->configure();
    return database;
}

void Database::connect()
{
    const QString options =
        m_readOnly ? readOnlyOptions(m_path) : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    QSqlDatabase db = addConnection(m_connectionName, m_readOnly ? readOnlyName(m_path) : m_path, options);
    if (!db.open())
        throw Error::storage(
            tr("The file %1 cannot be opened: %2").arg(shown(m_path), sql::describe(db.lastError())));
}

void Database::configure()
{
    sql::execStatement(*this, QStringLiteral("PRAGMA foreign_keys = ON"));
    sql::execStatement(*this, QStringLiteral("PRAGMA busy_timeout = 5000"));
    const QString mode = sql::scalar(*this, QStringLiteral("PRAGMA journal_mode = WAL")).toString();
    if (mode.compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        throw Error::storage(tr("The database %1 cannot use write-ahead logging (journal mode is %2).")
                                 .arg(shown(m_path), mode));
    sql::execStatement(*this, QStringLiteral("PRAGMA synchronous = FULL"));
    // Statement journals and sorts stay in memory: a write inside a long transaction (an import,
    // the demo) otherwise journals every page it touches again into a temporary file.
    sql::execStatement(*this, QStringLiteral("PRAGMA temp_store = MEMORY"));
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
    return *prepared(statement, false);
}

QSqlQuery* Database::reusableStatement(const QString& statement) const
{
    return prepared(statement, true);
}

QSqlQuery* Database::prepared(const QString& statement, bool bounded) const
{
    auto found = m_statementCache.find(statement);
    if (found != m_statementCache.end())
        return found->second.get();
    if (bounded && m_statementCache.size() >= ReadCacheLimit)
        return nullptr;
    auto query = std::make_unique<QSqlQuery>(connection());
    query->setForwardOnly(true);
    if (!query->prepare(statement))
        throw Error::storage(sql::failure(query->lastError(), statement));
    return m_statementCache.emplace(statement, std::move(query)).first->second.get();
}

QString Database::sqliteVersion() const
{
    return sql::scalar(*this, QStringLiteral("SELECT sqlite_version()")).toString();
}

void Database::beginTransaction()
{
    if (m_transactionDepth == 0) {
        if (m_readOnly)
            throw Error::storage(
                tr("The database %1 is open read-only (the file, its folder or the medium is "
                   "write-protected); nothing can be changed.")
                    .arg(shown(m_path)));
        // IMMEDIATE takes the write lock now, waiting up to the busy timeout for another writer;
        // a deferred transaction could not wait when it later tried to write.
        QSqlQuery begin(connection());
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
            throw Error::storage(tr("A change cannot be started: %1").arg(sql::describe(begin.lastError())));
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
        QSqlQuery commit(connection());
        if (!commit.exec(QStringLiteral("COMMIT"))) {
            const QString reason = sql::describe(commit.lastError());
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
        QSqlQuery rollback(connection());
        rollback.exec(QStringLiteral("ROLLBACK"));
        m_transactionDepth = 0;
        m_rollbackOnly = false;
        return;
    }
    // An inner scope failed: the outer transaction can only end in a rollback.
    m_rollbackOnly = true;
    --m_transactionDepth;
}

} // namespace jinglao::core
