// The center's details: checked field by field, stored for every PC, changed only by administrators.

#include "center/CenterService.h"

#include "TempDatabase.h"
#include "auth/Actor.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using core::CenterProfile;
using core::CenterService;

namespace {
const core::Actor admin(QStringLiteral("wang"), core::Role::Administrator);

CenterProfile complete()
{
    return {
        QStringLiteral(" 下板城镇敬老院 "), QStringLiteral("hb130821-003"),         QStringLiteral("承德县"),
        QStringLiteral("下板城镇"),         QStringLiteral("下板城镇中心街 12 号"), QStringLiteral("李主任"),
        QStringLiteral("0314-3012345")};
}

QString refusedField(const CenterProfile& profile)
{
    try {
        CenterService::validated(profile);
    } catch (const core::Error& error) {
        CHECK(error.kind() == core::Error::Kind::Validation);
        return error.field();
    }
    return {};
}
} // namespace

TEST_CASE("A new center shows the program's name until it has its own", "[center]")
{
    testing::TempDatabase temp;
    CenterService service(temp.db());
    CHECK(service.profile() == CenterProfile{});
    CHECK(service.displayName() == QStringLiteral("Elderly-care center records"));
    service.save(admin, complete());
    CHECK(service.displayName() == QStringLiteral("下板城镇敬老院"));
}

TEST_CASE("The center's details are stored trimmed, with the facility code in capitals", "[center]")
{
    testing::TempDatabase temp;
    CenterService(temp.db()).save(admin, complete());
    temp.reopen();
    const CenterProfile stored = CenterService(temp.db()).profile();
    CHECK(stored.name == QStringLiteral("下板城镇敬老院"));
    CHECK(stored.facilityCode == QStringLiteral("HB130821-003"));
    CHECK(stored.county == QStringLiteral("承德县"));
    CHECK(stored.phone == QStringLiteral("0314-3012345"));
}

TEST_CASE("Each detail that breaks its rule is refused by name", "[center]")
{
    CenterProfile noName = complete();
    noName.name = QStringLiteral("   ");
    CHECK(refusedField(noName) == CenterService::nameLabel());
    for (const QString& code : {QStringLiteral("HB 1"), QStringLiteral("河北-1"), QStringLiteral("A_B"),
                                QString(33, QLatin1Char('A'))}) {
        CenterProfile badCode = complete();
        badCode.facilityCode = code;
        CHECK(refusedField(badCode) == CenterService::facilityCodeLabel());
    }
    CenterProfile badPhone = complete();
    badPhone.phone = QStringLiteral("call the office");
    CHECK(refusedField(badPhone) == CenterService::phoneLabel());
    CenterProfile longAddress = complete();
    longAddress.address = QString(129, QChar(0x8857));
    CHECK(refusedField(longAddress) == CenterService::addressLabel());
    CenterProfile noCode = complete();
    noCode.facilityCode.clear(); // the county may not have given one yet
    CHECK(refusedField(noCode).isEmpty());
    CHECK(CenterService::isFacilityCode(QStringLiteral("HB130821-003")));
}

TEST_CASE("Only administrators change the center's details, and only what changed is audited", "[center]")
{
    testing::TempDatabase temp;
    CenterService service(temp.db());
    CHECK_THROWS_AS(service.save(core::Actor(QStringLiteral("zhao"), core::Role::Nurse), complete()),
                    core::Error);
    CHECK(service.profile() == CenterProfile{});
    service.save(admin, complete());
    const auto audited = [&] {
        return core::sql::scalar(
                   temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE table_name = 'settings'"))
            .toInt();
    };
    const int before = audited();
    CHECK(before == 7);
    CenterProfile moved = complete();
    moved.phone = QStringLiteral("0314-3099999");
    service.save(admin, moved);
    CHECK(audited() == before + 1);
}
