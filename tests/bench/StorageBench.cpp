// Storage benchmark: how fast audited writes go through RecordWriter, one transaction per record
// (as the GUI writes) and batched (as imports and the demo write), and how long opening takes.
// Prints figures and ratios; asserts nothing.

#include "auth/Actor.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace jinglao::core;

namespace {
void createTable(Database& db)
{
    sql::execStatement(
        db, QStringLiteral("CREATE TABLE bench (uid TEXT PRIMARY KEY, note TEXT, created_at TEXT NOT NULL, "
                           "updated_at TEXT NOT NULL, change_seq INTEGER NOT NULL, "
                           "deleted INTEGER NOT NULL DEFAULT 0)"));
}

double perSecond(int count, qint64 ms)
{
    return ms > 0 ? count * 1000.0 / ms : 0.0;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.sqlite"));
    const Actor actor = Actor::commandLine();

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(path, Database::OpenMode::CreateIfMissing);
    const qint64 createMs = timer.elapsed();
    createTable(*db);

    const int single = 500;
    timer.restart();
    for (int i = 0; i < single; ++i) {
        Transaction transaction(*db);
        RecordWriter(*db, actor)
            .insert(QStringLiteral("bench"), {{QStringLiteral("note"), QStringLiteral("单条 %1").arg(i)}});
        transaction.commit();
    }
    const qint64 singleMs = timer.elapsed();

    const int batched = 20000;
    timer.restart();
    {
        Transaction transaction(*db);
        RecordWriter writer(*db, actor);
        for (int i = 0; i < batched; ++i)
            writer.insert(QStringLiteral("bench"),
                          {{QStringLiteral("note"), QStringLiteral("批量 %1").arg(i)}});
        transaction.commit();
    }
    const qint64 batchedMs = timer.elapsed();

    db.reset();
    timer.restart();
    db = Database::open(path);
    const qint64 reopenMs = timer.elapsed();

    const double singleRate = perSecond(single, singleMs);
    const double batchedRate = perSecond(batched, batchedMs);
    std::printf("create and migrate a new file:        %6lld ms\n", static_cast<long long>(createMs));
    std::printf("reopen with %d records:            %6lld ms\n", single + batched,
                static_cast<long long>(reopenMs));
    std::printf("audited insert, one transaction each: %8.0f records/s (synchronous=FULL)\n", singleRate);
    std::printf("audited insert, one transaction total:%8.0f records/s\n", batchedRate);
    std::printf("batched / single ratio:               %8.1f x\n",
                singleRate > 0 ? batchedRate / singleRate : 0.0);
    return 0;
}
