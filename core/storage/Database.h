#pragma once
// One open Jinglao database file: opening or creating it, refusing files that are not ours,
// corrupt or newer than this program, setting the pragmas and applying migrations.

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

    // Opens path (creating the file and its folder when missing) and migrates it to the
    // latest schema. Throws Error::storage with a message for the user when it cannot.
    static std::unique_ptr<Database> open(const QString& path);
    // Default location: QStandardPaths::AppDataLocation/jinglao.sqlite.
    static QString defaultPath();
    // Highest schema version this program knows.
    static int latestSchemaVersion();

    // A second connection to the same file, for work on another thread.
    std::unique_ptr<Database> openAnotherConnection() const;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    int schemaVersion() const;
    QString sqliteVersion() const;

    // A prepared statement kept for reuse on the write path (RecordWriter, AuditLog), where
    // re-preparing dominated the cost. Not for statements whose results are iterated while
    // the same statement runs again.
    QSqlQuery& cachedStatement(const QString& statement);

    // Transaction nesting, used by Transaction only.
    bool inTransaction() const { return m_transactionDepth > 0; }
    void beginTransaction();
    void commitTransaction();
    void rollbackTransaction();

    static constexpr int ApplicationId = 0x4A4C4E47; // "JLNG" in the SQLite header

private:
    Database(QString path, QString connectionName);
    static void inspectExistingFile(const QString& path);
    void configure();

    QString m_path;
    QString m_connectionName;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statementCache;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
};

} // namespace jinglao::core
