#pragma once
// What `jinglao-cli check` and the GUI's check run: SQLite's own integrity and foreign-key
// checks, the record rules, then the checks each module contributes (Module::check).

#include "checks/CheckFinding.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jinglao::core {

class Database;

class HealthCheck {
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)

public:
    using Finding = CheckFinding;

    explicit HealthCheck(Database& db, ModuleSet modules = ModuleSet::standard());
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
    ModuleSet m_modules;
};

} // namespace jinglao::core
