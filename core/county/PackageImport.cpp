#include "county/PackageImport.h"

#include "auth/AuditLog.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "county/CountyPackage.h"
#include "county/PackageReader.h"
#include "storage/BackupService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Savepoint.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace jinglao::core {

void FileImportCounts::count(CountyRowOutcome outcome)
{
    switch (outcome) {
    case CountyRowOutcome::Inserted:
        ++inserted;
        break;
    case CountyRowOutcome::Updated:
        ++updated;
        break;
    case CountyRowOutcome::Unchanged:
        ++unchanged;
        break;
    case CountyRowOutcome::Conflict:
        ++conflicts;
        break;
    case CountyRowOutcome::Deleted:
        ++deleted;
        break;
    case CountyRowOutcome::Refused:
        ++refused;
        break;
    case CountyRowOutcome::Computed:
        ++computed;
        break;
    }
}

int PackageImportResult::changes() const
{
    int total = 0;
    for (const FileImportCounts& file : files)
        total += file.inserted + file.updated + file.deleted;
    return total;
}

PackageImport::PackageImport(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

QString PackageImport::outcomeLabel(CountyRowOutcome outcome)
{
    switch (outcome) {
    case CountyRowOutcome::Inserted:
        return tr("New");
    case CountyRowOutcome::Updated:
        return tr("Updated");
    case CountyRowOutcome::Unchanged:
        return tr("Unchanged");
    case CountyRowOutcome::Conflict:
        return tr("Conflict (ours is newer)");
    case CountyRowOutcome::Deleted:
        return tr("Withdrawn");
    case CountyRowOutcome::Refused:
        return tr("Refused");
    case CountyRowOutcome::Computed:
        return tr("Computed figures (not stored)");
    }
    return {};
}

namespace {

ImportProblem problemOf(const CountyRow& row, const Error& error)
{
    const QString column = error.field();
    QString value = row.has(column) ? row.text(column) : error.value().toString();
    return ImportProblem{row.file(), row.line(), column, value, error.message()};
}

} // namespace

PackageImportResult PackageImport::run(const Actor& actor, const QString& folder, bool dryRun)
{
    actor.require(Permission::ImportCountyPackage);
    if (m_db.isReadOnly())
        throw Error::storage(tr("The database is open read-only; a package cannot be imported into it."));

    const QList<CountyFile> files = CountyPackage::files(m_modules);
    const PackageData data = PackageReader::read(folder, files);
    PackageImportResult result;
    result.folder = data.folder;
    result.facilityCode = data.facilityCode();
    result.facilityName = data.facilityName();
    result.mode = data.mode();
    result.dryRun = dryRun;
    result.problems = data.problems;
    result.warnings = data.warnings;
    const QString ourCode = Settings(m_db).value(Settings::FacilityCode);
    if (result.problems.isEmpty() && !ourCode.isEmpty() && ourCode != data.facilityCode())
        result.problems.append(ImportProblem{
            CountyPackage::ManifestFile, 0, QStringLiteral("facility_code"), data.facilityCode(),
            tr("is not this center's code %1: the package is another center's.").arg(ourCode)});
    if (result.refused())
        return result;

    // First judged without keeping anything; then, when it changes something and nothing is
    // refused, backed up and applied for good.
    apply(actor, data, result, false);
    if (dryRun || result.refused() || result.changes() == 0)
        return result;

    result.backupPath = BackupService(m_db).backupBefore(actor, false).path;

    PackageImportResult applied = result;
    applied.files.clear();
    applied.conflicts.clear();
    apply(actor, data, applied, true);
    return applied;
}

void PackageImport::apply(const Actor& actor, const PackageData& data, PackageImportResult& result, bool keep)
{
    static const QRegularExpression uidPattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    const QList<CountyFile> files = CountyPackage::files(m_modules);
    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    for (const CountyFile& file : files) {
        if (!data.files.contains(file.name))
            continue;
        FileImportCounts counts;
        counts.file = file.name;
        QSet<QString> seen;
        for (const CountyRow& row : data.files.value(file.name)) {
            CountyRowOutcome outcome = CountyRowOutcome::Refused;
            Savepoint savepoint(m_db, QStringLiteral("county_row"));
            try {
                const QString uid = row.required(QStringLiteral("uid"));
                if (!uidPattern.match(uid).hasMatch())
                    throw row.invalid(QStringLiteral("uid"),
                                      tr("must be 1–64 letters, digits and . _ : - without spaces."));
                if (seen.contains(uid))
                    throw row.invalid(QStringLiteral("uid"), tr("appears twice in this file."));
                seen.insert(uid);
                const QString updatedAtText = row.timestamp(QStringLiteral("updated_at"), true);
                const QDateTime updatedAt = row.updatedAt();
                const bool deleted = row.deleted();
                if (!file.apply) {
                    // Figures the program computes itself: checked, never stored.
                    outcome = CountyRowOutcome::Computed;
                } else {
                    const QString stored =
                        file.storedUpdatedAt
                            ? file.storedUpdatedAt(m_db, uid)
                            : sql::scalar(
                                  m_db,
                                  QStringLiteral("SELECT updated_at FROM %1 WHERE uid = ?").arg(file.table),
                                  {uid})
                                  .toString();
                    const bool exists = !stored.isEmpty();
                    const QDateTime storedAt = Clock::parseTimestamp(stored);
                    if (exists && updatedAt == storedAt) {
                        outcome = CountyRowOutcome::Unchanged;
                    } else if (exists && updatedAt < storedAt) {
                        outcome = CountyRowOutcome::Conflict;
                        result.conflicts.append(ImportProblem{
                            row.file(), row.line(), QStringLiteral("updated_at"), updatedAtText,
                            tr("is older than this database's record (%1); the record was left as it is.")
                                .arg(Clock::displayTimestamp(stored))});
                    } else {
                        file.apply(m_db, writer, row, exists);
                        const bool wasDeleted =
                            sql::scalar(
                                m_db, QStringLiteral("SELECT deleted FROM %1 WHERE uid = ?").arg(file.table),
                                {uid})
                                .toInt() == 1;
                        if (deleted && !wasDeleted)
                            writer.markDeleted(file.table, uid);
                        else if (!deleted && wasDeleted)
                            writer.update(file.table, uid, {{QStringLiteral("deleted"), 0}});
                        writer.update(file.table, uid, {{QStringLiteral("updated_at"), updatedAtText}});
                        outcome = deleted ? CountyRowOutcome::Deleted
                                          : (exists ? CountyRowOutcome::Updated : CountyRowOutcome::Inserted);
                    }
                }
                savepoint.release();
            } catch (const Error& error) {
                // Also the database's own rules (constraints, rule triggers): the row is refused
                // with the database's reason.
                result.problems.append(problemOf(row, error));
                outcome = CountyRowOutcome::Refused;
            }
            counts.count(outcome);
        }
        result.files.append(counts);
    }

    if (!keep || result.refused() || result.changes() == 0)
        return; // the transaction rolls back

    Settings settings(m_db);
    if (settings.value(Settings::FacilityCode).isEmpty()) {
        settings.setValue(actor, Settings::FacilityCode, data.facilityCode());
        if (settings.value(Settings::FacilityName).isEmpty())
            settings.setValue(actor, Settings::FacilityName, data.facilityName());
    }
    QStringList summary;
    for (const FileImportCounts& counts : result.files)
        summary.append(QStringLiteral("%1 +%2 ~%3 -%4 =%5 !%6")
                           .arg(counts.file)
                           .arg(counts.inserted)
                           .arg(counts.updated)
                           .arg(counts.deleted)
                           .arg(counts.unchanged)
                           .arg(counts.conflicts));
    AuditLog::recordEvent(m_db, actor, AuditLog::Action::Import,
                          tr("County package %1 (%2, %3): %4")
                              .arg(QDir(data.folder).dirName(), data.facilityCode(), data.mode(),
                                   summary.join(QStringLiteral("; "))),
                          CountyPackage::AuditTable);
    transaction.commit();
}

} // namespace jinglao::core
