// The county package of county-csv-spec.md: export, import, and every refusal with its line.

#include "county/CountyPackage.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/Actor.h"
#include "common/Percent.h"
#include "county/CountySummary.h"
#include "county/PackageExport.h"
#include "county/PackageImport.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentService.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {

const QDate Today(2026, 11, 20);

void fixClock(const QDate& day = Today, const QTime& time = QTime(9, 0))
{
    Clock::setFixedForTesting(QDateTime(day, time, QTimeZone(8 * 3600)));
}

struct ClockGuard {
    ClockGuard() { fixClock(); }
    ~ClockGuard() { Clock::resetForTesting(); }
};

// A demo center of 20 beds and a year up to yesterday, made once per seed and copied for each
// test that needs one (making it is most of these tests' time under the sanitizers).
void makeDemo(testing::TempDatabase& target, quint32 seed = 3)
{
    static QTemporaryDir cache;
    const QString cached = cache.filePath(QStringLiteral("demo-%1.sqlite").arg(seed));
    if (!QFile::exists(cached)) {
        auto db = Database::open(cached, Database::OpenMode::CreateIfMissing);
        DemoOptions options;
        options.seed = seed;
        options.beds = 20;
        options.years = 1;
        options.endDate = Today.addDays(-1);
        DemoGenerator(*db).run(testing::admin(), options);
        fixClock();
    }
    target.close();
    for (const char* side : {"", "-wal", "-shm"})
        QFile::remove(target.path() + QString::fromLatin1(side));
    REQUIRE(QFile::copy(cached, target.path()));
    QFile(target.path()).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    target.reopen();
}

// The data files of a package folder: file name → its lines (the manifest left out, and of
// monthly_indicators only uid and month: its figures are computed by the database that exports
// it, from the history it holds, and format 1 does not carry all of it, such as when a bed went
// into service).
QMap<QString, QStringList> dataFiles(const QString& folder)
{
    QMap<QString, QStringList> files;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.csv")}, QDir::Files)) {
        if (name == CountyPackage::ManifestFile)
            continue;
        QFile file(dir.filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"));
        if (name == QLatin1String("monthly_indicators.csv")) {
            for (QString& line : lines)
                line = line.section(QLatin1Char(','), 0, 0) + QLatin1Char(',') +
                       line.section(QLatin1Char(','), 3, 3);
        }
        files.insert(name, lines);
    }
    return files;
}

QMap<QString, QString> manifestOf(const QString& folder)
{
    QFile file(QDir(folder).filePath(CountyPackage::ManifestFile));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QMap<QString, QString> manifest;
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    for (const QString& line : lines.mid(1))
        manifest.insert(line.section(QLatin1Char(','), 0, 0), line.section(QLatin1Char(','), 1));
    return manifest;
}

int count(Database& db, const QString& statement)
{
    return sql::scalar(db, statement).toInt();
}

// A package written by hand, as another program following the spec would write it.
struct HandPackage {
    struct File {
        QStringList lines; // header first
    };
    QMap<QString, File> files;
    QMap<QString, QString> manifestOverrides;
    QString encoding = QStringLiteral("UTF-8");
    bool bom = true;
    QString lineEnd = QStringLiteral("\r\n");

    QString write(const QString& parent,
                  const QString& name = QStringLiteral("TEST-001_20261120T090000")) const
    {
        const QString folder = QDir(parent).filePath(name);
        REQUIRE(QDir().mkpath(folder));
        QMap<QString, QString> manifest{
            {QStringLiteral("format_version"), QStringLiteral("1")},
            {QStringLiteral("facility_code"), QStringLiteral("TEST-001")},
            {QStringLiteral("facility_name"), QStringLiteral("测试敬老院")},
            {QStringLiteral("generated_at"), QStringLiteral("2026-11-20T09:00:00+08:00")},
            {QStringLiteral("mode"), QStringLiteral("full")},
            {QStringLiteral("since_seq"), QStringLiteral("0")},
            {QStringLiteral("until_seq"), QStringLiteral("10")},
            {QStringLiteral("encoding"), encoding}};
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            const QByteArray bytes = encode(it.value().lines.join(lineEnd) + lineEnd);
            QFile file(QDir(folder).filePath(it.key()));
            REQUIRE(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            manifest.insert(QStringLiteral("rows:") + it.key(), QString::number(it.value().lines.size() - 1));
            manifest.insert(
                QStringLiteral("sha256:") + it.key(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
        for (auto it = manifestOverrides.cbegin(); it != manifestOverrides.cend(); ++it)
            manifest.insert(it.key(), it.value());
        QStringList lines{QStringLiteral("key,value")};
        for (auto it = manifest.cbegin(); it != manifest.cend(); ++it)
            lines.append(it.key() + QLatin1Char(',') + it.value());
        QFile file(QDir(folder).filePath(CountyPackage::ManifestFile));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(encode(lines.join(lineEnd) + lineEnd));
        return folder;
    }

    QByteArray encode(const QString& text) const
    {
        if (encoding == QLatin1String("GB18030")) {
            QStringEncoder encoder("GB18030");
            return encoder.encode(text);
        }
        return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
    }
};

const QString Stamp = QStringLiteral("2026-11-01T08:00:00+08:00");

// A valid small package: two beds, two residents, one assessment.
HandPackage validPackage()
{
    HandPackage package;
    package.files[QStringLiteral("beds.csv")].lines = {
        QStringLiteral(
            "uid,bed_code,building,floor,room,bed_type,dementia_unit,in_service,updated_at,deleted"),
        QStringLiteral("bed-1,A-101-1,A,1,101,NURSING,0,1,%1,0").arg(Stamp),
        QStringLiteral("bed-2,A-101-2,A,1,101,GENERAL,0,1,%1,0").arg(Stamp)};
    const QString id1 = testing::makeIdNumber(QDate(1940, 3, 5), 1, 1);
    const QString id2 = testing::makeIdNumber(QDate(1938, 7, 9), 2, 2);
    package.files[QStringLiteral("residents.csv")].lines = {
        QStringLiteral(
            "uid,name,id_number,gender,birth_date,category,admission_date,discharge_date,discharge_reason,"
            "bed_uid,phone,emergency_contact,emergency_phone,updated_at,deleted"),
        QStringLiteral("res-1,张三,%1,1,1940-03-05,TK,2026-01-10,,,bed-1,,,,%2,0").arg(id1, Stamp),
        QStringLiteral("res-2,李四,%1,2,1938-07-09,SH,2026-02-01,,,bed-2,,,,%2,0").arg(id2, Stamp)};
    package.files[QStringLiteral("assessments.csv")].lines = {
        QStringLiteral(
            "uid,resident_uid,assessed_on,reason,self_care,mobility,mental,perception_social,total,level,"
            "assessor,updated_at,deleted"),
        QStringLiteral("as-1,res-1,2026-01-12,FIRST,20,10,20,10,60,2,王医生,%1,0").arg(Stamp)};
    return package;
}

// Replaces one line (by line number, 1 = header) of a file of the package.
void setLine(HandPackage& package, const char* file, int line, const QString& text)
{
    package.files[QString::fromLatin1(file)].lines[line - 1] = text;
}

struct EmptyCenter {
    ClockGuard clock;
    testing::TempDatabase target;
    QTemporaryDir dir;
};

PackageImportResult importInto(Database& db, const QString& folder, bool dryRun = false)
{
    return PackageImport(db).run(testing::admin(), folder, dryRun);
}

QString describe(const PackageImportResult& result)
{
    QStringList lines;
    for (const ImportProblem& problem : result.problems)
        lines.append(QStringLiteral("%1:%2 [%3] %4")
                         .arg(problem.file)
                         .arg(problem.line)
                         .arg(problem.column, problem.reason));
    return lines.join(QLatin1Char('\n'));
}

// The refusal's one problem, for the assertions.
ImportProblem onlyProblem(const PackageImportResult& result)
{
    INFO(describe(result).toStdString());
    REQUIRE(result.problems.size() == 1);
    return result.problems.first();
}

} // namespace

TEST_CASE("A demo center's full package imports into an empty database unchanged, and again changes nothing",
          "[county]")
{
    ClockGuard clock;
    testing::TempDatabase source;
    makeDemo(source);
    QTemporaryDir dir;
    const PackageExportResult first =
        PackageExport(source.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Full);
    CHECK(QDir(first.folder)
              .dirName()
              .startsWith(Settings(source.db()).value(Settings::FacilityCode) + QLatin1Char('_')));
    const QMap<QString, QString> manifest = manifestOf(first.folder);
    CHECK(manifest.value(QStringLiteral("mode")) == QStringLiteral("full"));
    CHECK(manifest.value(QStringLiteral("encoding")) == QStringLiteral("UTF-8"));
    for (const QString& file : ModuleSet::standard().countyFileNames()) {
        INFO(file.toStdString());
        CHECK(manifest.contains(QStringLiteral("rows:") + file));
        CHECK(manifest.value(QStringLiteral("sha256:") + file).size() == 64);
    }
    CHECK(first.rows.value(QStringLiteral("residents.csv")) > 10);
    CHECK(first.rows.value(QStringLiteral("shift_logs.csv")) > 100);
    CHECK(first.rows.value(QStringLiteral("monthly_indicators.csv")) >= 12);

    testing::TempDatabase target;
    const PackageImportResult imported = importInto(target.db(), first.folder);
    INFO((imported.problems.isEmpty() ? QString()
                                      : imported.problems.first().file + QLatin1Char(':') +
                                            QString::number(imported.problems.first().line) +
                                            QLatin1Char(' ') + imported.problems.first().reason)
             .toStdString());
    REQUIRE_FALSE(imported.refused());
    CHECK(imported.changes() > 0);
    CHECK(QFile::exists(imported.backupPath));
    CHECK(Settings(target.db()).value(Settings::FacilityCode) ==
          Settings(source.db()).value(Settings::FacilityCode));

    fixClock(Today, QTime(9, 5));
    const PackageExportResult second =
        PackageExport(target.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Full);
    const QMap<QString, QStringList> before = dataFiles(first.folder);
    const QMap<QString, QStringList> after = dataFiles(second.folder);
    CHECK(before.keys() == after.keys());
    for (const QString& file : before.keys()) {
        INFO(file.toStdString());
        const QStringList a = before.value(file);
        const QStringList b = after.value(file);
        CHECK(a.size() == b.size());
        for (int i = 0; i < std::min(a.size(), b.size()); ++i) {
            if (a[i] != b[i]) {
                INFO("line " << i + 1 << "\n" << a[i].toStdString() << "\n" << b[i].toStdString());
                CHECK(a[i] == b[i]);
                break;
            }
        }
    }

    // The same package again: nothing to change, nothing backed up.
    const PackageImportResult again = importInto(target.db(), first.folder);
    CHECK_FALSE(again.refused());
    CHECK(again.changes() == 0);
    CHECK(again.backupPath.isEmpty());
    for (const FileImportCounts& file : again.files) {
        INFO(file.file.toStdString());
        CHECK(file.inserted + file.updated + file.deleted + file.conflicts + file.refused == 0);
    }
}

TEST_CASE("An incremental package carries the records changed since the last export, deletions as deleted=1",
          "[county]")
{
    ClockGuard clock;
    testing::TempDatabase source;
    makeDemo(source);
    QTemporaryDir dir;
    const PackageExportResult full =
        PackageExport(source.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Full);
    testing::TempDatabase target;
    REQUIRE_FALSE(importInto(target.db(), full.folder).refused());

    // Edits after the export: a resident's phone, and a home visit withdrawn.
    fixClock(Today, QTime(10, 0));
    const QString resident =
        sql::scalar(source.db(),
                    QStringLiteral("SELECT uid FROM residents WHERE deleted = 0 AND discharge_date IS NULL "
                                   "ORDER BY uid LIMIT 1"))
            .toString();
    const QString visit =
        sql::scalar(source.db(),
                    QStringLiteral("SELECT uid FROM home_visits WHERE deleted = 0 ORDER BY uid LIMIT 1"))
            .toString();
    REQUIRE_FALSE(visit.isEmpty());
    {
        Transaction transaction(source.db());
        RecordWriter writer(source.db(), testing::admin());
        writer.update(QStringLiteral("residents"), resident,
                      {{QStringLiteral("phone"), QStringLiteral("13800001111")}});
        writer.markDeleted(QStringLiteral("home_visits"), visit);
        transaction.commit();
    }
    fixClock(Today, QTime(10, 5));
    const PackageExportResult changes =
        PackageExport(source.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Incremental);
    CHECK(changes.sinceSeq == full.untilSeq);
    CHECK(changes.rows.value(QStringLiteral("residents.csv")) == 1);
    CHECK(changes.rows.value(QStringLiteral("home_visits.csv")) == 1);
    CHECK(changes.rows.value(QStringLiteral("shift_logs.csv")) == 0);
    const QStringList visits = dataFiles(changes.folder).value(QStringLiteral("home_visits.csv"));
    CHECK(visits.value(1).startsWith(visit + QLatin1Char(',')));
    CHECK(visits.value(1).endsWith(QStringLiteral(",1")));

    const PackageImportResult imported = importInto(target.db(), changes.folder);
    REQUIRE_FALSE(imported.refused());
    CHECK(imported.changes() == 2);
    CHECK(sql::scalar(target.db(), QStringLiteral("SELECT phone FROM residents WHERE uid = ?"), {resident})
              .toString() == QStringLiteral("13800001111"));
    CHECK(sql::scalar(target.db(), QStringLiteral("SELECT deleted FROM home_visits WHERE uid = ?"), {visit})
              .toInt() == 1);

    // Nothing changed since: the next incremental package is empty.
    fixClock(Today, QTime(10, 10));
    const PackageExportResult none =
        PackageExport(source.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Incremental);
    CHECK(none.rows.value(QStringLiteral("residents.csv")) == 0);
    CHECK(none.rows.value(QStringLiteral("home_visits.csv")) == 0);
}

TEST_CASE("A row older than the stored record is a conflict and leaves it as it is", "[county]")
{
    EmptyCenter center;
    REQUIRE_FALSE(importInto(center.target.db(), validPackage().write(center.dir.path())).refused());
    HandPackage older = validPackage();
    setLine(older, "residents.csv", 2,
            older.files[QStringLiteral("residents.csv")]
                .lines[1]
                .replace(QStringLiteral("张三"), QStringLiteral("张叁"))
                .replace(Stamp, QStringLiteral("2026-10-01T08:00:00+08:00")));
    HandPackage newer = validPackage();
    setLine(newer, "residents.csv", 3,
            newer.files[QStringLiteral("residents.csv")]
                .lines[2]
                .replace(QStringLiteral("李四"), QStringLiteral("李思"))
                .replace(Stamp, QStringLiteral("2026-11-02T08:00:00+08:00")));
    older.files[QStringLiteral("residents.csv")].lines.append(
        newer.files[QStringLiteral("residents.csv")].lines[2]);
    older.files[QStringLiteral("residents.csv")].lines.removeAt(2);
    const PackageImportResult result =
        importInto(center.target.db(), older.write(center.dir.path(), QStringLiteral("TEST-001_2")));
    REQUIRE_FALSE(result.refused());
    REQUIRE(result.conflicts.size() == 1);
    CHECK(result.conflicts.first().file == QStringLiteral("residents.csv"));
    CHECK(result.conflicts.first().line == 2);
    CHECK(sql::scalar(center.target.db(), QStringLiteral("SELECT name FROM residents WHERE uid = 'res-1'"))
              .toString() == QStringLiteral("张三"));
    CHECK(sql::scalar(center.target.db(), QStringLiteral("SELECT name FROM residents WHERE uid = 'res-2'"))
              .toString() == QStringLiteral("李思"));
}

TEST_CASE("Every bad package is refused with its file, line and column, and nothing changes", "[county]")
{
    EmptyCenter center;
    // A center with records, so that "nothing changes" means something.
    REQUIRE_FALSE(importInto(center.target.db(),
                             validPackage().write(center.dir.path(), QStringLiteral("TEST-001_base")))
                      .refused());
    QTemporaryDir exports;
    const auto snapshot = [&] {
        fixClock(Today, QTime(9, 1));
        const QString folder = PackageExport(center.target.db())
                                   .write(testing::admin(), exports.path(), CountyPackage::Mode::Full)
                                   .folder;
        fixClock();
        const auto files = dataFiles(folder);
        QDir(folder).removeRecursively();
        return files;
    };
    const QMap<QString, QStringList> before = snapshot();
    const int audits = count(center.target.db(), QStringLiteral("SELECT count(*) FROM audit_log"));

    const QString otherId = testing::makeIdNumber(QDate(1945, 1, 2), 1, 7);
    QString badCheck = otherId;
    badCheck[17] = badCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString residentHeader = validPackage().files[QStringLiteral("residents.csv")].lines[0];
    const auto residentLine = [&](const QString& id, const QString& birth, const QString& category,
                                  const QString& bed, const QString& admission) {
        return QStringLiteral("res-9,王五,%1,1,%2,%3,%4,,,%5,,,,%6,0")
            .arg(id, birth, category, admission, bed, Stamp);
    };
    struct Case {
        const char* name;
        std::function<void(HandPackage&)> change;
        QString file;
        qint64 line;
        QString column;
    };
    const QList<Case> cases{
        {"bad check digit",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(
                 residentLine(badCheck, QStringLiteral("1945-01-02"), QStringLiteral("TK"), QString(),
                              QStringLiteral("2026-03-01")));
         },
         QStringLiteral("residents.csv"), 4, QStringLiteral("id_number")},
        {"birth date disagreeing with the ID",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(
                 residentLine(otherId, QStringLiteral("1945-01-03"), QStringLiteral("TK"), QString(),
                              QStringLiteral("2026-03-01")));
         },
         QStringLiteral("residents.csv"), 4, QStringLiteral("birth_date")},
        {"bad date",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(
                 residentLine(otherId, QStringLiteral("1945-01-02"), QStringLiteral("TK"), QString(),
                              QStringLiteral("2026-02-30")));
         },
         QStringLiteral("residents.csv"), 4, QStringLiteral("admission_date")},
        {"unknown code",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(
                 residentLine(otherId, QStringLiteral("1945-01-02"), QStringLiteral("XX"), QString(),
                              QStringLiteral("2026-03-01")));
         },
         QStringLiteral("residents.csv"), 4, QStringLiteral("category")},
        {"dangling reference",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(
                 residentLine(otherId, QStringLiteral("1945-01-02"), QStringLiteral("TK"),
                              QStringLiteral("bed-404"), QStringLiteral("2026-03-01")));
         },
         QStringLiteral("residents.csv"), 4, QStringLiteral("bed_uid")},
        {"duplicate uid",
         [&](HandPackage& p) {
             p.files[QStringLiteral("beds.csv")].lines.append(
                 QStringLiteral("bed-2,A-101-3,A,1,101,NURSING,0,1,%1,0").arg(Stamp));
         },
         QStringLiteral("beds.csv"), 4, QStringLiteral("uid")},
        {"level two steps above the total's",
         [&](HandPackage& p) {
             setLine(p, "assessments.csv", 2,
                     QStringLiteral("as-1,res-1,2026-01-12,FIRST,,,,,90,2,王医生,%1,0")
                         .arg(QStringLiteral("2026-11-03T08:00:00+08:00")));
         },
         QStringLiteral("assessments.csv"), 2, QStringLiteral("level")},
        {"missing required column",
         [&](HandPackage& p) {
             QStringList& lines = p.files[QStringLiteral("beds.csv")].lines;
             for (QString& line : lines)
                 line = line.section(QLatin1Char(','), 0, 4) + QLatin1Char(',') +
                        line.section(QLatin1Char(','), 6);
         },
         QStringLiteral("beds.csv"), 1, QStringLiteral("bed_type")},
        {"manifest count mismatch",
         [&](HandPackage& p) {
             p.manifestOverrides.insert(QStringLiteral("rows:beds.csv"), QStringLiteral("3"));
         },
         QStringLiteral("beds.csv"), 0, QString()},
        {"checksum mismatch",
         [&](HandPackage& p) {
             p.manifestOverrides.insert(QStringLiteral("sha256:beds.csv"), QString(64, QLatin1Char('0')));
         },
         QStringLiteral("beds.csv"), 0, QString()},
        {"truncated file",
         [&](HandPackage& p) {
             p.files[QStringLiteral("residents.csv")].lines.append(QStringLiteral("res-9,\"王五"));
         },
         QStringLiteral("residents.csv"), 4, QString()},
    };
    int n = 0;
    for (const Case& refusal : cases) {
        SECTION(refusal.name)
        {
            HandPackage package = validPackage();
            refusal.change(package);
            const PackageImportResult result = importInto(
                center.target.db(), package.write(center.dir.path(), QStringLiteral("TEST-001_%1").arg(++n)));
            const ImportProblem problem = onlyProblem(result);
            CHECK(problem.file == refusal.file);
            CHECK(problem.line == refusal.line);
            CHECK(problem.column == refusal.column);
            CHECK_FALSE(problem.reason.isEmpty());
            CHECK(result.backupPath.isEmpty());
        }
    }
    CHECK(count(center.target.db(), QStringLiteral("SELECT count(*) FROM audit_log")) == audits);
    CHECK(snapshot() == before);
}

TEST_CASE(
    "A package from another program imports: GB18030, LF, no BOM, quoted newlines, escapes, any column order",
    "[county]")
{
    EmptyCenter center;
    HandPackage package = validPackage();
    SECTION("GB18030")
    {
        package.encoding = QStringLiteral("GB18030");
    }
    SECTION("LF line ends and no BOM")
    {
        package.lineEnd = QStringLiteral("\n");
        package.bom = false;
    }
    SECTION("quoted newline, formula escape, columns in another order and an unknown column")
    {
        package.files[QStringLiteral("beds.csv")].lines = {
            QStringLiteral("note,in_service,room,bed_code,uid,bed_type,updated_at"),
            QStringLiteral("\"two\r\nlines\",1,101,'=A-101-1,bed-1,NURSING,%1").arg(Stamp),
            QStringLiteral("x,1,101,A-101-2,bed-2,GENERAL,%1").arg(Stamp)};
        const PackageImportResult result = importInto(center.target.db(), package.write(center.dir.path()));
        INFO(describe(result).toStdString());
        REQUIRE_FALSE(result.refused());
        REQUIRE(result.warnings.size() == 1);
        CHECK(result.warnings.first().column == QStringLiteral("note"));
        CHECK(sql::scalar(center.target.db(), QStringLiteral("SELECT bed_code FROM beds WHERE uid = 'bed-1'"))
                  .toString() == QStringLiteral("=A-101-1"));
        return;
    }
    const PackageImportResult result = importInto(center.target.db(), package.write(center.dir.path()));
    REQUIRE_FALSE(result.refused());
    CHECK(result.changes() == 5);
    CHECK(sql::scalar(center.target.db(), QStringLiteral("SELECT name FROM residents WHERE uid = 'res-1'"))
              .toString() == QStringLiteral("张三"));
    CHECK(sql::scalar(center.target.db(), QStringLiteral("SELECT bed_uid FROM residents WHERE uid = 'res-2'"))
              .toString() == QStringLiteral("bed-2"));
    CHECK(count(center.target.db(), QStringLiteral("SELECT count(*) FROM resident_stays")) == 2);
    CHECK(count(center.target.db(),
                QStringLiteral("SELECT count(*) FROM bed_assignments WHERE to_date IS NULL")) == 2);
}

TEST_CASE("A dry run reports what would happen and changes nothing", "[county]")
{
    EmptyCenter center;
    const QString folder = validPackage().write(center.dir.path());
    const PackageImportResult result = importInto(center.target.db(), folder, true);
    REQUIRE_FALSE(result.refused());
    CHECK(result.dryRun);
    CHECK(result.changes() == 5);
    CHECK(result.backupPath.isEmpty());
    CHECK(count(center.target.db(), QStringLiteral("SELECT count(*) FROM residents")) == 0);
    CHECK(count(center.target.db(),
                QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'IMPORT'")) == 0);
}

TEST_CASE("A package of another center is refused; an export is audited and needs the facility code",
          "[county]")
{
    EmptyCenter center;
    Settings(center.target.db())
        .setValue(testing::admin(), Settings::FacilityCode, QStringLiteral("OTHER-9"));
    const PackageImportResult result =
        importInto(center.target.db(), validPackage().write(center.dir.path()));
    CHECK(onlyProblem(result).column == QStringLiteral("facility_code"));

    testing::TempDatabase fresh;
    QTemporaryDir dir;
    CHECK_THROWS_AS(PackageExport(fresh.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Full),
                    Error);
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    Settings(fresh.db()).setValue(testing::admin(), Settings::FacilityCode, QStringLiteral("NEW-1"));
    const PackageExportResult exported =
        PackageExport(fresh.db()).write(testing::admin(), dir.path(), CountyPackage::Mode::Full);
    CHECK(sql::scalar(
              fresh.db(),
              QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT' AND detail LIKE ?"),
              {QStringLiteral("%") + QDir(exported.folder).dirName() + QStringLiteral("%")})
              .toInt() == 1);
    CHECK(PackageExport(fresh.db()).lastExportSeq() == exported.untilSeq);
    // A nurse may not export the county's package.
    const Actor nurse(QStringLiteral("nurse"), Role::Nurse);
    CHECK_THROWS_AS(PackageExport(fresh.db()).write(nurse, dir.path(), CountyPackage::Mode::Full), Error);
}

TEST_CASE("The county summary reads many centers' packages, sums the county and flags centers below target",
          "[county]")
{
    ClockGuard clock;
    QTemporaryDir packages;
    QStringList codes;
    for (quint32 seed : {3u, 4u}) {
        testing::TempDatabase center;
        makeDemo(center, seed);
        const QString code = QStringLiteral("HB-%1").arg(seed);
        Settings(center.db()).setValue(testing::admin(), Settings::FacilityCode, code);
        codes.append(code);
        PackageExport(center.db()).write(testing::admin(), packages.path(), CountyPackage::Mode::Full);
    }
    // A package that cannot be read is listed with its problem, not left out.
    HandPackage broken = validPackage();
    broken.manifestOverrides.insert(QStringLiteral("rows:beds.csv"), QStringLiteral("9"));
    broken.write(packages.path(), QStringLiteral("TEST-001_broken"));

    const CountySummary summary = CountySummaryService::read(packages.path());
    CHECK(summary.month == QStringLiteral("2026-10"));
    REQUIRE(summary.centers.size() == 3);
    int readable = 0;
    QMap<QString, qint64> sums;
    for (const CenterFigures& center : summary.centers) {
        INFO(center.facilityCode.toStdString());
        if (center.facilityCode == QStringLiteral("TEST-001")) {
            CHECK_FALSE(center.problem.isEmpty());
            continue;
        }
        ++readable;
        CHECK(codes.contains(center.facilityCode));
        CHECK(center.problem.isEmpty());
        for (const QString& column : {QStringLiteral("beds_total"), QStringLiteral("nursing_beds"),
                                      QStringLiteral("residents_total"), QStringLiteral("caregivers")})
            sums[column] += center.figures.value(column).toLongLong();
        const double ratio = center.figures.value(QStringLiteral("nursing_bed_ratio")).toDouble();
        CHECK(center.belowNursingTarget == (ratio < 55.0));
    }
    CHECK(readable == 2);
    CHECK(summary.county.figures.value(QStringLiteral("beds_total")).toLongLong() ==
          sums.value(QStringLiteral("beds_total")));
    CHECK(summary.county.figures.value(QStringLiteral("nursing_bed_ratio")) ==
          percent::text(percent::tenthsHalfUp(sums.value(QStringLiteral("nursing_beds")),
                                              sums.value(QStringLiteral("beds_total")))));
    CHECK(summary.county.figures.value(QStringLiteral("caregiver_ratio")) ==
          percent::text(percent::ratioTenthsHalfUp(sums.value(QStringLiteral("residents_total")),
                                                   sums.value(QStringLiteral("caregivers")))));
    CHECK(CountySummaryService::rows(summary).size() == 4);

    const CountySummary earlier = CountySummaryService::read(packages.path(), QStringLiteral("2026-03"));
    CHECK(earlier.month == QStringLiteral("2026-03"));
    CHECK_THROWS_AS(CountySummaryService::read(packages.path(), QStringLiteral("2026-13")), Error);

    testing::TempDatabase office;
    const QString xlsx = QDir(packages.path()).filePath(QStringLiteral("county.xlsx"));
    const QString csv = QDir(packages.path()).filePath(QStringLiteral("county.csv"));
    CHECK(CountySummaryService::write(office.db(), testing::admin(), summary, xlsx, FileFormat::Xlsx) == 3);
    CHECK(CountySummaryService::write(office.db(), testing::admin(), summary, csv, FileFormat::Csv) == 3);
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(codes.first()));
    CHECK(text.contains(QStringLiteral("TEST-001")));
    CHECK(sql::scalar(office.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'EXPORT'"))
              .toInt() == 2);
}
