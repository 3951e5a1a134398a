// The demo's referrals: three partners with agreements, referrals over the whole period at about
// 1.5 per resident-year written through ReferralService, and a few still open at the end.

#include "referrals/ReferralsDemo.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "beds/BedService.h"
#include "checks/HealthCheck.h"
#include "demo/DemoGenerator.h"
#include "modules/ModuleSet.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralsModule.h"
#include "storage/Sql.h"

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {

const QDate lastDay(2026, 10, 31);

int count(Database& db, const QString& where)
{
    return sql::scalar(db, QStringLiteral("SELECT count(*) FROM referrals WHERE deleted = 0 AND ") + where)
        .toInt();
}

// Days residents lived in the center between first and last, in years.
double residentYears(Database& db, const QDate& first, const QDate& last)
{
    qint64 days = 0;
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT admission_date, discharge_date FROM residents WHERE deleted = 0"))) {
        const QDate in = std::max(
            first, QDate::fromString(row.value(QStringLiteral("admission_date")).toString(), Qt::ISODate));
        const QDate discharged =
            QDate::fromString(row.value(QStringLiteral("discharge_date")).toString(), Qt::ISODate);
        const QDate out = discharged.isValid() ? std::min(discharged, last) : last;
        days += std::max<qint64>(0, in.daysTo(out));
    }
    return static_cast<double>(days) / 365.0;
}

} // namespace

TEST_CASE("The demo's referrals cover the whole period, follow every rule and leave a few open",
          "[referrals][demo]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase db;
    DemoOptions options;
    options.seed = 4;
    options.beds = 40;
    options.years = 2;
    options.endDate = lastDay;
    DemoGenerator(db.db()).run(testing::admin(), options);
    const Actor admin = testing::admin();
    ReferralService service(db.db());

    // Three partners, one of each type, each with its agreement.
    const QList<PartnerInstitution> partners = service.institutions(admin);
    REQUIRE(partners.size() == 3);
    QSet<InstitutionType> types;
    for (const PartnerInstitution& partner : partners) {
        types.insert(partner.type);
        CHECK(partner.hasAgreement());
        CHECK(partner.agreementActiveOn(lastDay));
        CHECK_FALSE(partner.departments.isEmpty());
    }
    CHECK(types.size() == 3);

    // About 1.5 a resident-year, over the whole period.
    const double years = residentYears(db.db(), options.firstDay(), lastDay);
    const int all = count(db.db(), QStringLiteral("1"));
    INFO(all << " referrals over " << years << " resident-years");
    CHECK(all >= 0.67 * ReferralsDemo::ReferralsPerResidentYear * years);
    CHECK(all <= 1.33 * ReferralsDemo::ReferralsPerResidentYear * years);
    for (int year = options.firstDay().year(); year <= lastDay.year(); ++year)
        CHECK(count(db.db(), QStringLiteral("substr(referred_at, 1, 4) = '%1'").arg(year)) > 0);
    CHECK(count(db.db(), QStringLiteral("referred_at < '%1'")
                             .arg(options.firstDay().addMonths(6).toString(Qt::ISODate))) > 0);

    // Open at the end: one sent, two admitted, in the last month; everything else closed.
    const QString lastMonth = lastDay.addDays(-30).toString(Qt::ISODate);
    CHECK(count(db.db(), QStringLiteral("status = 'SENT' AND referred_at >= '%1'").arg(lastMonth)) ==
          ReferralsDemo::OpenSent);
    CHECK(count(db.db(), QStringLiteral("status = 'ADMITTED' AND referred_at >= '%1'").arg(lastMonth)) ==
          ReferralsDemo::OpenAdmitted);
    CHECK(count(db.db(), QStringLiteral("status <> 'CLOSED'")) ==
          ReferralsDemo::OpenSent + ReferralsDemo::OpenAdmitted);
    // Their beds are held: the residents are away on the last day.
    CHECK(ReferralService::residentsAwayOn(db.db(), lastDay).size() ==
          ReferralsDemo::OpenSent + ReferralsDemo::OpenAdmitted);

    // Resident-days away over a period, read at once, are the days counted one by one.
    for (const QDate& monthStart : {lastDay.addMonths(-14), lastDay.addMonths(-5), lastDay.addDays(-40)}) {
        const QDate first(monthStart.year(), monthStart.month(), 1);
        const QDate last = std::min(first.addMonths(1).addDays(-1), lastDay);
        qint64 dayByDay = 0;
        for (QDate on = first; on <= last; on = on.addDays(1))
            dayByDay += ReferralService::residentsAwayOn(db.db(), on).size();
        INFO(first.toString(Qt::ISODate).toStdString());
        CHECK(ReferralService::residentDaysAway(db.db(), first, last) == dayByDay);
    }
    CHECK(ReferralService::residentDaysAway(db.db(), lastDay.addYears(-2), lastDay) > 0);

    // Most come back with a return record and a follow-up within a week; some are cancelled (one
    // when consent was refused); a few did not come back.
    const int returned = count(db.db(), QStringLiteral("outcome = 'RETURNED'"));
    CHECK(returned > all / 2);
    CHECK(
        count(db.db(), QStringLiteral("outcome = 'RETURNED' AND (return_diagnosis IS NULL OR follow_up_at IS "
                                      "NULL OR julianday(follow_up_at) - julianday(returned_at) > 7)")) == 0);
    CHECK(count(db.db(), QStringLiteral("outcome = 'CANCELLED'")) > 0);
    CHECK(count(db.db(), QStringLiteral("consent = 'REFUSED' AND referred_at IS NOT NULL")) == 0);
    CHECK(count(db.db(), QStringLiteral("outcome IN ('DIED', 'TRANSFERRED')")) > 0);

    // Numbered by year in the order they were written, every step by its time.
    QString previous;
    for (const QVariantMap& row :
         sql::rows(db.db(), QStringLiteral("SELECT number FROM referrals ORDER BY created_at, number"))) {
        const QString number = row.value(QStringLiteral("number")).toString();
        if (number.left(6) == previous.left(6))
            CHECK(number > previous);
        previous = number;
    }
    CHECK(sql::scalar(db.db(), QStringLiteral("SELECT count(*) FROM referrals WHERE substr(number, 3, 4) <> "
                                              "substr(created_at, 1, 4)"))
              .toInt() == 0);

    // Nothing the program checks is broken, and the alerts have something to show.
    for (const HealthCheck::Finding& finding : HealthCheck(db.db()).run()) {
        INFO(finding.check.toStdString() << ": " << finding.message.toStdString());
        CHECK(finding.check != QStringLiteral("referrals"));
    }
    const QList<Alert> alerts = ReferralsModule().alerts(db.db(), admin, lastDay);
    CHECK(alerts.size() >= 2); // admitted longer than 14 days; the county agreement ending
    CHECK(service.month(admin, lastDay.addMonths(-5)).out + service.month(admin, lastDay.addMonths(-6)).out +
              service.month(admin, lastDay.addMonths(-7)).out >
          0);
}
