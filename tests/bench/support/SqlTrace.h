#pragma once
// Records every SQL statement a connection runs, with its bound values written in (SQLite's
// expanded SQL), so that a benchmark can hand exactly the same statements to the sqlite3 shell as
// its floor, and can ask SQLite how it plans each of them.

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace jinglao::bench {

class SqlTrace {
public:
    // Starts recording on connection (a QSQLITE connection); stops when destroyed.
    explicit SqlTrace(const QSqlDatabase& connection);
    ~SqlTrace();
    SqlTrace(const SqlTrace&) = delete;
    SqlTrace& operator=(const SqlTrace&) = delete;

    const QStringList& statements() const { return m_statements; }
    void clear() { m_statements.clear(); }
    // Writes the statements as a script for `sqlite3 FILE ".read SCRIPT"`. Returns false on failure.
    bool writeScript(const QString& path) const;

    // Each distinct statement of statements whose plan scans one of tables whole (a SCAN without
    // an index), with the plan line: "SCAN shift_logs — SELECT …".
    static QStringList fullScans(const QSqlDatabase& connection, const QStringList& statements,
                                 const QStringList& tables);

    // The tables that grow with the years, which no per-month or per-page query may read whole.
    static QStringList largeTables();

    void append(const char* sql);

private:
    void* m_handle = nullptr;
    QStringList m_statements;
};

} // namespace jinglao::bench
