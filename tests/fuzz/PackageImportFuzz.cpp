// The county package importer (core/county): PackageReader's checks of the manifest and the data
// files, then PackageImport applying every row with the owning module's rules, into a fresh
// database made by Database::open (copied from one made at start, so a run costs milliseconds).
//
// The input is the package's files one after the other, each after a line "%% <file name>":
//
//   %% beds.csv
//   uid,bed_code,room,bed_type,in_service,updated_at
//   b1,A-101-1,101,NURSING,1,2026-11-01T08:00:00+08:00
//   %% residents.csv
//   ...
//
// Text before the first such line is residents.csv. The target writes manifest.csv itself, with
// each file's true row count and SHA-256, so that fuzzing reaches the rows rather than stopping
// at a checksum no mutation can match. A "%% manifest.csv" section of key,value lines overrides
// keys of that manifest (encoding, mode, a wrong rows:… count); one that is not such CSV is the
// manifest as it stands.

#include "FuzzSupport.h"
#include "auth/Actor.h"
#include "common/CsvReader.h"
#include "common/Error.h"
#include "county/CountyPackage.h"
#include "county/PackageImport.h"
#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <QMap>
#include <QRegularExpression>

using namespace jinglao::core;
using jinglao::fuzz::require;

namespace {

struct Section {
    QString name;
    QByteArray bytes;
};

QList<Section> sectionsOf(const QByteArray& input)
{
    static const QByteArray marker("%% ");
    QList<Section> sections;
    Section current{QStringLiteral("residents.csv"), {}};
    bool leading = true; // the text before the first marker, kept only when there is some
    qsizetype start = 0;
    while (start < input.size()) {
        qsizetype end = input.indexOf('\n', start);
        if (end < 0)
            end = input.size() - 1;
        const QByteArray line = input.mid(start, end - start + 1);
        if (line.startsWith(marker)) {
            if (!leading || !current.bytes.isEmpty())
                sections.append(current);
            current = {QString::fromUtf8(line.mid(marker.size()).trimmed()), {}};
            leading = false;
        } else {
            current.bytes += line;
        }
        start = end + 1;
    }
    if (!leading || !current.bytes.isEmpty())
        sections.append(current);
    return sections;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    require(file.open(QIODevice::WriteOnly | QIODevice::Truncate), "a scratch file can be written");
    require(file.write(bytes) == bytes.size(), "a scratch file is written whole");
}

QString templatePath()
{
    return jinglao::fuzz::scratch().filePath(QStringLiteral("template.sqlite"));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    jinglao::fuzz::startApplication();
    Database::open(templatePath(), Database::OpenMode::CreateIfMissing).reset();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // A folder per input, removed with everything in it (backups too) when the input is done.
    QTemporaryDir work(jinglao::fuzz::scratch().filePath(QStringLiteral("run-XXXXXX")));
    require(work.isValid(), "a folder per input can be made");
    const QString folder = work.filePath(QStringLiteral("package"));
    require(QDir().mkpath(folder), "the package folder can be made");

    // Only plain names: a name from the input must not reach outside the package folder.
    static const QRegularExpression plainName(QStringLiteral("^[a-z0-9_]{1,40}\\.csv$"));
    QMap<QString, QByteArray> files;
    QByteArray manifestSection;
    bool manifestGiven = false;
    for (const Section& section : sectionsOf(jinglao::fuzz::bytesOf(data, size))) {
        if (section.name == CountyPackage::ManifestFile) {
            manifestSection = section.bytes;
            manifestGiven = true;
        } else if (plainName.match(section.name).hasMatch()) {
            files.insert(section.name, section.bytes);
        }
    }

    QMap<QString, QString> manifest{
        {QStringLiteral("format_version"), QStringLiteral("1")},
        {QStringLiteral("facility_code"), QStringLiteral("FUZZ-1")},
        {QStringLiteral("facility_name"), QStringLiteral("Fuzz center")},
        {QStringLiteral("generated_at"), QStringLiteral("2026-11-20T09:00:00+08:00")},
        {QStringLiteral("mode"), QStringLiteral("full")},
        {QStringLiteral("since_seq"), QStringLiteral("0")},
        {QStringLiteral("until_seq"), QStringLiteral("100")},
        {QStringLiteral("encoding"), QStringLiteral("UTF-8")}};
    const CsvReader::Result overrides = CsvReader::parse(manifestSection);
    const bool mergeable =
        overrides.ok() && !overrides.records.isEmpty() &&
        overrides.records.first().fields == QStringList{QStringLiteral("key"), QStringLiteral("value")};
    const auto override = [&](const QString& key) {
        for (const CsvRecord& record : overrides.records.mid(1)) {
            if (record.fields.value(0) == key)
                manifest.insert(key, record.fields.value(1));
        }
    };
    if (mergeable)
        override(QStringLiteral("encoding"));
    const CsvReader::Encoding encoding = CsvReader::encodingNamed(manifest.value(QStringLiteral("encoding")))
                                             .value_or(CsvReader::Encoding::Utf8);
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        writeFile(QDir(folder).filePath(it.key()), it.value());
        const CsvReader::Result csv = CsvReader::parse(it.value(), encoding);
        manifest.insert(QStringLiteral("rows:") + it.key(),
                        QString::number(csv.ok() ? std::max<qsizetype>(csv.records.size() - 1, 0) : 0));
        manifest.insert(
            QStringLiteral("sha256:") + it.key(),
            QString::fromLatin1(QCryptographicHash::hash(it.value(), QCryptographicHash::Sha256).toHex()));
    }
    if (mergeable) {
        for (const CsvRecord& record : overrides.records.mid(1))
            manifest.insert(record.fields.value(0), record.fields.value(1));
    }
    QByteArray manifestBytes;
    if (manifestGiven && !mergeable) {
        manifestBytes = manifestSection;
    } else {
        manifestBytes = "key,value\r\n";
        for (auto it = manifest.cbegin(); it != manifest.cend(); ++it) {
            QString key = it.key();
            QString value = it.value();
            // Keys and values from the input go back into CSV quoted, as the exporter would write them.
            key.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            value.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            manifestBytes += QStringLiteral("\"%1\",\"%2\"\r\n").arg(key, value).toUtf8();
        }
    }
    writeFile(QDir(folder).filePath(CountyPackage::ManifestFile), manifestBytes);

    const QString databasePath = work.filePath(QStringLiteral("jinglao.sqlite"));
    require(QFile::copy(templatePath(), databasePath), "the empty database can be copied");
    try {
        std::unique_ptr<Database> db = Database::open(databasePath);
        const Actor admin(QStringLiteral("fuzz"), Role::Administrator);
        const PackageImportResult result = PackageImport(*db).run(admin, folder, false);
        for (const ImportProblem& problem : result.problems)
            require(!problem.reason.isEmpty(), "every problem says why");
        // For whoever writes seeds: does a seed get past the checks, and which rows does it change?
        static const bool verbose = qEnvironmentVariableIsSet("JINGLAO_FUZZ_VERBOSE");
        if (verbose) {
            for (const FileImportCounts& counts : result.files)
                std::fprintf(stderr, "  %s: +%d ~%d -%d =%d !%d refused %d\n", qPrintable(counts.file),
                             counts.inserted, counts.updated, counts.deleted, counts.unchanged,
                             counts.conflicts, counts.refused);
            for (const ImportProblem& problem : result.problems)
                std::fprintf(stderr, "  problem: %s:%lld %s %s\n", qPrintable(problem.file), problem.line,
                             qPrintable(problem.column), qPrintable(problem.reason));
        }
        if (result.refused())
            require(result.backupPath.isEmpty(), "a refused package is not applied");
    } catch (const Error&) {
        // refused with a message, before the package was judged
    }
    return 0;
}
