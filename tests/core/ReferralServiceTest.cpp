// Two-way referrals: every allowed and refused step, one open referral per resident, consent, the
// bed held while away and freed only by discharge, discharge while away, the alerts at their
// thresholds, the month's figures and the checks.

#include "referrals/ReferralService.h"

#include "QtStringMaker.h"
#include "ReferralFixture.h"
#include "auth/AuditSubjects.h"
#include "beds/BedService.h"
#include "checks/HealthCheck.h"
#include "common/Error.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralsModule.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;
using testing::ReferralFixture;

namespace {

Error refusal(const std::function<void()>& action)
{
    try {
        action();
    } catch (const Error& error) {
        return error;
    }
    FAIL("accepted");
    return Error::storage(QString());
}

QString status(ReferralFixture& f, const QString& uid)
{
    return sql::scalar(f.db(), QStringLiteral("SELECT status FROM referrals WHERE uid = ?"), {uid})
        .toString();
}

QStringList alertTexts(ReferralFixture& f, const QDate& day = QDate(2026, 11, 20))
{
    QStringList texts;
    for (const Alert& alert : ReferralsModule().alerts(f.db(), f.admin, day))
        texts.append(alert.text);
    return texts;
}

} // namespace

TEST_CASE("Partner institutions: names unique, agreements in order, withdrawn only without open referrals",
          "[referrals]")
{
    ReferralFixture f;
    PartnerInstitution same;
    same.name = QStringLiteral("下板城镇卫生院");
    CHECK(refusal([&] { f.service().addInstitution(f.admin, same); }).message().contains(same.name));
    PartnerInstitution backwards;
    backwards.name = QStringLiteral("承德县医院");
    backwards.type = InstitutionType::CountyHospital;
    backwards.agreementFrom = QDate(2026, 6, 1);
    backwards.agreementTo = QDate(2026, 5, 31);
    CHECK(refusal([&] { f.service().addInstitution(f.admin, backwards); })
              .message()
              .contains(QStringLiteral("2026-05-31")));
    // Partners are the center's settings: a nurse may not add one.
    backwards.agreementTo = QDate();
    CHECK(refusal([&] { f.service().addInstitution(f.nurse, backwards); }).kind() == Error::Kind::Permission);
    const QString county = f.service().addInstitution(f.admin, backwards);
    CHECK(f.service().institution(f.admin, county).departments.isEmpty());

    f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    CHECK(refusal([&] { f.service().withdrawInstitution(f.admin, f.hospital); })
              .message()
              .contains(QStringLiteral("ZZ2026-0001")));
    f.service().withdrawInstitution(f.admin, county);
    CHECK(f.service().institutions(f.admin).size() == 1);
}

TEST_CASE("Referral numbers count up within the year; one open referral per resident", "[referrals]")
{
    ReferralFixture f;
    const QString first = f.service().createDraft(f.nurse, f.form(f.zhang));
    const QString second = f.service().createDraft(f.nurse, f.form(f.wang));
    CHECK(f.service().referral(f.admin, first).number == QStringLiteral("ZZ2026-0001"));
    CHECK(f.service().referral(f.admin, second).number == QStringLiteral("ZZ2026-0002"));

    const Error twice = refusal([&] { f.service().createDraft(f.nurse, f.form(f.zhang)); });
    CHECK(twice.kind() == Error::Kind::Conflict);
    CHECK(twice.message().contains(QStringLiteral("ZZ2026-0001")));
    // The database refuses a second open referral however it is written.
    CHECK_THROWS(sql::exec(f.db(), QStringLiteral("UPDATE referrals SET resident_uid = ? WHERE uid = ?"),
                           {f.zhang, second}));

    // Once closed, a new one may start.
    f.service().cancel(f.nurse, first, ReferralFixture::at(QDate(2026, 11, 20), 8),
                       QStringLiteral("病情好转"));
    const QString third = f.service().createDraft(f.nurse, f.form(f.zhang));
    CHECK(f.service().referral(f.admin, third).number == QStringLiteral("ZZ2026-0003"));

    Referral noReason = f.form(f.wang);
    noReason.reason = QStringLiteral("   ");
    ResidentService(f.db()).discharge(f.admin, f.wang, QDate(2026, 11, 19), DischargeReason::Home);
    CHECK(refusal([&] { f.service().createDraft(f.nurse, f.form(f.wang)); })
              .message()
              .contains(QStringLiteral("王德福")));
}

TEST_CASE("Every step in order is recorded with its time and user; a step out of order names the state",
          "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    const QString uid = service.createDraft(f.nurse, f.form(f.zhang));
    const QDateTime sentAt = ReferralFixture::at(QDate(2026, 11, 10), 8, 30);

    // From DRAFT only sending and cancelling are possible.
    const Error admitDraft = refusal([&] { service.admit(f.nurse, uid, sentAt); });
    CHECK(admitDraft.kind() == Error::Kind::Conflict);
    CHECK(admitDraft.message().contains(QStringLiteral("Draft")));
    CHECK(refusal([&] {
              service.recordReturn(f.nurse, uid, ReferralFixture::back(sentAt, QStringLiteral("肺炎")));
          })
              .message()
              .contains(QStringLiteral("Draft")));
    CHECK(refusal([&] { service.close(f.nurse, uid, sentAt, ReferralOutcome::Stayed, {}); })
              .message()
              .contains(QStringLiteral("Draft")));
    CHECK(refusal([&] { service.recordFollowUp(f.nurse, uid, sentAt, QStringLiteral("好")); })
              .message()
              .contains(QStringLiteral("Draft")));
    // Not in the future; a read-only user may not.
    CHECK(refusal([&] { service.send(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 20), 10)); })
              .message()
              .contains(QStringLiteral("future")));
    CHECK(refusal([&] { service.send(Actor(QStringLiteral("r"), Role::ReadOnly), uid, sentAt); }).kind() ==
          Error::Kind::Permission);

    service.send(f.nurse, uid, sentAt);
    Referral referral = service.referral(f.admin, uid);
    CHECK(referral.status == ReferralStatus::Sent);
    CHECK(referral.referredAt == sentAt);
    CHECK(referral.sentBy == QStringLiteral("zhao"));
    CHECK(refusal([&] { service.send(f.nurse, uid, sentAt); }).message().contains(QStringLiteral("Sent")));
    CHECK(
        refusal([&] { service.updateDraft(f.nurse, referral); }).message().contains(QStringLiteral("Sent")));
    CHECK(refusal([&] {
              service.recordReturn(f.nurse, uid,
                                   ReferralFixture::back(sentAt.addDays(1), QStringLiteral("肺炎")));
          })
              .message()
              .contains(QStringLiteral("Sent")));
    CHECK(refusal([&] { service.close(f.nurse, uid, sentAt.addDays(1), ReferralOutcome::Returned, {}); })
              .message()
              .contains(QStringLiteral("return")));
    // Admitted not before it was sent.
    CHECK(refusal([&] { service.admit(f.nurse, uid, sentAt.addSecs(-60)); })
              .message()
              .contains(QStringLiteral("2026-11-10 08:29")));

    service.admit(f.nurse, uid, sentAt.addSecs(3 * 3600), QStringLiteral("李大夫"));
    referral = service.referral(f.admin, uid);
    CHECK(referral.status == ReferralStatus::Admitted);
    CHECK(referral.receivingDoctor == QStringLiteral("李大夫"));
    CHECK(referral.department == QStringLiteral("内科"));
    CHECK(refusal([&] { service.cancel(f.nurse, uid, sentAt.addDays(1), QStringLiteral("x")); })
              .message()
              .contains(QStringLiteral("Admitted")));

    ReferralReturn back;
    back.at = ReferralFixture::at(QDate(2026, 11, 17), 15);
    back.diagnosis = QStringLiteral("社区获得性肺炎");
    back.hospitalRecordNumber = QStringLiteral("ZY20261110");
    back.advice = QStringLiteral("继续口服抗生素三天\r\n注意翻身拍背");
    back.nextReviewOn = QDate(2026, 11, 16);
    CHECK(refusal([&] { service.recordReturn(f.nurse, uid, back); })
              .message()
              .contains(QStringLiteral("2026-11-16")));
    back.nextReviewOn = QDate(2026, 12, 1);
    service.recordReturn(f.admin, uid, back);
    referral = service.referral(f.admin, uid);
    CHECK(referral.status == ReferralStatus::Returned);
    CHECK(referral.returnedBy == QStringLiteral("admin"));
    CHECK(referral.returnAdvice == QStringLiteral("继续口服抗生素三天\n注意翻身拍背"));
    CHECK(referral.daysAway(QDate(2026, 11, 20)) == 7);

    CHECK(refusal([&] { service.recordFollowUp(f.nurse, uid, back.at.addSecs(-1), QStringLiteral("好")); })
              .message()
              .contains(QStringLiteral("2026-11-17 15:00")));
    service.recordFollowUp(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 19), 10),
                           QStringLiteral("体温正常"));
    CHECK(refusal([&] { service.close(f.nurse, uid, back.at, ReferralOutcome::Stayed, {}); }).kind() ==
          Error::Kind::Validation);
    CHECK(refusal([&] { service.close(f.nurse, uid, back.at, ReferralOutcome::Cancelled, {}); }).kind() ==
          Error::Kind::Validation);
    CHECK(refusal([&] { service.close(f.nurse, uid, back.at, ReferralOutcome::Other, {}); }).kind() ==
          Error::Kind::Validation);
    service.close(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 19), 11), ReferralOutcome::Returned, {});
    referral = service.referral(f.admin, uid);
    CHECK(referral.status == ReferralStatus::Closed);
    CHECK(referral.outcome == ReferralOutcome::Returned);
    CHECK(referral.closedBy == QStringLiteral("zhao"));
    CHECK(refusal([&] { service.close(f.nurse, uid, referral.closedAt, ReferralOutcome::Returned, {}); })
              .message()
              .contains(QStringLiteral("Closed")));
    // Every step is in the audit log under the one who took it.
    CHECK(sql::scalar(f.db(),
                      QStringLiteral(
                          "SELECT count(*) FROM audit_log WHERE table_name = 'referrals' AND record_uid = ?"),
                      {uid})
              .toInt() >= 6);
}

TEST_CASE("Cancelling before admission closes with outcome cancelled and its reason", "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    const QString draft = service.createDraft(f.nurse, f.form(f.zhang));
    CHECK(refusal([&] {
              service.cancel(f.nurse, draft, ReferralFixture::at(QDate(2026, 11, 20), 8), {});
          }).kind() == Error::Kind::Validation);
    service.cancel(f.nurse, draft, ReferralFixture::at(QDate(2026, 11, 20), 8),
                   QStringLiteral("家属决定暂不转诊"));
    const Referral cancelled = service.referral(f.admin, draft);
    CHECK(cancelled.outcome == ReferralOutcome::Cancelled);
    CHECK(cancelled.outcomeNote == QStringLiteral("家属决定暂不转诊"));

    const QString sent = f.sent(f.wang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    service.cancel(f.nurse, sent, ReferralFixture::at(QDate(2026, 11, 19), 9), QStringLiteral("对方无床位"));
    CHECK(status(f, sent) == QStringLiteral("CLOSED"));
}

TEST_CASE("Consent refused or not asked stops sending", "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    const QString uid = service.createDraft(f.nurse, f.form(f.zhang, false));
    const QDateTime when = ReferralFixture::at(QDate(2026, 11, 19), 8);
    CHECK(refusal([&] { service.send(f.nurse, uid, when); })
              .message()
              .contains(QStringLiteral("Informed consent")));

    Referral form = service.referral(f.admin, uid);
    form.consent = Consent::Refused;
    CHECK(refusal([&] { service.updateDraft(f.nurse, form); })
              .message()
              .contains(QStringLiteral("Consent given by")));
    form.consentBy = QStringLiteral("女儿 王丽");
    service.updateDraft(f.nurse, form);
    const Error refused = refusal([&] { service.send(f.nurse, uid, when); });
    CHECK(refused.kind() == Error::Kind::Validation);
    CHECK(refused.message().contains(QStringLiteral("女儿 王丽")));
    CHECK(status(f, uid) == QStringLiteral("DRAFT"));
    // The database refuses it too.
    CHECK_THROWS(sql::exec(
        f.db(), QStringLiteral("UPDATE referrals SET status = 'SENT', referred_at = ? WHERE uid = ?"),
        {QStringLiteral("2026-11-19T08:00:00+08:00"), uid}));

    form.consent = Consent::Agreed;
    service.updateDraft(f.nurse, form);
    service.send(f.nurse, uid, when);
    CHECK(status(f, uid) == QStringLiteral("SENT"));
}

TEST_CASE("While away the bed is held and counted as occupied; it is freed only by discharge", "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    BedService beds(f.db());
    ResidentService residents(f.db());

    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 18), 8));
    BedSummary today = beds.summary(f.admin);
    CHECK(today.occupied == 2);
    CHECK(today.held == 1);
    CHECK(today.free == 0);
    CHECK(beds.freeBeds(f.admin).isEmpty());
    CHECK(residents.resident(f.admin, f.zhang).away);
    CHECK_FALSE(residents.resident(f.admin, f.wang).away);
    CHECK(beds.summaryOn(f.admin, QDate(2026, 11, 17)).held == 0);
    CHECK(beds.summaryOn(f.admin, QDate(2026, 11, 18)).held == 1);

    service.admit(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 18), 10));
    CHECK(beds.summary(f.admin).held == 1);
    service.recordReturn(
        f.nurse, uid,
        ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 20), 8), QStringLiteral("好转")));
    today = beds.summary(f.admin);
    CHECK(today.held == 0);
    CHECK(today.occupied == 2);
    CHECK_FALSE(residents.resident(f.admin, f.zhang).away);
    // The history keeps the days away.
    CHECK(beds.summaryOn(f.admin, QDate(2026, 11, 19)).held == 1);
}

TEST_CASE("Discharging a resident who is away closes the referral with the discharge's outcome",
          "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    ResidentService residents(f.db());
    const QString zhang = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 12), 8));
    service.admit(f.nurse, zhang, ReferralFixture::at(QDate(2026, 11, 12), 11));
    const QString wang = f.sent(f.wang, ReferralFixture::at(QDate(2026, 11, 15), 8));

    // Not before the referral was sent: nothing changes.
    const Error early =
        refusal([&] { residents.discharge(f.admin, f.zhang, QDate(2026, 11, 11), DischargeReason::Death); });
    CHECK(early.message().contains(QStringLiteral("ZZ2026-0001")));
    CHECK(residents.resident(f.admin, f.zhang).isCurrent());
    CHECK(status(f, zhang) == QStringLiteral("ADMITTED"));

    residents.discharge(f.admin, f.zhang, QDate(2026, 11, 19), DischargeReason::Death);
    Referral closed = service.referral(f.admin, zhang);
    CHECK(closed.status == ReferralStatus::Closed);
    CHECK(closed.outcome == ReferralOutcome::Died);
    CHECK(closed.closedAt.date() == QDate(2026, 11, 19));
    residents.discharge(f.admin, f.wang, QDate(2026, 11, 20), DischargeReason::Transfer);
    CHECK(service.referral(f.admin, wang).outcome == ReferralOutcome::Transferred);

    const BedSummary now = BedService(f.db()).summary(f.admin);
    CHECK(now.held == 0);
    CHECK(now.occupied == 0);
    CHECK(now.free == 2);
}

TEST_CASE("Referral alerts at their thresholds", "[referrals][alerts]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    const QDate today(2026, 11, 20);

    SECTION("sent for more than 24 hours without admission")
    {
        f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 9)); // exactly 24 hours ago
        CHECK(alertTexts(f).filter(QStringLiteral("not recorded as admitted")).isEmpty());
        Clock::advanceForTesting(60);
        const QStringList texts = alertTexts(f).filter(QStringLiteral("not recorded as admitted"));
        REQUIRE(texts.size() == 1);
        CHECK(texts.first().contains(QStringLiteral("张淑兰")));
        CHECK(texts.first().contains(QStringLiteral("24 hour")));
    }
    SECTION("admitted longer than the days set")
    {
        const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 6), 8));
        service.admit(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 6), 10)); // 14 days ago
        CHECK(alertTexts(f).filter(QStringLiteral("longer than")).isEmpty());
        CHECK(alertTexts(f, today.addDays(1)).filter(QStringLiteral("for 15 day")).size() == 1);
        CHECK(refusal([&] { service.setAdmittedAlertDays(f.admin, 0); }).kind() == Error::Kind::Validation);
        CHECK(refusal([&] { service.setAdmittedAlertDays(f.nurse, 10); }).kind() == Error::Kind::Permission);
        service.setAdmittedAlertDays(f.admin, 13);
        CHECK(service.admittedAlertDays() == 13);
        CHECK(alertTexts(f).filter(QStringLiteral("longer than the 13 days set")).size() == 1);
    }
    SECTION("a follow-up overdue seven days after the return")
    {
        const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 1), 8));
        service.admit(f.nurse, uid, ReferralFixture::at(QDate(2026, 11, 1), 10));
        service.recordReturn(
            f.nurse, uid,
            ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 13), 15), QStringLiteral("好转")));
        CHECK(alertTexts(f).filter(QStringLiteral("follow-up")).isEmpty()); // the 7th day
        const QStringList late = alertTexts(f, today.addDays(1)).filter(QStringLiteral("follow-up"));
        REQUIRE(late.size() == 1);
        CHECK(late.first().contains(QStringLiteral("2026-11-13")));
        service.recordFollowUp(f.nurse, uid, ReferralFixture::at(today, 8), QStringLiteral("恢复良好"));
        CHECK(alertTexts(f, today.addDays(1)).filter(QStringLiteral("follow-up")).isEmpty());
    }
    SECTION("a partner agreement ending within 30 days")
    {
        PartnerInstitution partner = service.institution(f.admin, f.hospital);
        partner.agreementTo = today.addDays(31);
        service.updateInstitution(f.admin, partner);
        CHECK(alertTexts(f).filter(QStringLiteral("agreement")).isEmpty());
        partner.agreementTo = today.addDays(30);
        service.updateInstitution(f.admin, partner);
        CHECK(alertTexts(f).filter(QStringLiteral("(30 day")).size() == 1);
        partner.agreementTo = today.addDays(-1);
        service.updateInstitution(f.admin, partner);
        CHECK(alertTexts(f).filter(QStringLiteral("agreement")).isEmpty());
    }
}

TEST_CASE("A month's referral figures: sent, returned and days away", "[referrals]")
{
    ReferralFixture f;
    ReferralService service = f.service();
    const QString one = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 10, 28), 8));
    service.admit(f.nurse, one, ReferralFixture::at(QDate(2026, 10, 28), 9));
    service.recordReturn(
        f.nurse, one,
        ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 5), 9), QStringLiteral("好转")));
    const QString two = f.sent(f.wang, ReferralFixture::at(QDate(2026, 11, 2), 8));
    service.admit(f.nurse, two, ReferralFixture::at(QDate(2026, 11, 2), 9));
    service.recordReturn(
        f.nurse, two,
        ReferralFixture::back(ReferralFixture::at(QDate(2026, 11, 6), 9), QStringLiteral("好转")));
    service.close(f.nurse, one, ReferralFixture::at(QDate(2026, 11, 6), 9), ReferralOutcome::Returned, {});
    service.createDraft(f.nurse, f.form(f.zhang)); // a draft is not referred out

    const ReferralMonth november = service.month(f.admin, QDate(2026, 11, 20));
    CHECK(november.out == 1);
    CHECK(november.returned == 2);
    CHECK(november.averageDaysAway == Approx(6.0)); // 8 and 4 days
    CHECK(service.month(f.admin, QDate(2026, 10, 1)).out == 1);

    ReferralFilter open;
    open.openOnly = true;
    CHECK(service.list(f.admin, open).size() == 2); // wang's return and zhang's draft
    ReferralFilter october;
    october.month = QDate(2026, 10, 1);
    CHECK(service.list(f.admin, october).size() == 1);
    ReferralFilter hers;
    hers.residentUid = f.zhang;
    CHECK(service.list(f.admin, hers).size() == 2);
    CHECK(service.list(f.admin, hers).first().status == ReferralStatus::Draft); // the open one first
}

TEST_CASE("The audit log names referrals; check lists referrals that break the rules", "[referrals][checks]")
{
    ReferralFixture f;
    const QString uid = f.sent(f.zhang, ReferralFixture::at(QDate(2026, 11, 19), 8));
    CHECK(AuditSubjects(f.db()).describe(f.admin, QStringLiteral("referrals"), uid) ==
          QStringLiteral("Referral ZZ2026-0001: 张淑兰 to 下板城镇卫生院"));
    CHECK(AuditSubjects::tableLabel(QStringLiteral("referrals")) == QStringLiteral("Referrals"));
    CHECK(AuditSubjects(f.db()).describe(f.admin, QStringLiteral("settings"),
                                         ReferralService::AdmittedAlertDaysKey) ==
          QStringLiteral("Days in hospital before an alert"));

    QList<CheckFinding> findings;
    ReferralsModule().check(f.db(), findings);
    CHECK(findings.isEmpty());
    // Written behind the program's back: discharged while still away, admitted before being sent.
    sql::exec(
        f.db(),
        QStringLiteral("UPDATE residents SET discharge_date = '2026-11-20', discharge_reason = 'HOME', bed_uid = NULL WHERE uid = ?"),
        {f.zhang});
    sql::exec(
        f.db(),
        QStringLiteral("UPDATE referrals SET status = 'ADMITTED', admitted_at = '2026-11-18T08:00:00+08:00' "
                       "WHERE uid = ?"),
        {uid});
    ReferralsModule().check(f.db(), findings);
    REQUIRE(findings.size() == 2);
    CHECK(findings.at(0).message.contains(QStringLiteral("discharged")));
    CHECK(findings.at(1).message.contains(QStringLiteral("out of order")));
}
