#pragma once
// What `jinglao-cli check` and the GUI's check run: SQLite's own integrity and foreign-key
// checks, then the rule checks each domain contributes (see HealthCheck.cpp).

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;

class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    struct Finding {
        QString check;   // which check found it
        QString message; // translated, for the user
        // Damage is a broken file (restore a backup); anything else is a record breaking a rule.
        bool damage = false;
    };

    explicit HealthCheck(Database& db);
    QList<Finding> run() const;

private:
    void checkIntegrity(QList<Finding>& findings) const;
    void checkForeignKeys(QList<Finding>& findings) const;
    void checkRecordConventions(QList<Finding>& findings) const;

    Database& m_db;
};

} // namespace jinglao::core
