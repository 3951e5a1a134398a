#include "county/PackageExport.h"

#include "auth/AuditLog.h"
#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/CsvWriter.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/FileSystem.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace jinglao::core {

namespace {

// The temporary folder of an export in progress; removed unless the package was put in place.
class PartialFolder {
public:
    explicit PartialFolder(QString path)
        : m_path(std::move(path))
    {}
    ~PartialFolder()
    {
        if (!m_kept)
            QDir(m_path).removeRecursively();
    }
    PartialFolder(const PartialFolder&) = delete;
    PartialFolder& operator=(const PartialFolder&) = delete;
    const QString& path() const { return m_path; }
    void keep() { m_kept = true; }

private:
    QString m_path;
    bool m_kept = false;
};

QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

qint64 PackageExportResult::totalRows() const
{
    qint64 total = 0;
    for (qint64 count : rows)
        total += count;
    return total;
}

PackageExport::PackageExport(Database& db, ModuleSet modules)
    : m_db(db)
    , m_modules(std::move(modules))
{}

QString PackageExport::outDirLabel()
{
    return tr("Package folder");
}

qint64 PackageExport::lastExportSeq() const
{
    return Settings(m_db).value(CountyPackage::LastExportSeqKey, QStringLiteral("0")).toLongLong();
}

QString PackageExport::lastExportAt() const
{
    return Settings(m_db).value(CountyPackage::LastExportAtKey);
}

PackageExportResult PackageExport::write(const Actor& actor, const QString& outDir, CountyPackage::Mode mode,
                                         const std::function<bool(int, int, const QString&)>& progress)
{
    actor.require(Permission::ExportCountyPackage);
    if (m_db.isReadOnly())
        throw Error::storage(tr("The database is open read-only, so the export could not be recorded; "
                                "nothing was exported."));
    const QString code = Settings(m_db).value(Settings::FacilityCode);
    if (!CenterService::isFacilityCode(code))
        throw Error::validation(CenterService::facilityCodeLabel(), code,
                                tr("must be set in the center's details (1–32 characters of A–Z, 0–9 "
                                   "and -) before a county package is exported."));
    const QFileInfo dirInfo(outDir);
    if (outDir.trimmed().isEmpty() || !dirInfo.isDir())
        throw Error::invalidPath(outDirLabel(), outDir, tr("is not an existing folder."));
    if (!dirInfo.isWritable())
        throw Error::invalidPath(outDirLabel(), outDir, tr("cannot be written to."));
    const QString parent = filesystem::resolvedPath(dirInfo.absoluteFilePath());

    // One write transaction: the files show one moment of the records, and the export is
    // recorded with them or not at all.
    Transaction transaction(m_db);
    const QDateTime now = Clock::now();
    const QString generatedAt = Clock::timestamp(now);
    const QString name = code + QLatin1Char('_') + now.toString(QStringLiteral("yyyyMMdd'T'HHmmss"));
    const QString target = QDir(parent).filePath(name);
    if (QFileInfo::exists(target))
        throw Error::invalidPath(outDirLabel(), target, tr("already exists; export again in a second."));

    CountyExportRange range;
    range.until =
        sql::scalar(m_db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")).toLongLong();
    range.since = mode == CountyPackage::Mode::Full ? 0 : std::min(lastExportSeq(), range.until);
    range.today = now.date();
    range.actor = &actor;
    const QString previous = lastExportAt();
    if (!previous.isEmpty())
        range.previousExportDay = Clock::parseTimestamp(previous).date();

    PartialFolder partial(QDir(parent).filePath(QLatin1Char('.') + name + QStringLiteral(".partial")));
    if (!filesystem::makePrivateDirectories(partial.path()))
        throw Error::invalidPath(outDirLabel(), partial.path(), tr("could not be created."));

    PackageExportResult result;
    result.mode = mode;
    result.sinceSeq = range.since;
    result.untilSeq = range.until;
    QList<QStringList> manifestRows{
        {QStringLiteral("format_version"), CountyPackage::FormatVersion},
        {QStringLiteral("facility_code"), code},
        {QStringLiteral("facility_name"), Settings(m_db).value(Settings::FacilityName)},
        {QStringLiteral("generated_at"), generatedAt},
        {QStringLiteral("mode"), CountyPackage::modeCode(mode)},
        {QStringLiteral("since_seq"), QString::number(range.since)},
        {QStringLiteral("until_seq"), QString::number(range.until)},
        {QStringLiteral("encoding"), QStringLiteral("UTF-8")}};

    const auto writeFile = [&](const QString& fileName, const std::function<void(CsvWriter&)>& fill) {
        const QString path = QDir(partial.path()).filePath(fileName);
        const QString created = filesystem::createPrivateFile(path);
        if (!created.isEmpty())
            throw Error::storage(tr("Could not create %1: %2").arg(path, created));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            throw Error::storage(tr("Could not write %1: %2").arg(path, file.errorString()));
        CsvWriter writer(&file, privacy::FormulaRule::CountySpec);
        fill(writer);
        if (!file.flush())
            throw Error::storage(tr("Could not write %1: %2").arg(path, file.errorString()));
        file.close();
        if (!filesystem::syncFile(path))
            throw Error::storage(tr("Could not write %1 to the disk.").arg(path));
        return writer.rowsWritten();
    };

    const QList<CountyFile> files = CountyPackage::files(m_modules);
    for (int i = 0; i < files.size(); ++i) {
        const CountyFile& file = files[i];
        if (progress && !progress(i, int(files.size()), file.name))
            throw Error::conflict(tr("The export was cancelled; nothing was written."));
        const qint64 rows =
            writeFile(file.name,
                      [&](CsvWriter& writer) {
                          writer.writeRow(file.columnNames());
                          file.exportRows(m_db, range, [&](const QStringList& row) { writer.writeRow(row); });
                      }) -
            1;
        result.rows.insert(file.name, rows);
        manifestRows.append({QStringLiteral("rows:") + file.name, QString::number(rows)});
        manifestRows.append(
            {QStringLiteral("sha256:") + file.name, sha256Of(QDir(partial.path()).filePath(file.name))});
    }
    if (progress && !progress(int(files.size()), int(files.size()), CountyPackage::ManifestFile))
        throw Error::conflict(tr("The export was cancelled; nothing was written."));
    writeFile(CountyPackage::ManifestFile, [&](CsvWriter& writer) {
        writer.writeRow({QStringLiteral("key"), QStringLiteral("value")});
        for (const QStringList& row : manifestRows)
            writer.writeRow(row);
    });
    if (!filesystem::syncDirectory(partial.path()))
        throw Error::storage(tr("Could not write %1 to the disk.").arg(partial.path()));

    if (!QDir().rename(partial.path(), target))
        throw Error::invalidPath(outDirLabel(), target, tr("could not be put in place."));
    partial.keep();
    filesystem::syncDirectory(parent);
    result.folder = target;

    // The package is complete: from now on the next incremental export starts after it.
    try {
        Settings settings(m_db);
        settings.setValue(actor, CountyPackage::LastExportSeqKey, QString::number(range.until));
        settings.setValue(actor, CountyPackage::LastExportAtKey, generatedAt);
        settings.setValue(actor, CountyPackage::LastExportFolderKey, target);
        AuditLog::recordExport(m_db, actor, CountyPackage::AuditTable, QString(),
                               CountyPackage::modeCode(mode) +
                                   QStringLiteral(" %1–%2").arg(range.since).arg(range.until),
                               result.totalRows(), target);
        transaction.commit();
    } catch (...) {
        // Not recorded: the package must not look like a completed export.
        QDir(target).removeRecursively();
        throw;
    }
    return result;
}

} // namespace jinglao::core
