// demo writes a whole center in one transaction: killed at any moment, it leaves an empty
// database or a complete center, and check passes either way.

#include "CliRunner.h"
#include "KillHarness.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QDate>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {

struct Counts {
    qint64 beds = 0, residents = 0, assessments = 0, staff = 0, entries = 0, audit = 0;
    bool operator==(const Counts&) const = default;
};

Counts countsOf(const QString& path)
{
    auto db = core::Database::open(path, core::Database::OpenMode::ReadOnly);
    const auto count = [&](const char* table) {
        return core::sql::scalar(*db,
                                 QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
            .toLongLong();
    };
    return {count("beds"),  count("residents"),  count("assessments"),
            count("staff"), count("shift_logs"), count("audit_log")};
}

// Every run ends its history on the day the test began: the same seed and --until give the same
// records, however long the runs take and whenever each one starts. One year of a ten-bed center
// keeps the fifty runs and their checks short; the one transaction is the same whatever the size.
QStringList demoArguments(const QString& db)
{
    static const QString until = QDate::currentDate().toString(Qt::ISODate);
    return {QStringLiteral("--db"),
            db,
            QStringLiteral("--lang"),
            QStringLiteral("en"),
            QStringLiteral("demo"),
            QStringLiteral("--seed"),
            QStringLiteral("11"),
            QStringLiteral("--years"),
            QStringLiteral("1"),
            QStringLiteral("--beds"),
            QStringLiteral("10"),
            QStringLiteral("--until"),
            until};
}

} // namespace

TEST_CASE("demo killed part-way leaves an empty database or a complete center", "[crash][demo]")
{
    QTemporaryDir dir;
    const QString reference = dir.filePath(QStringLiteral("reference.sqlite"));
    QElapsedTimer timer;
    timer.start();
    REQUIRE(testing::runCli(demoArguments(reference)).exitCode == 0);
    const qint64 duration = timer.elapsed();
    const Counts complete = countsOf(reference);
    REQUIRE(complete.residents > 0);
    REQUIRE(complete.assessments > 0);

    constexpr int kills = 50;
    int empty = 0;
    for (int i = 0; i < kills; ++i) {
        const QString db = dir.filePath(QStringLiteral("killed-%1.sqlite").arg(i));
        QProcess process;
        process.start(QStringLiteral(JINGLAO_CLI), demoArguments(db));
        REQUIRE(process.waitForStarted());
        // Spread over the whole run, from its start to past its end.
        const qint64 delay = duration * (i + 1) * 3 / (2 * kills);
        QThread::msleep(static_cast<unsigned long>(delay));
        process.kill();
        process.waitForFinished(30000);
        INFO("kill " << i << " after " << delay << " ms of about " << duration);
        if (!QFileInfo::exists(db) || QFileInfo(db).size() == 0) {
            ++empty;
            continue;
        }
        const QStringList problems = testing::problemsOf(db);
        INFO(problems.join(QLatin1Char('\n')).toStdString());
        CHECK(problems.isEmpty());
        const Counts found = countsOf(db);
        if (found.residents == 0) {
            ++empty;
            CHECK(found == Counts{});
        } else {
            CHECK(found == complete);
        }
    }
    std::printf(
        "demo: %d kills, %d left an empty database, %d a complete center (a complete run takes %lld ms)\n",
        kills, empty, kills - empty, static_cast<long long>(duration));
    // Some kills fell before the commit, some after it.
    CHECK(empty > 0);
    CHECK(empty < kills);
}
