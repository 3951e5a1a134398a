// jinglao_test_writer DATABASE COUNT NAME: COUNT audited writes into DATABASE, each one transaction
// that reads a shared counter and writes it back plus one, as several programs on one file would.
// Exits 1 when any write failed (the message on stderr). Used by the concurrency tests.

#include "auth/Actor.h"
#include "common/Error.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Transaction.h"

#include <QCoreApplication>

#include <cstdio>

using namespace jinglao;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 4)
        return 2;
    const int count = arguments.at(2).toInt();
    const core::Actor actor(QStringLiteral("writer:") + arguments.at(3), core::Role::Administrator);
    int failures = 0;
    try {
        std::unique_ptr<core::Database> db = core::Database::open(arguments.at(1));
        core::Settings settings(*db);
        for (int i = 0; i < count; ++i) {
            try {
                core::Transaction transaction(*db);
                const int value = settings.value(QStringLiteral("test_counter"), QStringLiteral("0")).toInt();
                settings.setValue(actor, QStringLiteral("test_counter"), QString::number(value + 1));
                transaction.commit();
            } catch (const core::Error& error) {
                std::fprintf(stderr, "%s\n", qUtf8Printable(error.message()));
                ++failures;
            }
        }
    } catch (const core::Error& error) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(error.message()));
        return 1;
    }
    return failures == 0 ? 0 : 1;
}
