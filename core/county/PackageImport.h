#pragma once
// Imports a county package into the open database: checks the whole package first
// (PackageReader), then applies every file in import order inside one transaction, each row
// matched by uid: a new uid inserts, a newer updated_at updates, an older one is a conflict left
// unchanged, deleted=1 withdraws the record. Every field is checked by the module that owns the
// file with the program's own rules. One refused row refuses the package: nothing changes. A
// dry run reports what would happen and changes nothing. Before an import that changes anything,
// the database is backed up.

#include "auth/Actor.h"
#include "county/CountyFile.h"
#include "imports/ImportProblem.h"
#include "modules/ModuleSet.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;

struct FileImportCounts {
    QString file;
    int inserted = 0;
    int updated = 0;
    int unchanged = 0;
    int conflicts = 0;
    int deleted = 0;
    int refused = 0;
    int computed = 0; // monthly_indicators rows: checked, not stored
    void count(CountyRowOutcome outcome);
};

struct PackageImportResult {
    QString folder;
    QString facilityCode;
    QString facilityName;
    QString mode;
    bool dryRun = false;
    QList<FileImportCounts> files;  // in import order
    QList<ImportProblem> problems;  // why the package is refused; empty when it was (or would be) imported
    QList<ImportProblem> conflicts; // rows left unchanged because the stored record is newer
    QList<ImportProblem> warnings;  // unknown columns and files, ignored
    QString backupPath;             // the backup taken before the import, when one was

    bool refused() const { return !problems.isEmpty(); }
    // Rows that insert, update or withdraw a record.
    int changes() const;
};

class PackageImport {
    Q_DECLARE_TR_FUNCTIONS(PackageImport)

public:
    explicit PackageImport(Database& db, ModuleSet modules = ModuleSet::standard());

    // Throws Error for what stops the import before it is judged (permission, a folder that is
    // not there, a read-only database, a failing disk); a package that is wrong is not thrown but
    // reported in the result's problems, with nothing changed.
    PackageImportResult run(const Actor& actor, const QString& folder, bool dryRun);

    static QString outcomeLabel(CountyRowOutcome outcome);

private:
    // Applies every row inside one transaction, kept only when keep is true and nothing was refused.
    void apply(const Actor& actor, const struct PackageData& data, PackageImportResult& result, bool keep);

    Database& m_db;
    ModuleSet m_modules;
};

} // namespace jinglao::core
