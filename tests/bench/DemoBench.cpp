// Demo benchmark: how long `jinglao-cli demo` takes to write its center (120 beds) over 1, 3 and 10
// years, with the records it wrote. Prints figures; asserts nothing.

#include "auth/Actor.h"
#include "demo/DemoGenerator.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>

using namespace jinglao::core;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const Actor actor = Actor::commandLine();
    std::printf("years  seconds  shifts  shift-log entries  referrals  audit rows\n");
    for (const int years : {1, 3, 10}) {
        QTemporaryDir dir;
        auto db =
            Database::open(dir.filePath(QStringLiteral("demo.sqlite")), Database::OpenMode::CreateIfMissing);
        DemoOptions options;
        options.years = years;
        options.endDate = QDate(2026, 6, 30);
        QElapsedTimer timer;
        timer.start();
        DemoGenerator(*db).run(actor, options);
        const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;
        const auto count = [&](const char* table) {
            return sql::scalar(*db, QStringLiteral("SELECT count(*) FROM %1").arg(QString::fromLatin1(table)))
                .toLongLong();
        };
        std::printf("%5d  %7.1f  %6lld  %17lld  %9lld  %10lld\n", years, seconds, count("shifts"),
                    count("shift_logs"), count("referrals"), count("audit_log"));
    }
    return 0;
}
