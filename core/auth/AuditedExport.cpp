#include "auth/AuditedExport.h"

#include "auth/AuditLog.h"
#include "storage/Transaction.h"

#include <QDir>

namespace jinglao::core {

qint64 AuditedExport::run(Database& db, const Actor& actor, const What& what, const QString& path,
                          const std::function<qint64()>& write)
{
    const qint64 records = write();
    Transaction transaction(db);
    AuditLog::recordExport(db, actor, what.kind, what.table, what.scope, records,
                           QDir::toNativeSeparators(path));
    transaction.commit();
    return records;
}

} // namespace jinglao::core
