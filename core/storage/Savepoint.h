#pragma once
// A part of an open transaction that can be undone alone: an import judges row after row in one
// transaction, and a refused row's writes are rolled back to its savepoint so that the rows below
// it are judged against the records as they would be. Rolled back on destruction unless released.

#include <QString>

namespace jinglao::core {

class Database;

class Savepoint {
public:
    // name: an SQL identifier (sheet_row, county_row).
    Savepoint(Database& db, QString name);
    ~Savepoint();
    Savepoint(const Savepoint&) = delete;
    Savepoint& operator=(const Savepoint&) = delete;

    // Keeps the writes since the savepoint (in the enclosing transaction).
    void release();

private:
    Database& m_db;
    QString m_name;
    bool m_released = false;
};

} // namespace jinglao::core
