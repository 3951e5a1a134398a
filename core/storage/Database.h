#pragma once
// One open Jinglao database file: opening or creating it, refusing files that are not ours,
// damaged or newer than this program, opening write-protected ones read-only, setting the
// pragmas and applying migrations.

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <unordered_map>

namespace jinglao::core {

class Database {
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    enum class OpenMode {
        ExistingOnly,    // a missing file is an error (a mistyped path must not become a new center)
        CreateIfMissing, // init, demo, the GUI after asking: creates the file and its folders
        ReadOnly,        // an existing file, for reading only, even when it could be written
    };

    // Opens path and migrates it to the latest schema; a file that cannot be written is opened
    // read-only (isReadOnly()). New files and folders are owner-only. Throws Error::storage with
    // a message for the user when it cannot, Error::validation for a path that is not a file path.
    static std::unique_ptr<Database> open(const QString& path, OpenMode mode = OpenMode::ExistingOnly);
    // A private database in memory at the latest schema: what the migrations make, for comparing a
    // file's safeguards (triggers) with.
    static std::unique_ptr<Database> openInMemory();
    // True when the file at path is damaged (its first page or structure cannot be read, or
    // SQLite's quick_check finds faults), as opposed to missing, foreign or newer: what a restore
    // of a backup can mend.
    static bool isDamaged(const QString& path);
    // Default location: QStandardPaths::AppDataLocation/jinglao.sqlite.
    static QString defaultPath();
    // Highest schema version this program knows.
    static int latestSchemaVersion();
    // True for a --db value like postgresql://host/db: a database server, not a file name.
    static bool looksLikeUrl(const QString& location);

    // A second connection to the same file, for work on another thread.
    std::unique_ptr<Database> openAnotherConnection() const;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    // True when the file (or its folder, or the medium) cannot be written: records can be read,
    // every write is refused with a message saying so.
    bool isReadOnly() const { return m_readOnly; }
    QString sqliteVersion() const;

    // A prepared statement kept for reuse on the write path (RecordWriter, AuditLog), where
    // re-preparing dominated the cost. Not for statements whose results are iterated while
    // the same statement runs again.
    QSqlQuery& cachedStatement(const QString& statement);
    // The same for the reading helpers (sql::rows, row, scalar), which finish the statement before
    // they return: nullptr once the cache holds ReadCacheLimit statements not yet cached, so that
    // statements built with values in their text cannot grow it without end.
    QSqlQuery* reusableStatement(const QString& statement) const;
    static constexpr std::size_t ReadCacheLimit = 400;

    // Transaction nesting, used by Transaction only.
    bool inTransaction() const { return m_transactionDepth > 0; }
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

    static constexpr int ApplicationId = 0x4A4C4E47; // "JLNG" in the SQLite header

private:
    Database(QString path, QString connectionName, bool readOnly);
    static void inspectExistingFile(const QString& path, bool writable);
    static void inspectExistingFile(const QString& path, bool writable, bool recovering);
    // The checked copy made before the migrations of a file at an older version; returns its
    // path. Throws Error::storage (the file is then left as it was).
    QString backUpBeforeUpgrade(int version);
    static bool isWritable(const QString& path);
    void connect();
    void configure();

    QString m_path;
    QString m_connectionName;
    // The statement from the cache, prepared and kept there if new; nullptr when bounded and the
    // cache is full.
    QSqlQuery* prepared(const QString& statement, bool bounded) const;
    mutable std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statementCache;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    bool m_readOnly = false;
};

} // namespace jinglao::core
