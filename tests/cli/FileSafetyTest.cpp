// The edges where the program touches files, driven through the real programs: nothing is written
// over the records, a mistyped path creates nothing, writers queue, files are private, and a
// read-only or damaged file is named for what it is.

#include "CliRunner.h"
#include "TempDatabase.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <sys/stat.h>
#include <unistd.h>

using namespace jinglao;
using jinglao::testing::fileBytes;

namespace {

// A closed database with a few records, at temp.path().
void makeCenter(testing::TempDatabase& temp)
{
    temp.close();
    const testing::CliRun demo = testing::runCliOn(
        temp.path(), {QStringLiteral("roster-templates"), QStringLiteral("--set"), QStringLiteral("two")});
    REQUIRE(demo.exitCode == 0);
}

mode_t modeOf(const QString& path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return info.st_mode & 0777;
}

// Arguments that make each command open the database; a command missing here fails the test
// that lists them, so a new command is checked too.
QMap<QString, QStringList> commandsOpeningTheDatabase(const QString& folder)
{
    return {
        {QStringLiteral("check"), {}},
        {QStringLiteral("alerts"), {}},
        {QStringLiteral("residents"), {}},
        {QStringLiteral("staff"), {}},
        {QStringLiteral("shift-log"), {}},
        {QStringLiteral("visits"), {}},
        {QStringLiteral("referrals"), {}},
        {QStringLiteral("visit-plan-export"), {QStringLiteral("--out"), folder + QStringLiteral("/p.xlsx")}},
        {QStringLiteral("report"),
         {QStringLiteral("--month"), QStringLiteral("2026-10"), QStringLiteral("--out"),
          folder + QStringLiteral("/r.csv")}},
        {QStringLiteral("center"), {}},
        {QStringLiteral("backup"), {QStringLiteral("--out"), folder + QStringLiteral("/b.sqlite")}},
        {QStringLiteral("restore"), {QStringLiteral("--from"), folder + QStringLiteral("/b.sqlite")}},
        {QStringLiteral("import-sheet"),
         {QStringLiteral("--kind"), QStringLiteral("staff"), QStringLiteral("--in"),
          folder + QStringLiteral("/s.csv")}},
        {QStringLiteral("occupancy"), {}},
        {QStringLiteral("user"), {QStringLiteral("list")}},
        {QStringLiteral("roster-templates"), {}},
        {QStringLiteral("roster-norm"), {}},
        {QStringLiteral("roster-target"), {}},
        {QStringLiteral("roster-warnings"), {}},
        {QStringLiteral("roster-export"), {QStringLiteral("--out"), folder + QStringLiteral("/r.xlsx")}},
        {QStringLiteral("assessments-due"), {}},
        {QStringLiteral("assessment-interval"), {}},
        {QStringLiteral("export"), {QStringLiteral("--out"), folder}},
        {QStringLiteral("import"), {QStringLiteral("--in"), folder}},
        {QStringLiteral("county-summary"),
         {QStringLiteral("--in"), folder, QStringLiteral("--out"), folder + QStringLiteral("/c.csv")}},
    };
}

QStringList listedCommands()
{
    const testing::CliRun help = testing::runCli({QStringLiteral("help")});
    REQUIRE(help.exitCode == 0);
    QStringList names;
    static const QRegularExpression line(QStringLiteral("^  ([a-z][a-z-]*)"),
                                         QRegularExpression::MultilineOption);
    for (auto it = line.globalMatch(help.out + help.err); it.hasNext();)
        names.append(it.next().captured(1));
    return names;
}

} // namespace

TEST_CASE("An export onto the open database is refused and the file stays byte for byte", "[cli][files]")
{
    testing::TempDatabase temp;
    makeCenter(temp);
    const QString db = temp.path();
    const QString dir = temp.dir();
    REQUIRE(QDir(dir).mkdir(QStringLiteral("sub")));
    REQUIRE(QFile::link(db, dir + QStringLiteral("/shortcut.xlsx")));
    const QByteArray before = fileBytes(db);

    for (const QString& target :
         {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), db + QStringLiteral("-journal"),
          dir + QStringLiteral("/sub/../jinglao.sqlite"), dir + QStringLiteral("/shortcut.xlsx")}) {
        INFO(target.toStdString());
        const testing::CliRun run =
            testing::runCliOn(db, {QStringLiteral("roster-export"), QStringLiteral("--out"), target});
        CHECK(run.exitCode == 2);
        CHECK(run.err.contains(QDir::toNativeSeparators(target)));
        CHECK(fileBytes(db) == before);
        const testing::CliRun backup =
            testing::runCliOn(db, {QStringLiteral("backup"), QStringLiteral("--out"), target});
        CHECK(backup.exitCode == 2);
        CHECK(fileBytes(db) == before);
    }
    CHECK_FALSE(QFileInfo::exists(db + QStringLiteral("-journal")));
    CHECK(QFileInfo(dir + QStringLiteral("/shortcut.xlsx")).isSymbolicLink());
}

TEST_CASE("A screenshot onto the open database is refused before anything is drawn", "[cli][gui][files]")
{
    testing::TempDatabase temp;
    makeCenter(temp);
    const QByteArray before = fileBytes(temp.path());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const testing::CliRun run =
        testing::runProgram(QStringLiteral(JINGLAO_GUI),
                            {QStringLiteral("--db"), temp.path(), QStringLiteral("--lang"),
                             QStringLiteral("en"), QStringLiteral("--screenshot"), temp.path()},
                            {}, environment);
    CHECK(run.exitCode == 2);
    CHECK(run.err.contains(QDir::toNativeSeparators(temp.path())));
    CHECK(fileBytes(temp.path()) == before);
}

TEST_CASE("Every command but init and demo refuses a path with no database and creates nothing",
          "[cli][files]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("typo"));
    const QString missing = folder + QStringLiteral("/jinglao.sqlite");
    const QMap<QString, QStringList> commands = commandsOpeningTheDatabase(dir.path());
    for (const QString& name : listedCommands()) {
        if (name == QStringLiteral("version") || name == QStringLiteral("help") ||
            name == QStringLiteral("init") || name == QStringLiteral("demo"))
            continue;
        INFO("command " << name.toStdString());
        REQUIRE(commands.contains(name));
        const testing::CliRun run = testing::runCliOn(missing, QStringList{name} + commands.value(name));
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("no database")));
        CHECK(run.err.contains(QDir::toNativeSeparators(missing)));
        CHECK_FALSE(QFileInfo::exists(folder));
    }
    CHECK(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("An empty --db or a server address is refused and never opens the default file", "[cli][files]")
{
    QTemporaryDir home;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    const QString program = QStringLiteral(JINGLAO_CLI);
    const testing::CliRun empty = testing::runProgram(
        program, {QStringLiteral("--db"), QString(), QStringLiteral("init")}, {}, environment);
    CHECK(empty.exitCode == 2);
    const testing::CliRun url = testing::runProgram(
        program,
        {QStringLiteral("--db"), QStringLiteral("postgresql://care@db/jinglao"), QStringLiteral("init")}, {},
        environment);
    CHECK(url.exitCode == 2);
    CHECK(url.err.contains(QStringLiteral("postgresql://care@db/jinglao")));
    CHECK(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
}

TEST_CASE("init, backup and exports create owner-only files and folders", "[cli][files]")
{
    QTemporaryDir dir;
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner | QFileDevice::ReadOther |
                                          QFileDevice::ExeOther);
    const QString db = dir.filePath(QStringLiteral("new/center/jinglao.sqlite"));
    const mode_t saved = ::umask(022); // the usual desktop umask: files would be 0644
    CHECK(testing::runCliOn(db, {QStringLiteral("init")}).exitCode == 0);
    CHECK(modeOf(dir.filePath(QStringLiteral("new"))) == 0700);
    CHECK(modeOf(dir.filePath(QStringLiteral("new/center"))) == 0700);
    CHECK(modeOf(db) == 0600);

    const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
    const QString workbook = dir.filePath(QStringLiteral("roster.xlsx"));
    CHECK(testing::runCliOn(db, {QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode == 0);
    CHECK(testing::runCliOn(db, {QStringLiteral("roster-export"), QStringLiteral("--out"), workbook})
              .exitCode == 0);
    CHECK(modeOf(backup) == 0600);
    CHECK(modeOf(workbook) == 0600);

    SECTION("replacing a readable file leaves an owner-only one")
    {
        QFile::setPermissions(workbook,
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
        CHECK(testing::runCliOn(db, {QStringLiteral("roster-export"), QStringLiteral("--out"), workbook})
                  .exitCode == 0);
        CHECK(modeOf(workbook) == 0600);
    }
    CHECK(QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden).isEmpty());
    ::umask(saved);
}

TEST_CASE("Writers in several processes queue instead of failing, and no write is lost", "[cli][storage]")
{
    testing::TempDatabase temp;
    temp.close();
    SECTION("four programs writing 100 times each")
    {
        QList<QProcess*> writers;
        for (int i = 0; i < 4; ++i) {
            auto* writer = new QProcess;
            writer->start(QStringLiteral(JINGLAO_TEST_WRITER),
                          {temp.path(), QStringLiteral("100"), QString::number(i)});
            writers.append(writer);
        }
        for (QProcess* writer : writers) {
            REQUIRE(writer->waitForFinished(180000));
            INFO(writer->readAllStandardError().toStdString());
            CHECK(writer->exitCode() == 0);
            delete writer;
        }
        temp.reopen();
        CHECK(core::sql::scalar(temp.db(),
                                QStringLiteral("SELECT value FROM settings WHERE key = 'test_counter'"))
                  .toInt() == 400);
    }
    SECTION("three inits of one new file all end current")
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("fresh.sqlite"));
        QList<QProcess*> inits;
        for (int i = 0; i < 3; ++i) {
            auto* init = new QProcess;
            init->start(QStringLiteral(JINGLAO_CLI), {QStringLiteral("--db"), db, QStringLiteral("--lang"),
                                                      QStringLiteral("en"), QStringLiteral("init")});
            inits.append(init);
        }
        for (QProcess* init : inits) {
            REQUIRE(init->waitForFinished(60000));
            const QString err = QString::fromUtf8(init->readAllStandardError());
            INFO(err.toStdString());
            CHECK(init->exitCode() == 0);
            CHECK_FALSE(err.contains(QStringLiteral("left at version")));
            delete init;
        }
        CHECK(testing::runCliOn(db, {QStringLiteral("version")}).exitCode == 0);
        auto opened = core::Database::open(db);
        CHECK(opened->schemaVersion() == core::Database::latestSchemaVersion());
    }
}

TEST_CASE("check on a damaged page exits with 3 and says the file is damaged", "[cli][files]")
{
    testing::TempDatabase temp;
    makeCenter(temp);
    temp.reopen();
    const qint64 pageSize = core::sql::scalar(temp.db(), QStringLiteral("PRAGMA page_size")).toLongLong();
    const qint64 pages = core::sql::scalar(temp.db(), QStringLiteral("PRAGMA page_count")).toLongLong();
    temp.close();
    REQUIRE(pages > 8);
    {
        // The header and the schema's first page stay readable; a page of table data is overwritten.
        QFile file(temp.path());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(pageSize * (pages - 2)));
        file.write(QByteArray(static_cast<int>(pageSize), '\x5a'));
    }
    const testing::CliRun run = testing::runCliOn(temp.path(), {QStringLiteral("check")});
    CHECK(run.exitCode == 3);
    CHECK((run.out + run.err).contains(QStringLiteral("amaged")));
}

TEST_CASE("Messages name the value instead of passing on Qt's or SQLite's words", "[cli][files]")
{
    testing::TempDatabase temp;
    temp.close();
    const testing::CliRun empty =
        testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), QString()});
    CHECK(empty.exitCode == 2);
    CHECK(empty.err.contains(QStringLiteral("Backup file")));
    CHECK(empty.err.contains(QStringLiteral("a file name is needed")));
    const testing::CliRun folder =
        testing::runCliOn(temp.path(), {QStringLiteral("roster-export"), QStringLiteral("--out"),
                                        temp.dir() + QStringLiteral("/no/x.xlsx")});
    CHECK(folder.exitCode == 3);
    CHECK(folder.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(folder.err.contains(QStringLiteral("libxlsxwriter")));
    const testing::CliRun zh = testing::runCli({QStringLiteral("--db"), temp.path(), QStringLiteral("--lang"),
                                                QStringLiteral("zh_CN"), QStringLiteral("backup"),
                                                QStringLiteral("--out"), QString()});
    CHECK(zh.err.contains(QStringLiteral("备份文件")));
    CHECK(zh.err.contains(QStringLiteral("需要填写文件名")));
}

TEST_CASE("A write-protected database is read, checked and backed up, and called read-only", "[cli][files]")
{
    // Root writes through any permission, so as root the programs run as nobody (setpriv); the
    // folder and file are then write-protected for them as for an ordinary user.
    testing::TempDatabase temp;
    makeCenter(temp);
    temp.close();
    const QFileDevice::Permissions readable =
        QFileDevice::ReadOwner | QFileDevice::ReadUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    const QFileDevice::Permissions enterable = readable | QFileDevice::ExeOwner | QFileDevice::ExeUser |
                                               QFileDevice::ExeGroup | QFileDevice::ExeOther;
    QTemporaryDir out;
    REQUIRE(QFile::setPermissions(out.path(), enterable | QFileDevice::WriteOwner | QFileDevice::WriteUser |
                                                  QFileDevice::WriteGroup | QFileDevice::WriteOther));
    REQUIRE(QFile::setPermissions(temp.path(), readable));
    REQUIRE(QFile::setPermissions(temp.dir(), enterable));
    const QByteArray before = fileBytes(temp.path());

    const auto run = [&](const QStringList& arguments) {
        const QStringList cli =
            QStringList{QStringLiteral("--db"), temp.path(), QStringLiteral("--lang"), QStringLiteral("en")} +
            arguments;
        if (::geteuid() != 0)
            return testing::runCli(cli);
        return testing::runProgram(QStringLiteral("setpriv"), QStringList{QStringLiteral("--reuid=65534"),
                                                                          QStringLiteral("--regid=65534"),
                                                                          QStringLiteral("--clear-groups"),
                                                                          QStringLiteral(JINGLAO_CLI)} +
                                                                  cli);
    };
    const testing::CliRun check = run({QStringLiteral("check")});
    INFO(check.err.toStdString());
    CHECK(check.exitCode == 0);
    CHECK_FALSE(check.err.contains(QStringLiteral("amaged")));

    const testing::CliRun write =
        run({QStringLiteral("roster-templates"), QStringLiteral("--set"), QStringLiteral("three")});
    CHECK(write.exitCode == 3);
    CHECK(write.err.contains(QStringLiteral("read-only")));
    CHECK_FALSE(write.err.contains(QStringLiteral("INSERT")));
    CHECK_FALSE(write.err.contains(QStringLiteral("UPDATE")));

    const QString copy = out.filePath(QStringLiteral("copy.sqlite"));
    const testing::CliRun backup = run({QStringLiteral("backup"), QStringLiteral("--out"), copy});
    CHECK(backup.exitCode == 0);
    CHECK(backup.err.contains(QStringLiteral("could not be recorded")));
    CHECK(QFileInfo(copy).size() > 0);

    CHECK(fileBytes(temp.path()) == before);
    QFile::setPermissions(temp.dir(), enterable | QFileDevice::WriteOwner | QFileDevice::WriteUser);
}

TEST_CASE("restore --from replaces the database with a checked backup and keeps the one it replaced",
          "[cli][files][restore]")
{
    testing::TempDatabase temp;
    makeCenter(temp);
    const QString backup = temp.dir() + QStringLiteral("/friday.sqlite");
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), backup})
                .exitCode == 0);
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("center"), QStringLiteral("--name"),
                                            QStringLiteral("周五之后改的名字")})
                .exitCode == 0);

    const testing::CliRun refused =
        testing::runCliOn(temp.path(), {QStringLiteral("restore"), QStringLiteral("--from"),
                                        temp.dir() + QStringLiteral("/none.sqlite")});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("none.sqlite")));

    const testing::CliRun restored =
        testing::runCliOn(temp.path(), {QStringLiteral("restore"), QStringLiteral("--from"), backup});
    INFO(restored.err.toStdString());
    REQUIRE(restored.exitCode == 0);
    CHECK(restored.out.contains(QStringLiteral("friday.sqlite")));
    CHECK(restored.out.contains(QStringLiteral("before-restore")));
    const testing::CliRun shown = testing::runCliOn(temp.path(), {QStringLiteral("center")});
    CHECK_FALSE(shown.out.contains(QStringLiteral("周五之后改的名字")));
    CHECK(testing::runCliOn(temp.path(), {QStringLiteral("check")}).exitCode == 0);
}

namespace {

// jinglao-cli with the file-size limit of a nearly full disk or a quota (ulimit -f, in KiB).
testing::CliRun runLimited(int kilobytes, const QString& db, const QStringList& arguments)
{
    return testing::runProgram(QStringLiteral("/bin/bash"),
                               QStringList{QStringLiteral("-c"),
                                           QStringLiteral("ulimit -f %1; exec \"$0\" \"$@\"").arg(kilobytes),
                                           QStringLiteral(JINGLAO_CLI), QStringLiteral("--db"), db,
                                           QStringLiteral("--lang"), QStringLiteral("en")} +
                                   arguments);
}

} // namespace

TEST_CASE(
    "Writes past the file-size limit fail with a clear message, leave no partial file and change nothing",
    "[cli][files][fulldisk]")
{
    testing::TempDatabase temp;
    makeCenter(temp);
    const QString target = temp.dir() + QStringLiteral("/backup.sqlite");
    REQUIRE(testing::runCliOn(temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target})
                .exitCode == 0);
    const QByteArray old = fileBytes(target);
    const QByteArray database = fileBytes(temp.path());

    SECTION("a backup")
    {
        const testing::CliRun run =
            runLimited(128, temp.path(), {QStringLiteral("backup"), QStringLiteral("--out"), target});
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("The backup %1 could not be written").arg(target)));
        CHECK(run.err.contains(QStringLiteral("may be full")));
        CHECK(fileBytes(target) == old);
        CHECK(fileBytes(temp.path()) == database);
    }
    SECTION("a year of records in one transaction")
    {
        const QString fresh = temp.dir() + QStringLiteral("/fresh.sqlite");
        REQUIRE(testing::runCliOn(fresh, {QStringLiteral("init")}).exitCode == 0);
        const testing::CliRun run =
            runLimited(2048, fresh, {QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1")});
        CHECK(run.exitCode == 3);
        CHECK(run.err.contains(QStringLiteral("may be full")));
        CHECK(testing::runCliOn(fresh, {QStringLiteral("check")}).exitCode == 0);
        const testing::CliRun residents = testing::runCliOn(
            fresh, {QStringLiteral("residents"), QStringLiteral("--format"), QStringLiteral("tsv")});
        CHECK(residents.out.count(QLatin1Char('\n')) <= 1);
    }
    const QStringList partial =
        QDir(temp.dir()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    CHECK(partial.isEmpty());
}
