#include "assessments/AssessmentDemo.h"

#include "AssessmentTestData.h"
#include "TempDatabase.h"
#include "assessments/AssessmentService.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "storage/Sql.h"

#include <QTimeZone>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
const QDate today(2026, 11, 20);

struct FixedClock {
    FixedClock() { core::Clock::setFixedForTesting(QDateTime(today, QTime(9, 0), QTimeZone(8 * 3600))); }
    ~FixedClock() { core::Clock::resetForTesting(); }
};

// 60 residents admitted over four years, every tenth discharged.
void addResidents(core::Database& db)
{
    for (int i = 0; i < 60; ++i) {
        const QDate admitted = QDate(2022, 11, 1).addDays(i * 24);
        const QDate discharged = i % 10 == 9 ? admitted.addDays(400) : QDate();
        testing::insertResident(db, QStringLiteral("老人%1").arg(i), admitted,
                                discharged.isValid() && discharged < today ? discharged : QDate());
    }
}

QStringList dump(core::Database& db)
{
    QStringList lines;
    const QList<QVariantMap> rows = core::sql::rows(
        db, QStringLiteral(
                "SELECT r.name AS name, a.assessed_on AS assessed_on, a.reason AS reason, a.total AS total, "
                "a.level AS level, a.item_scores AS item_scores, a.assessor AS assessor "
                "FROM assessments a JOIN residents r ON r.uid = a.resident_uid "
                "ORDER BY r.name, a.assessed_on, a.change_seq"));
    for (const QVariantMap& row : rows) {
        QStringList fields;
        for (const QVariant& value : row)
            fields.append(value.toString());
        lines.append(fields.join(QLatin1Char('|')));
    }
    return lines;
}
} // namespace

TEST_CASE("Demo assessments are plausible and the same seed gives the same data", "[assessments]")
{
    FixedClock clock;
    const core::Actor admin = testing::testAdministrator();
    testing::TempDatabase first;
    testing::TempDatabase second;
    addResidents(first.db());
    addResidents(second.db());
    std::mt19937 randomA(20261120);
    std::mt19937 randomB(20261120);
    const core::AssessmentDemo::Summary summary =
        core::AssessmentDemo::generate(first.db(), admin, randomA, today);
    core::AssessmentDemo::generate(second.db(), admin, randomB, today);

    CHECK(summary.residents == 60);
    CHECK(summary.assessments > 60 * 2);
    CHECK(dump(first.db()) == dump(second.db()));

    core::Database& db = first.db();
    // Everyone has a first assessment on the day of admission.
    CHECK(core::sql::scalar(
              db, QStringLiteral("SELECT count(*) FROM residents r WHERE NOT EXISTS (SELECT 1 FROM "
                                 "assessments a WHERE a.resident_uid = r.uid AND a.reason = 'FIRST' "
                                 "AND a.assessed_on = r.admission_date)"))
              .toInt() == 0);
    CHECK(core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM assessments WHERE reason = 'CHANGE'"))
              .toInt() > 0);
    // Nothing after a discharge or in the future.
    CHECK(core::sql::scalar(
              db,
              QStringLiteral("SELECT count(*) FROM assessments a JOIN residents r ON r.uid = "
                             "a.resident_uid WHERE a.assessed_on > coalesce(r.discharge_date, ?)"),
              {today.toString(Qt::ISODate)})
              .toInt() == 0);
    // Levels spread over the scale.
    CHECK(core::sql::scalar(db, QStringLiteral("SELECT count(DISTINCT level) FROM assessments")).toInt() >=
          4);

    // Some, but not many, current residents are overdue.
    const core::AssessmentService service(db);
    const int current =
        core::sql::scalar(db, QStringLiteral("SELECT count(*) FROM residents WHERE discharge_date IS NULL"))
            .toInt();
    const int due = service.dueList(admin, today).size();
    CHECK(due * 100 >= current * 5);
    CHECK(due * 100 <= current * 30);
}

// That the same seed gives the same assessments is DemoGeneratorTest's every-table comparison.
TEST_CASE("The demo generator's assessments step assesses every demo resident", "[assessments]")
{
    FixedClock clock;
    const core::Actor admin = testing::testAdministrator();
    core::DemoOptions options;
    options.seed = 7;
    options.beds = 30;
    options.years = 1;
    testing::TempDatabase first;
    core::DemoGenerator(first.db()).run(admin, options);

    CHECK(core::sql::scalar(first.db(), QStringLiteral("SELECT count(*) FROM assessments")).toInt() > 0);
    // Every resident admitted by the last day has an assessment.
    CHECK(core::sql::scalar(first.db(),
                            QStringLiteral("SELECT count(*) FROM residents r WHERE r.deleted = 0 AND "
                                           "r.admission_date <= ? AND NOT EXISTS (SELECT 1 FROM "
                                           "resident_care_levels c WHERE c.resident_uid = r.uid)"),
                            {today.toString(Qt::ISODate)})
              .toInt() == 0);
}
