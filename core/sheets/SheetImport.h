#pragma once
// The roster import (花名册): residents with their beds, or staff, from a sheet whose columns are
// mapped to fields. Every row goes through the service the dialogs use (ResidentService::admit,
// StaffService::add), so every rule of the program applies, inside one transaction: a row may
// depend on the rows above it (two rows for one bed: the second is refused). All or nothing: when
// any row is refused, or for a dry run, nothing is kept; otherwise a backup of the database is
// written first (into "backups" beside the database) and the import is audited as one event.

#include "auth/Actor.h"
#include "imports/ImportProblem.h"
#include "sheets/ColumnMapping.h"
#include "sheets/SheetReader.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace jinglao::core {

class Database;

class SheetImport {
    Q_DECLARE_TR_FUNCTIONS(SheetImport)

public:
    struct RowOutcome {
        qint64 line = 0;
        QString name; // the row's name cell, to tell rows apart on screen
        bool accepted = false;
    };

    struct Result {
        QList<RowOutcome> rows;
        // Every refusal: a required field without a column (line = the header's), then each
        // refused row's first problem, in row order.
        QList<ImportProblem> problems;
        int accepted = 0;
        int refused = 0;
        bool applied = false; // written: not a dry run and nothing refused
        QString backupPath;   // the copy written before the import, when applied
        bool ok() const { return problems.isEmpty(); }
    };

    explicit SheetImport(Database& db);

    // Checks every row (dryRun: and keeps nothing), or imports all rows when none is refused.
    // Throws Error::permission for a role that may not admit residents or add staff, and
    // Error::storage when the database or the backup cannot be written.
    Result run(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping, bool dryRun);

private:
    void importRow(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping, const SheetRow& row);
    Result pass(const Actor& actor, const Sheet& sheet, const ColumnMapping& mapping, bool write);

    Database& m_db;
};

} // namespace jinglao::core
