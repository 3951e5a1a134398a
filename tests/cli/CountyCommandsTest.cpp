// export and import: the county package from the command line, with the exit codes of the
// issue (0 done, 1 a wrong command line, 2 a package refused, nothing changed).

#include "CliRunner.h"
#include "ReportFixture.h"
#include "center/CenterService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

int residents(const QString& path)
{
    const auto db = core::Database::open(path, core::Database::OpenMode::ReadOnly);
    return core::sql::scalar(*db, QStringLiteral("SELECT count(*) FROM residents")).toInt();
}

} // namespace

TEST_CASE("export writes a package and prints its folder; import brings it in once, after a dry run",
          "[cli][county]")
{
    testing::ReportFixture center;
    center.nameCenter();
    const QString source = center.temp.path();
    center.temp.close();
    QTemporaryDir dir;

    CHECK(testing::runCliOn(source, {QStringLiteral("export")}).exitCode == 1);
    const testing::CliRun exported =
        testing::runCliOn(source, {QStringLiteral("export"), QStringLiteral("--out"), dir.path()});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QString folder = exported.out.trimmed();
    CHECK(QFileInfo(folder).fileName().startsWith(QStringLiteral("HB130821-003_")));
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("manifest.csv"))));
    CHECK(QFile::exists(QDir(folder).filePath(QStringLiteral("residents.csv"))));

    const QString target = QDir(dir.path()).filePath(QStringLiteral("target.sqlite"));
    REQUIRE(testing::runCliOn(target, {QStringLiteral("init")}).exitCode == 0);
    const testing::CliRun dryRun = testing::runCliOn(
        target, {QStringLiteral("import"), QStringLiteral("--in"), folder, QStringLiteral("--dry-run")});
    INFO(dryRun.err.toStdString());
    CHECK(dryRun.exitCode == 0);
    CHECK(dryRun.out.contains(QStringLiteral("residents.csv")));
    CHECK(dryRun.err.contains(QStringLiteral("Dry run")));
    CHECK(residents(target) == 0);

    const testing::CliRun imported =
        testing::runCliOn(target, {QStringLiteral("import"), QStringLiteral("--in"), folder});
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(residents(target) == residents(source));
    CHECK(QDir(QDir(dir.path()).filePath(QStringLiteral("backups"))).entryList(QDir::Files).size() == 1);

    const testing::CliRun again =
        testing::runCliOn(target, {QStringLiteral("import"), QStringLiteral("--in"), folder});
    CHECK(again.exitCode == 0);
    CHECK(again.err.contains(QStringLiteral("Nothing to change")));

    // The county's view of the folder of packages: the center's October figures and the total.
    const QString summary = QDir(dir.path()).filePath(QStringLiteral("county.csv"));
    const testing::CliRun county = testing::runCliOn(
        target, {QStringLiteral("county-summary"), QStringLiteral("--in"), dir.path(),
                 QStringLiteral("--out"), summary, QStringLiteral("--month"), QStringLiteral("2026-10")});
    INFO(county.err.toStdString());
    CHECK(county.exitCode == 0);
    CHECK(county.out.contains(QStringLiteral("80.0")));
    QFile file(summary);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("HB130821-003")));
    CHECK(text.contains(QStringLiteral("County total")));
    CHECK(testing::runCliOn(target, {QStringLiteral("county-summary"), QStringLiteral("--in"), dir.path(),
                                     QStringLiteral("--out"), summary, QStringLiteral("--month"),
                                     QStringLiteral("2026-13")})
              .exitCode == 2);
    CHECK(testing::runCliOn(target,
                            {QStringLiteral("county-summary"), QStringLiteral("--in"), dir.path(),
                             QStringLiteral("--out"), QDir(dir.path()).filePath(QStringLiteral("c.txt"))})
              .exitCode == 2);
}

TEST_CASE("import refuses a damaged package with exit 2, writes the error report and changes nothing",
          "[cli][county]")
{
    testing::ReportFixture center;
    center.nameCenter();
    const QString source = center.temp.path();
    center.temp.close();
    QTemporaryDir dir;
    const QString folder =
        testing::runCliOn(source, {QStringLiteral("export"), QStringLiteral("--out"), dir.path()})
            .out.trimmed();
    QFile beds(QDir(folder).filePath(QStringLiteral("beds.csv")));
    REQUIRE(beds.open(QIODevice::Append));
    beds.write("x\r\n");
    beds.close();

    const QString target = QDir(dir.path()).filePath(QStringLiteral("target.sqlite"));
    REQUIRE(testing::runCliOn(target, {QStringLiteral("init")}).exitCode == 0);
    const QString errors = QDir(dir.path()).filePath(QStringLiteral("errors.csv"));
    const testing::CliRun run = testing::runCliOn(target, {QStringLiteral("import"), QStringLiteral("--in"),
                                                           folder, QStringLiteral("--errors"), errors});
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QStringLiteral("beds.csv")));
    QFile report(errors);
    REQUIRE(report.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(report.readAll());
    CHECK(text.contains(QStringLiteral("File,Line,Column,Value,Reason")));
    CHECK(text.contains(QStringLiteral("beds.csv")));
    CHECK(residents(target) == 0);
    CHECK(testing::runCliOn(target, {QStringLiteral("import"), QStringLiteral("--in"),
                                     QDir(dir.path()).filePath(QStringLiteral("missing"))})
              .exitCode == 2);
}
