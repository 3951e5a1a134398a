#include "county/PackageReader.h"

#include "center/CenterService.h"
#include "common/Clock.h"
#include "common/CsvReader.h"
#include "county/CountyPackage.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

namespace jinglao::core {

namespace {

// Data files larger than this are refused before they are read (the largest ten-year center's
// shift log is far smaller).
constexpr qint64 MaxFileBytes = qint64(512) * 1024 * 1024;

ImportProblem problem(const QString& file, qint64 line, const QString& column, const QString& value,
                      const QString& reason)
{
    return ImportProblem{file, line, column, value, reason};
}

} // namespace

QString PackageReader::folderLabel()
{
    return tr("Package folder");
}

PackageData PackageReader::read(const QString& folder, const QList<CountyFile>& knownFiles)
{
    const QFileInfo folderInfo(folder);
    if (folder.trimmed().isEmpty() || !folderInfo.isDir())
        throw Error::invalidPath(folderLabel(), folder, tr("is not an existing folder."));
    PackageData data;
    data.folder = folderInfo.absoluteFilePath();
    const QDir dir(data.folder);
    const QString manifestName = CountyPackage::ManifestFile;

    const auto readBytes = [&](const QString& name, QByteArray& bytes) {
        const QFileInfo info(dir.filePath(name));
        if (info.isSymLink()) {
            data.problems.append(
                problem(name, 0, {}, {}, tr("is a symbolic link; a package holds its own files.")));
            return false;
        }
        if (!info.isFile()) {
            data.problems.append(problem(name, 0, {}, {}, tr("is missing from the package.")));
            return false;
        }
        if (info.size() > MaxFileBytes) {
            data.problems.append(problem(name, 0, {}, QString::number(info.size()),
                                         tr("is larger than %1 MB.").arg(MaxFileBytes / 1024 / 1024)));
            return false;
        }
        QFile file(info.absoluteFilePath());
        if (!file.open(QIODevice::ReadOnly))
            throw Error::storage(
                tr("Could not read %1: %2").arg(info.absoluteFilePath(), file.errorString()));
        bytes = file.readAll();
        return true;
    };

    // The manifest: its encoding key says how the data files (and the manifest) are encoded.
    QByteArray manifestBytes;
    if (!readBytes(manifestName, manifestBytes))
        return data;
    CsvReader::Result manifest = CsvReader::parse(manifestBytes, CsvReader::Encoding::Utf8);
    if (!manifest.ok())
        manifest = CsvReader::parse(manifestBytes, CsvReader::Encoding::Gb18030);
    if (!manifest.ok()) {
        data.problems.append(problem(manifestName, manifest.errorLine, {}, {}, manifest.error));
        return data;
    }
    if (manifest.records.isEmpty() || manifest.records.first().fields.value(0) != QLatin1String("key") ||
        manifest.records.first().fields.value(1) != QLatin1String("value")) {
        data.problems.append(problem(manifestName, 1, {}, {}, tr("must begin with the header key,value.")));
        return data;
    }
    for (const CsvRecord& record : manifest.records.mid(1)) {
        const QString key = record.fields.value(0);
        if (data.manifest.contains(key))
            data.problems.append(
                problem(manifestName, record.line, QStringLiteral("key"), key, tr("appears twice.")));
        data.manifest.insert(key, record.fields.value(1));
    }
    for (const QString& key : CountyPackage::requiredManifestKeys()) {
        if (!data.manifest.contains(key))
            data.problems.append(problem(manifestName, 0, QStringLiteral("key"), key,
                                         tr("is a required key and is missing.")));
    }
    if (!data.problems.isEmpty())
        return data;
    const auto checkKey = [&](const QString& key, bool ok, const QString& reason) {
        if (!ok)
            data.problems.append(problem(manifestName, 0, key, data.manifest.value(key), reason));
    };
    checkKey(QStringLiteral("format_version"),
             data.manifest.value(QStringLiteral("format_version")) == CountyPackage::FormatVersion,
             tr("is not 1, the only format this program reads."));
    checkKey(QStringLiteral("facility_code"), CenterService::isFacilityCode(data.facilityCode()),
             tr("is not 1–32 characters of A–Z, 0–9 and -."));
    checkKey(QStringLiteral("mode"),
             data.mode() == QLatin1String("full") || data.mode() == QLatin1String("incremental"),
             tr("is neither full nor incremental."));
    static const QRegularExpression number(QStringLiteral("^\\d{1,18}$"));
    checkKey(QStringLiteral("since_seq"),
             number.match(data.manifest.value(QStringLiteral("since_seq"))).hasMatch(),
             tr("is not a whole number."));
    checkKey(QStringLiteral("until_seq"),
             number.match(data.manifest.value(QStringLiteral("until_seq"))).hasMatch(),
             tr("is not a whole number."));
    checkKey(QStringLiteral("generated_at"),
             Clock::parseTimestamp(data.manifest.value(QStringLiteral("generated_at"))).isValid(),
             tr("is not a timestamp with its offset."));
    const std::optional<CsvReader::Encoding> encoding =
        CsvReader::encodingNamed(data.manifest.value(QStringLiteral("encoding"), QStringLiteral("UTF-8")));
    checkKey(QStringLiteral("encoding"), encoding.has_value(), tr("is neither UTF-8 nor GB18030."));
    if (!data.problems.isEmpty())
        return data;
    if (*encoding == CsvReader::Encoding::Gb18030) {
        manifest = CsvReader::parse(manifestBytes, CsvReader::Encoding::Gb18030);
        for (const CsvRecord& record : manifest.records.mid(1))
            data.manifest.insert(record.fields.value(0), record.fields.value(1));
    }

    // The data files: those the manifest counts, and any other CSV file in the folder.
    QSet<QString> named;
    for (auto it = data.manifest.cbegin(); it != data.manifest.cend(); ++it) {
        if (it.key().startsWith(QLatin1String("rows:")))
            named.insert(it.key().mid(5));
        else if (it.key().startsWith(QLatin1String("sha256:")))
            named.insert(it.key().mid(7));
    }
    const QStringList present =
        dir.entryList({QStringLiteral("*.csv")}, QDir::Files | QDir::System | QDir::Hidden);
    for (const QString& name : present) {
        if (name != manifestName && !named.contains(name))
            data.problems.append(problem(name, 0, {}, {}, tr("is in the folder but not in the manifest.")));
    }

    QHash<QString, const CountyFile*> known;
    for (const CountyFile& file : knownFiles)
        known.insert(file.name, &file);
    QStringList names(named.cbegin(), named.cend());
    names.sort();
    for (const QString& name : names) {
        const QString rowsKey = QStringLiteral("rows:") + name;
        const QString hashKey = QStringLiteral("sha256:") + name;
        if (!data.manifest.contains(rowsKey) || !data.manifest.contains(hashKey)) {
            data.problems.append(problem(manifestName, 0, QStringLiteral("key"),
                                         data.manifest.contains(rowsKey) ? hashKey : rowsKey,
                                         tr("is missing: every data file has its rows and sha256 keys.")));
            continue;
        }
        if (!known.contains(name)) {
            data.warnings.append(problem(name, 0, {}, {}, tr("is not a file of format 1; it is ignored.")));
            continue;
        }
        QByteArray bytes;
        if (!readBytes(name, bytes))
            continue;
        const QString hash =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        if (hash != data.manifest.value(hashKey).toLower()) {
            data.problems.append(problem(name, 0, {}, data.manifest.value(hashKey),
                                         tr("does not match its SHA-256 checksum in the manifest: the file "
                                            "was changed or damaged after the export.")));
            continue;
        }
        const CsvReader::Result csv = CsvReader::parse(bytes, *encoding);
        if (!csv.ok()) {
            data.problems.append(problem(name, csv.errorLine, {}, {}, csv.error));
            continue;
        }
        if (csv.records.isEmpty()) {
            data.problems.append(problem(name, 1, {}, {}, tr("has no header row.")));
            continue;
        }
        const qint64 rows = csv.records.size() - 1;
        if (QString::number(rows) != data.manifest.value(rowsKey)) {
            data.problems.append(
                problem(name, 0, {}, data.manifest.value(rowsKey),
                        tr("has %1 data rows, not the number the manifest gives.").arg(rows)));
            continue;
        }
        const QStringList header = csv.records.first().fields;
        const CountyFile& file = *known.value(name);
        const QStringList columns = file.columnNames();
        bool headerOk = true;
        for (int i = 0; i < header.size(); ++i) {
            if (header.indexOf(header[i]) != i) {
                data.problems.append(
                    problem(name, 1, header[i], header[i], tr("appears twice in the header.")));
                headerOk = false;
            } else if (!columns.contains(header[i])) {
                data.warnings.append(
                    problem(name, 1, header[i], {}, tr("is not a column of this file; it is ignored.")));
            }
        }
        for (const QString& column : file.requiredColumns()) {
            if (!header.contains(column)) {
                data.problems.append(
                    problem(name, 1, column, {}, tr("is a required column and is missing.")));
                headerOk = false;
            }
        }
        if (!headerOk)
            continue;
        QList<CountyRow> rowsRead;
        rowsRead.reserve(csv.records.size() - 1);
        for (const CsvRecord& record : csv.records.mid(1)) {
            if (record.fields.size() != header.size()) {
                data.problems.append(problem(
                    name, record.line, {}, {},
                    tr("has %1 fields; the header has %2.").arg(record.fields.size()).arg(header.size())));
                continue;
            }
            QHash<QString, QString> values;
            for (int i = 0; i < header.size(); ++i) {
                if (columns.contains(header[i]))
                    values.insert(header[i], record.fields[i]);
            }
            rowsRead.append(CountyRow(name, record.line, std::move(values)));
        }
        data.files.insert(name, rowsRead);
    }
    return data;
}

} // namespace jinglao::core
