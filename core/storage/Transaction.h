#pragma once
// RAII guard for one write: rolls back unless commit() is reached. Nested guards join the
// outer transaction, and a failed inner one makes the whole write roll back.

namespace jinglao::core {

class Database;

class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace jinglao::core
