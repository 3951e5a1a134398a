#include "auth/AuditedExport.h"

#include "auth/AuditLog.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/Transaction.h"

#include <QDir>

namespace jinglao::core {

qint64 AuditedExport::run(Database& db, const Actor& actor, const What& what, const QString& path,
                          const std::function<qint64(OutputFile& output)>& write)
{
    refuseReadOnly(db);
    OutputFile output(db, path, tr("Export file"));
    const qint64 records = write(output);
    // Recorded before the file is put in place: a failure after this point reports an export that
    // did not land rather than hiding one that did.
    record(db, actor, what, records, QDir::toNativeSeparators(output.targetPath()));
    output.commit();
    return records;
}

qint64 AuditedExport::printed(Database& db, const Actor& actor, const What& what, const QString& destination,
                              const std::function<qint64()>& print)
{
    refuseReadOnly(db);
    const qint64 records = print();
    record(db, actor, what, records, destination);
    return records;
}

void AuditedExport::refuseReadOnly(const Database& db)
{
    if (db.isReadOnly())
        throw Error::storage(tr("Exports are recorded in the audit log, which cannot be written while the "
                                "database is read-only. Copy the database to a folder you can write to and "
                                "export from the copy."));
}

void AuditedExport::record(Database& db, const Actor& actor, const What& what, qint64 records,
                           const QString& where)
{
    Transaction transaction(db);
    AuditLog::recordExport(db, actor, what.kind, what.table, what.scope, records, where);
    transaction.commit();
}

} // namespace jinglao::core
