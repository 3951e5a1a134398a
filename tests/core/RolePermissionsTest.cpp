// Each role against the core services: what the design grants is allowed, the rest is refused
// in core, whichever front end makes the call.

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "auth/AuditQuery.h"
#include "common/Error.h"
#include "storage/BackupService.h"

#include <catch2/catch.hpp>

using namespace jinglao::core;
using jinglao::testing::TempDatabase;

namespace {
bool refused(const std::function<void()>& call)
{
    try {
        call();
    } catch (const Error& error) {
        return error.kind() == Error::Kind::Permission;
    }
    return false;
}
} // namespace

TEST_CASE("Nurses and read-only users are refused administrator service calls", "[auth]")
{
    TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    const Actor nurse(QStringLiteral("zhao"), Role::Nurse);
    const Actor reader(QStringLiteral("sun"), Role::ReadOnly);
    const QString bedUid = jinglao::testing::addBed(temp.db(), QStringLiteral("A-101-1"));
    ResidentInput input = jinglao::testing::person(QStringLiteral("张三"), QDate(1940, 3, 1), 1,
                                                   QDate::currentDate().addDays(-3), bedUid);
    const QString backup = temp.dir() + QStringLiteral("/backup.sqlite");

    for (const Actor& actor : {nurse, reader}) {
        CHECK(refused([&] { ResidentService(temp.db()).admit(actor, input); }));
        CHECK(refused([&] { BackupService(temp.db()).backup(actor, backup); }));
        CHECK(refused([&] { AuditQuery(temp.db()).entries(actor, {}, 0, 10); }));
        CHECK(refused(
            [&] { AuditQuery(temp.db()).exportCsv(actor, {}, temp.dir() + QStringLiteral("/a.csv")); }));
    }
    CHECK_FALSE(refused([&] { ResidentService(temp.db()).admit(admin, input); }));
    CHECK_FALSE(refused([&] { AuditQuery(temp.db()).entries(admin, {}, 0, 10); }));
    CHECK_FALSE(refused([&] { BackupService(temp.db()).backup(admin, backup); }));
}
