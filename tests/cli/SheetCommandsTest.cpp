// import-sheet: a roster (花名册) of residents or staff from the command line.

#include "CliRunner.h"
#include "ResidentFixtures.h"
#include "RosterSheets.h"
#include "TempDatabase.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::testing;

namespace {

QString s(const char* text)
{
    return QString::fromUtf8(text);
}

struct CliCenter {
    TempDatabase temp;
    QString db;
    CliCenter()
    {
        addBed(temp.db(), QStringLiteral("A-101-1"));
        addBed(temp.db(), QStringLiteral("A-101-2"));
        db = temp.path();
        temp.close();
    }
    QString path(const QString& name) const { return QDir(temp.dir()).filePath(name); }
    int count(const QString& table)
    {
        auto database = core::Database::open(db);
        return core::sql::scalar(*database, QStringLiteral("SELECT count(*) FROM %1").arg(table)).toInt();
    }
    QString roster(const QString& name, const QString& secondBed)
    {
        return writeRosterCsv(
            path(name), {{s("姓名"), s("身份证号"), s("性别"), s("床位号"), s("入住日期"), s("人员类别")},
                         {s("张三"), makeIdNumber(QDate(1945, 3, 12), 1, 1), s("男"),
                          QStringLiteral("A-101-1"), QStringLiteral("2024-03-05"), s("特困")},
                         {s("李四"), makeIdNumber(QDate(1950, 7, 1), 2, 2), s("女"), secondBed,
                          s("2024年3月6日"), s("低保")}});
    }
};

} // namespace

TEST_CASE("import-sheet imports a resident roster after a backup", "[cli][sheets]")
{
    CliCenter center;
    const QString file = center.roster(QStringLiteral("roster.csv"), QStringLiteral("A-101-2"));
    const CliRun run = runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--kind"),
                                            QStringLiteral("residents"), QStringLiteral("--in"), file});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("roster.csv: 2 rows checked, 2 accepted, 0 refused.")));
    CHECK(run.out.contains(QStringLiteral("Imported 2 records.")));
    CHECK(center.count(QStringLiteral("residents")) == 2);
    const QStringList backups =
        QDir(center.path(QStringLiteral("backups"))).entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    CHECK(backups.size() == 1);
    CHECK(run.out.contains(backups.value(0)));
}

TEST_CASE("import-sheet refuses the whole roster for one bad row and writes the error report",
          "[cli][sheets]")
{
    CliCenter center;
    const QString file = center.roster(QStringLiteral("roster.csv"), QStringLiteral("A-101-1"));
    const QString report = center.path(QStringLiteral("errors.csv"));
    const CliRun run = runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--kind"),
                                            QStringLiteral("residents"), QStringLiteral("--in"), file,
                                            QStringLiteral("--errors"), report});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 2);
    CHECK(run.out.contains(QStringLiteral("1 accepted, 1 refused")));
    CHECK(run.out.contains(s("Line 3, column 床位号, value \"A-101-1\": Bed A-101-1: is occupied by 张三.")));
    CHECK(run.err.contains(QStringLiteral("nothing was changed")));
    CHECK(center.count(QStringLiteral("residents")) == 0);
    CHECK_FALSE(QFileInfo::exists(center.path(QStringLiteral("backups"))));
    QFile errors(report);
    REQUIRE(errors.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(errors.readAll());
    CHECK(text.contains(s("roster.csv,3,床位号,A-101-1,")));

    // An error report onto the database is refused before anything is imported.
    const QString good = center.roster(QStringLiteral("good.csv"), QStringLiteral("A-101-2"));
    const QByteArray before = fileBytes(center.db);
    const CliRun ontoDatabase = runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--kind"),
                                                     QStringLiteral("residents"), QStringLiteral("--in"),
                                                     good, QStringLiteral("--errors"), center.db});
    CHECK(ontoDatabase.exitCode == 2);
    CHECK(fileBytes(center.db) == before);
    CHECK(center.count(QStringLiteral("residents")) == 0);

    // The same with --dry-run: refused just the same.
    CHECK(runCliOn(center.db,
                   {QStringLiteral("import-sheet"), QStringLiteral("--kind"), QStringLiteral("residents"),
                    QStringLiteral("--in"), file, QStringLiteral("--dry-run")})
              .exitCode == 2);
}

TEST_CASE("import-sheet --dry-run checks and changes nothing", "[cli][sheets]")
{
    CliCenter center;
    const QString file = center.roster(QStringLiteral("roster.csv"), QStringLiteral("A-101-2"));
    const CliRun run = runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--kind"),
                                            QStringLiteral("residents"), QStringLiteral("--in"), file,
                                            QStringLiteral("--dry-run")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("2 accepted, 0 refused")));
    CHECK(run.err.contains(QStringLiteral("Dry run")));
    CHECK(center.count(QStringLiteral("residents")) == 0);
    CHECK_FALSE(QFileInfo::exists(center.path(QStringLiteral("backups"))));
}

TEST_CASE("import-sheet imports staff from XLSX with --map for a header it does not know", "[cli][sheets]")
{
    CliCenter center;
    const QString file = writeRosterXlsx(center.path(QStringLiteral("staff.xlsx")),
                                         {{s("姓名"), s("工作"), s("入职日期")},
                                          {s("刘护理"), s("护理员"), QDate(2020, 5, 1)},
                                          {s("陈护士"), QStringLiteral("NURSE"), QDate(2021, 6, 1)}});
    const QStringList base{QStringLiteral("import-sheet"), QStringLiteral("--kind"), QStringLiteral("staff"),
                           QStringLiteral("--in"), file};
    const CliRun unmapped = runCliOn(center.db, base);
    CHECK(unmapped.exitCode == 2);
    CHECK(unmapped.out.contains(QStringLiteral("Line 1: No column holds Role")));

    const CliRun run = runCliOn(center.db, base + QStringList{QStringLiteral("--map"), s("工作=role")});
    INFO(run.out.toStdString() << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(center.count(QStringLiteral("staff")) == 2);

    CHECK(runCliOn(center.db, base + QStringList{QStringLiteral("--map"), s("工作=job")}).exitCode == 2);
}

TEST_CASE("import-sheet: usage, missing files and the field list", "[cli][sheets]")
{
    CliCenter center;
    CHECK(runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--in"),
                               center.path(QStringLiteral("x.csv"))})
              .exitCode == 1); // --kind is needed
    const CliRun missing = runCliOn(center.db, {QStringLiteral("import-sheet"), QStringLiteral("--kind"),
                                                QStringLiteral("staff"), QStringLiteral("--in"),
                                                center.path(QStringLiteral("missing.csv"))});
    CHECK(missing.exitCode == 3);
    const CliRun help = runCli({QStringLiteral("--lang"), QStringLiteral("en"),
                                QStringLiteral("import-sheet"), QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char* field : {"id_number", "admission_date", "emergency_phone", "skill_level", "hire_date"})
        CHECK(help.out.contains(QString::fromLatin1(field)));
}
