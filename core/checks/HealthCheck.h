#pragma once
// What `jinglao-cli check` and the GUI's check run: SQLite's own integrity and foreign-key
// checks, then the rule checks each domain contributes (see HealthCheck.cpp).

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    struct Finding {
        QString check;    // which check found it
        QString message;  // translated, for the user
        int problems = 1; // how many problems it stands for ("… and 268 more like these")
        // Damage is a broken file (restore a backup); anything else is a record breaking a rule.
        bool damage = false;
    };

    explicit HealthCheck(Database& db);
    QList<Finding> run() const;

    // The problems the findings stand for.
    static int problemCount(const QList<Finding>& findings);
    // Appends the first `listed` messages one by one (all when listed < 0), then one line saying
    // how many more there are: a check finding thousands of old records stays readable.
    static void appendListed(QList<Finding>& findings, const QString& check, const QStringList& messages,
                             int listed);

private:
    void checkIntegrity(QList<Finding>& findings) const;
    void checkForeignKeys(QList<Finding>& findings) const;
    void checkRecordConventions(QList<Finding>& findings) const;

    Database& m_db;
};

} // namespace jinglao::core
