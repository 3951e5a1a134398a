#include "CliRunner.h"
#include "TempDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QtEndian>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
QProcessEnvironment offscreen()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    return environment;
}
} // namespace

TEST_CASE("jinglao --screenshot writes a 1366x768 PNG of the requested page", "[cli][gui]")
{
    testing::TempDatabase db;
    db.close();
    const QString png = db.dir() + QStringLiteral("/shot.png");
    const testing::CliRun run = testing::runProgram(
        QStringLiteral(JINGLAO_GUI),
        {QStringLiteral("--db"), db.path(), QStringLiteral("--lang"), QStringLiteral("zh_CN"),
         QStringLiteral("--page"), QStringLiteral("home"), QStringLiteral("--screenshot"), png},
        {}, offscreen());
    CHECK(run.exitCode == 0);
    QFile file(png);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray header = file.read(24);
    REQUIRE(header.size() == 24);
    CHECK(header.left(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));
    CHECK(qFromBigEndian<quint32>(header.constData() + 16) == 1366);
    CHECK(qFromBigEndian<quint32>(header.constData() + 20) == 768);
}

TEST_CASE("jinglao refuses an unknown page", "[cli][gui]")
{
    testing::TempDatabase db;
    db.close();
    const testing::CliRun run = testing::runProgram(
        QStringLiteral(JINGLAO_GUI),
        {QStringLiteral("--db"), db.path(), QStringLiteral("--page"), QStringLiteral("nowhere"),
         QStringLiteral("--screenshot"), db.dir() + QStringLiteral("/x.png")},
        {}, offscreen());
    CHECK(run.exitCode == 1);
}

TEST_CASE("jinglao --screenshot-as admin renders a page and leaves the database file untouched", "[cli][gui]")
{
    testing::TempDatabase db;
    // A database with records and an audit log, as the docs' demo center.
    REQUIRE(testing::runCliOn(db.path(), {QStringLiteral("center"), QStringLiteral("--name"),
                                          QStringLiteral("三家镇敬老院")})
                .exitCode == 0);
    db.close();
    const QByteArray before = testing::fileBytes(db.path());
    const QString png = db.dir() + QStringLiteral("/audit.png");
    const testing::CliRun run = testing::runProgram(
        QStringLiteral(JINGLAO_GUI),
        {QStringLiteral("--db"), db.path(), QStringLiteral("--page"), QStringLiteral("audit"),
         QStringLiteral("--screenshot-as"), QStringLiteral("admin"), QStringLiteral("--screenshot"), png},
        {}, offscreen());
    CHECK(run.exitCode == 0);
    CHECK(QFile::exists(png));
    // Opened read-only: the file is exactly as it was.
    CHECK(testing::fileBytes(db.path()) == before);
    CHECK_FALSE(QFileInfo(db.path() + QStringLiteral("-wal")).size() > 0);
}

TEST_CASE("--screenshot-as needs --screenshot and a known role", "[cli][gui]")
{
    testing::TempDatabase db;
    db.close();
    const auto exitCode = [&](const QStringList& arguments) {
        return testing::runProgram(QStringLiteral(JINGLAO_GUI),
                                   QStringList{QStringLiteral("--db"), db.path()} + arguments, {},
                                   offscreen())
            .exitCode;
    };
    CHECK(exitCode({QStringLiteral("--screenshot-as"), QStringLiteral("admin")}) == 1);
    CHECK(exitCode({QStringLiteral("--screenshot-as"), QStringLiteral("boss"), QStringLiteral("--screenshot"),
                    db.dir() + QStringLiteral("/x.png")}) == 1);
    CHECK_FALSE(QFile::exists(db.dir() + QStringLiteral("/x.png")));
}
