#include "CliRunner.h"
#include "TempDatabase.h"

#include <QFile>
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
