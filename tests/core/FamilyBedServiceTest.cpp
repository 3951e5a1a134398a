// The family-bed registry and its agreements: the same ID-number rules as residents, agreements
// whose state follows their dates, renewals that keep the history, ending recorded with a reason.

#include "familybeds/FamilyBedService.h"

#include "FamilyBedFixture.h"
#include "common/Error.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {
QString refusedField(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error.field();
    }
    return {};
}
} // namespace

TEST_CASE("A family bed is registered with the residents' ID-number rules", "[familybeds]")
{
    testing::FamilyBedFixture f;
    FamilyBedService beds(f.db());
    const QString uid = beds.add(f.admin, f.elder(QStringLiteral("曾桂兰"), true));
    const FamilyBed stored = beds.familyBed(f.admin, uid);
    CHECK(stored.address() == QStringLiteral("承德县下板城镇南沟村3组12号"));
    CHECK(stored.specialReasons == QList<SpecialReason>{SpecialReason::Alone});
    CHECK(beds.list(f.admin, QStringLiteral("zeng")).constFirst().uid == uid); // 曾 as a surname

    FamilyBed wrongDigit = f.elder(QStringLiteral("张三"), false);
    wrongDigit.idNumber.chop(1);
    wrongDigit.idNumber +=
        wrongDigit.idNumber.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1');
    CHECK(refusedField([&] { beds.add(f.admin, wrongDigit); }) == IdNumber::fieldLabel());
    FamilyBed wrongBirth = f.elder(QStringLiteral("张三"), false);
    wrongBirth.birthDate = QDate(1941, 5, 6);
    CHECK_THROWS_AS(beds.add(f.admin, wrongBirth), Error);
    FamilyBed twice = f.elder(QStringLiteral("李四"), false);
    twice.idNumber = stored.idNumber;
    CHECK(refusedField([&] { beds.add(f.admin, twice); }) == IdNumber::fieldLabel());
    FamilyBed noReason = f.elder(QStringLiteral("王五"), true);
    noReason.specialReasons.clear();
    CHECK(refusedField([&] { beds.add(f.admin, noReason); }) == FamilyBedService::specialReasonsLabel());
    FamilyBed nowhere = f.elder(QStringLiteral("赵六"), false);
    nowhere.county.clear();
    nowhere.township.clear();
    nowhere.village.clear();
    nowhere.streetAddress.clear();
    CHECK(refusedField([&] { beds.add(f.admin, nowhere); }) == FamilyBedService::addressLabel());
    FamilyBed levelWithoutDate = f.elder(QStringLiteral("孙七"), false);
    levelWithoutDate.careLevel = 2;
    CHECK(refusedField([&] { beds.add(f.admin, levelWithoutDate); }) ==
          FamilyBedService::careLevelDateLabel());
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT count(*) FROM family_beds")).toInt() == 1);

    SECTION("a nurse may not register one, and sees the ID number masked")
    {
        CHECK_THROWS_AS(beds.add(f.nurse, f.elder(QStringLiteral("周八"), false)), Error);
        CHECK(beds.familyBed(f.nurse, uid).idNumber.contains(QStringLiteral("*")));
    }
}

TEST_CASE("An agreement's state follows its dates, at each boundary", "[familybeds]")
{
    Agreement agreement;
    agreement.startsOn = QDate(2026, 3, 1);
    agreement.endsOn = QDate(2027, 2, 28);
    CHECK(agreement.stateOn(QDate(2026, 2, 28)) == Agreement::State::Upcoming);
    CHECK(agreement.stateOn(QDate(2026, 3, 1)) == Agreement::State::Active);
    CHECK(agreement.stateOn(QDate(2027, 2, 28)) == Agreement::State::Active);
    CHECK(agreement.stateOn(QDate(2027, 3, 1)) == Agreement::State::Ended);
    agreement.endedOn = QDate(2026, 9, 30);
    CHECK(agreement.stateOn(QDate(2026, 9, 30)) == Agreement::State::Active);
    CHECK(agreement.stateOn(QDate(2026, 10, 1)) == Agreement::State::Ended);
    Agreement open;
    open.startsOn = QDate(2026, 3, 1);
    CHECK(open.stateOn(QDate(2040, 1, 1)) == Agreement::State::Active);
}

TEST_CASE("Agreements do not overlap; a renewal follows the last day; ending needs a reason", "[familybeds]")
{
    testing::FamilyBedFixture f;
    FamilyBedService beds(f.db());
    const QString uid = f.addFamilyBed(QStringLiteral("刘芳"), false);
    const Agreement first = beds.agreements(f.admin, uid).constFirst();

    Agreement overlapping = first;
    overlapping.startsOn = QDate(2027, 1, 1);
    overlapping.endsOn = QDate(2027, 12, 31);
    CHECK(refusedField([&] { beds.addAgreement(f.admin, overlapping); }) == FamilyBedService::startLabel());

    Agreement next = first;
    next.startsOn = QDate(2027, 2, 28);
    next.endsOn = QDate(2028, 2, 27);
    CHECK(refusedField([&] { beds.renewAgreement(f.admin, first.uid, next); }) ==
          FamilyBedService::startLabel());
    next.startsOn = QDate(2027, 3, 1);
    const QString renewed = beds.renewAgreement(f.admin, first.uid, next);
    const QList<Agreement> history = beds.agreements(f.admin, uid);
    REQUIRE(history.size() == 2);
    CHECK(history.at(1).uid == renewed);
    CHECK(history.at(1).renewsUid == first.uid);

    CHECK(refusedField([&] { beds.endAgreement(f.admin, first.uid, QDate(2026, 10, 31), QString()); }) ==
          FamilyBedService::endReasonLabel());
    beds.endAgreement(f.admin, first.uid, QDate(2026, 10, 31), QStringLiteral("入住本院"));
    const Agreement ended = beds.agreement(f.admin, first.uid);
    CHECK(ended.endedOn == QDate(2026, 10, 31));
    CHECK(ended.stateOn(QDate(2026, 11, 1)) == Agreement::State::Ended);
    CHECK_THROWS_AS(beds.endAgreement(f.admin, first.uid, QDate(2026, 11, 1), QStringLiteral("again")),
                    Error);
    // Ended, never deleted: the agreement stays in the history.
    CHECK(beds.agreements(f.admin, uid).size() == 2);
}

TEST_CASE("The registry lists each elder with the agreement that matters on the day, filtered",
          "[familybeds]")
{
    testing::FamilyBedFixture f;
    FamilyBedService beds(f.db());
    const QString active =
        f.addFamilyBed(QStringLiteral("刘芳"), true, QDate(2026, 3, 1), QDate(2027, 2, 28));
    const QString upcoming =
        f.addFamilyBed(QStringLiteral("孙桂兰"), false, QDate(2026, 12, 1), QDate(2027, 11, 30));
    const QString ended =
        f.addFamilyBed(QStringLiteral("赵玉"), false, QDate(2025, 1, 1), QDate(2025, 12, 31));
    const QString none = beds.add(f.admin, f.elder(QStringLiteral("钱明"), true));
    // An ended agreement followed by a current one: the current one matters.
    Agreement later = beds.agreements(f.admin, ended).constFirst();
    later.startsOn = QDate(2026, 11, 20);
    later.endsOn = QDate();
    const QString renewal = beds.renewAgreement(f.admin, later.uid, later);
    const QDate today(2026, 11, 20);

    const auto uids = [&](const FamilyBedService::Filter& filter) {
        QStringList found;
        for (const FamilyBedListing& listing : beds.overview(f.admin, filter, today))
            found.append(listing.bed.uid);
        return found;
    };
    FamilyBedService::Filter filter;
    const QList<FamilyBedListing> all = beds.overview(f.admin, filter, today);
    REQUIRE(all.size() == 4);
    for (const FamilyBedListing& listing : all) {
        if (listing.bed.uid == upcoming) {
            CHECK(listing.state == Agreement::State::Upcoming);
            CHECK(listing.agreement->startsOn == QDate(2026, 12, 1));
        } else if (listing.bed.uid == ended) {
            CHECK(listing.state == Agreement::State::Active);
            CHECK(listing.agreement->uid == renewal);
        } else if (listing.bed.uid == none) {
            CHECK_FALSE(listing.agreement.has_value());
            CHECK_FALSE(listing.state.has_value());
        }
    }
    filter.agreements = FamilyBedService::Filter::Agreements::Active;
    CHECK(uids(filter) == QStringList{active, ended});
    filter.agreements = FamilyBedService::Filter::Agreements::Upcoming;
    CHECK(uids(filter) == QStringList{upcoming});
    filter.agreements = FamilyBedService::Filter::Agreements::None;
    CHECK(uids(filter) == QStringList{none});
    filter.agreements = FamilyBedService::Filter::Agreements::Any;
    filter.special = true;
    CHECK(uids(filter) == QStringList{active, none});
    filter.special = false;
    filter.search = QStringLiteral("sgl");
    CHECK(uids(filter) == QStringList{upcoming});
    // The day before the renewal starts, the renewal is what matters: it is upcoming.
    filter = {};
    filter.agreements = FamilyBedService::Filter::Agreements::Upcoming;
    CHECK(uids(filter) == QStringList{upcoming});
    const QList<FamilyBedListing> before = beds.overview(f.admin, filter, QDate(2026, 11, 19));
    REQUIRE(before.size() == 2);
    CHECK(before.at(1).agreement->uid == renewal);
    // Once the only agreement has ended and none follows, the bed is listed as ended.
    filter.agreements = FamilyBedService::Filter::Agreements::Ended;
    const QList<FamilyBedListing> after = beds.overview(f.admin, filter, QDate(2027, 3, 1));
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).bed.uid == active);
}

TEST_CASE("An address of the street alone is enough; the empty parts are stored empty", "[familybeds]")
{
    testing::FamilyBedFixture f;
    FamilyBedService beds(f.db());
    FamilyBed elder = f.elder(QStringLiteral("刘芳"), false);
    elder.county.clear();
    elder.township.clear();
    elder.village.clear();
    const QString uid = beds.add(f.admin, elder);
    CHECK(beds.familyBed(f.admin, uid).address() == QStringLiteral("3组12号"));
    CHECK(sql::scalar(f.db(), QStringLiteral("SELECT county FROM family_beds WHERE uid = ?"), {uid})
              .toString() == QString());
    elder.uid = uid;
    elder.village = QStringLiteral("南沟村");
    elder.streetAddress.clear();
    beds.update(f.admin, elder);
    CHECK(beds.familyBed(f.admin, uid).address() == QStringLiteral("南沟村"));
}
