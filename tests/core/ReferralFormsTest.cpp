// The printed two-way referral forms: the referral out with its stub, the return filled from the
// return record (refused before there is one), the ID number in full only for those who may see
// it; and finding referrals by the resident's name or its spelling.

#include "referrals/ReferralForms.h"

#include "QtStringMaker.h"
#include "ReferralFixture.h"
#include "auth/Privacy.h"
#include "center/CenterService.h"
#include "common/Error.h"
#include "residents/ResidentService.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using testing::ReferralFixture;

namespace {

QString returned(ReferralFixture& f)
{
    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 10), 9));
    f.service().admit(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 10), 15), QStringLiteral("孙大夫"));
    ReferralReturn back =
        ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 18), 10), QStringLiteral("社区获得性肺炎"));
    back.hospitalRecordNumber = QStringLiteral("BA20261234");
    back.findings = QStringLiteral("胸片示右下肺炎症");
    back.advice = QStringLiteral("口服抗生素三天，两周后复查");
    back.nextReviewOn = QDate(2026, 12, 2);
    f.service().recordReturn(f.nurse, uid, back);
    return uid;
}

} // namespace

TEST_CASE("The referral-out form holds the stub and the form, filled from the referral", "[referrals][forms]")
{
    ReferralFixture f;
    CenterProfile center;
    center.name = QStringLiteral("下板城镇敬老院");
    center.county = QStringLiteral("承德县");
    center.township = QStringLiteral("下板城镇");
    center.phone = QStringLiteral("0314-3112345");
    CenterService(f.db()).save(f.admin, center);
    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8, 30));
    const Resident zhang = ResidentService(f.db()).resident(f.admin, f.zhang);

    const ReferralFormText form = ReferralForms::make(f.db(), f.admin, uid, ReferralForms::Kind::Out);
    const Referral referral = f.service().referral(f.admin, uid);
    CHECK(form.title.contains(referral.number));
    CHECK(form.title.contains(QStringLiteral("张淑兰")));
    CHECK(form.html.count(QStringLiteral("张淑兰")) >= 2); // stub and form
    CHECK(form.html.count(zhang.idNumber) == 2);
    CHECK(form.html.contains(QStringLiteral("下板城镇卫生院")));
    CHECK(form.html.contains(QStringLiteral("下板城镇敬老院")));
    CHECK(form.html.contains(QStringLiteral("0314-3112345")));
    CHECK(form.html.contains(QStringLiteral("肺部感染？")));
    CHECK(form.html.contains(QStringLiteral("发热三天，咳嗽咳痰")));
    CHECK(form.html.contains(QStringLiteral("刘医生")));
    CHECK(form.html.contains(QStringLiteral("A-101-1")));
    CHECK(form.html.contains(QStringLiteral("2026-11-19")));
    CHECK(form.html.contains(referral.number));
}

TEST_CASE("The ID number is in full only for those who may see personal data", "[referrals][forms]")
{
    ReferralFixture f;
    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    const QString id = ResidentService(f.db()).resident(f.admin, f.zhang).idNumber;
    const ReferralFormText nurse = ReferralForms::make(f.db(), f.nurse, uid, ReferralForms::Kind::Out);
    CHECK_FALSE(nurse.html.contains(id));
    CHECK(nurse.html.contains(privacy::maskIdNumber(id)));
}

TEST_CASE("The return form is filled from the return record and refused before it", "[referrals][forms]")
{
    ReferralFixture f;
    const QString sent = f.sent(f.wang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    try {
        ReferralForms::make(f.db(), f.admin, sent, ReferralForms::Kind::Return);
        FAIL("a return form without a return");
    } catch (const Error& error) {
        CHECK(error.kind() == Error::Kind::Conflict);
        CHECK(error.message().contains(QStringLiteral("Sent")));
    }

    const QString uid = returned(f);
    const ReferralFormText form = ReferralForms::make(f.db(), f.admin, uid, ReferralForms::Kind::Return);
    const QString id = ResidentService(f.db()).resident(f.admin, f.zhang).idNumber;
    CHECK(form.html.count(id) == 2);
    for (const char* text : {"社区获得性肺炎", "BA20261234", "胸片示右下肺炎症", "口服抗生素三天，两周后复查",
                             "2026-12-02", "2026-11-18", "孙大夫", "下板城镇卫生院"})
        CHECK(form.html.contains(QString::fromUtf8(text)));
    CHECK(form.title != ReferralForms::make(f.db(), f.admin, uid, ReferralForms::Kind::Out).title);
}

TEST_CASE("Referrals are found by the resident's name, pinyin or initials", "[referrals]")
{
    ReferralFixture f;
    f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    f.service().createDraft(f.nurse, f.form(f.wang));
    for (const char* typed : {"张", "zhangshulan", "zsl", "shu"}) {
        ReferralFilter filter;
        filter.search = QString::fromUtf8(typed);
        const QList<Referral> found = f.service().list(f.admin, filter);
        INFO(typed);
        REQUIRE(found.size() == 1);
        CHECK(found.first().residentUid == f.zhang);
    }
    ReferralFilter nobody;
    nobody.search = QStringLiteral("li");
    CHECK(f.service().list(f.admin, nobody).isEmpty());
    CHECK(f.service().list(f.admin, {}).size() == 2);
}
