// The modules plug in at one point: each declares its demo steps, checks, alerts and county files,
// and the ModuleSet gathers them in order; nothing registers itself anywhere else.

#include "modules/ModuleSet.h"

#include "ResidentFixtures.h"
#include "TempDatabase.h"
#include "checks/HealthCheck.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace jinglao;
using namespace jinglao::core;

namespace {
// A module that contributes one of everything, to see each reach its place.
class ProbeModule : public Module {
public:
    QString id() const override { return QStringLiteral("probe"); }
    QString title() const override { return QStringLiteral("Probe"); }
    QList<DemoStep> demoSteps() const override
    {
        return {{QStringLiteral("late"), DemoStep::Judgement, {}},
                {QStringLiteral("early"), DemoStep::Center, {}}};
    }
    void check(const Database&, QList<CheckFinding>& findings) const override
    {
        findings.append({QStringLiteral("probe"), QStringLiteral("found by the probe")});
    }
    QList<Alert> alerts(Database&, const Actor&, const QDate&) const override
    {
        return {{Alert::Severity::Info, id(), QStringLiteral("note"), {}},
                {Alert::Severity::Critical,
                 id(),
                 QStringLiteral("urgent"),
                 {QStringLiteral("residents"), QStringLiteral("r-1")}}};
    }
    QList<CountyFile> countyFiles() const override
    {
        return {CountyFile{QStringLiteral("probe.csv"), {}, {}, 0, {}, {}, {}}};
    }
};
} // namespace

TEST_CASE("The standard modules have distinct ids, titles and county files", "[modules]")
{
    const ModuleSet modules = ModuleSet::standard();
    QSet<QString> ids;
    for (const auto& module : modules.modules()) {
        INFO(module->id().toStdString());
        CHECK_FALSE(module->title().isEmpty());
        CHECK_FALSE(ids.contains(module->id()));
        ids.insert(module->id());
        CHECK(modules.find(module->id()) == module.get());
    }
    CHECK(ids ==
          QSet<QString>{QStringLiteral("residents"), QStringLiteral("assessments"), QStringLiteral("staff"),
                        QStringLiteral("shiftlog"), QStringLiteral("familybeds"), QStringLiteral("referrals"),
                        QStringLiteral("reports"), QStringLiteral("county"), QStringLiteral("accounts"),
                        QStringLiteral("center")});
    const QStringList files = modules.countyFileNames();
    CHECK(QSet<QString>(files.cbegin(), files.cend()).size() == files.size());
    for (const char* file :
         {"beds.csv", "residents.csv", "assessments.csv", "staff.csv", "shifts.csv", "shift_logs.csv",
          "family_beds.csv", "home_visits.csv", "referrals.csv", "monthly_indicators.csv"})
        CHECK(files.contains(QString::fromLatin1(file)));
}

TEST_CASE("Demo steps run by phase: the center, places, people, referrals, daily records, then assessments",
          "[modules]")
{
    QStringList names;
    for (const DemoStep& step : DemoGenerator::defaultSteps())
        names.append(step.name);
    CHECK(names == QStringList{QStringLiteral("facility"), QStringLiteral("beds"),
                               QStringLiteral("residents"), QStringLiteral("staff"),
                               QStringLiteral("referrals"), QStringLiteral("shiftlogs"),
                               QStringLiteral("familybeds"), QStringLiteral("assessments")});
    const ModuleSet probe({std::make_shared<ProbeModule>()});
    QStringList probed;
    for (const DemoStep& step : probe.demoSteps())
        probed.append(step.name);
    CHECK(probed == QStringList{QStringLiteral("early"), QStringLiteral("late")});
}

TEST_CASE("A module's checks reach check, and its alerts come most urgent first", "[modules]")
{
    testing::TempDatabase temp;
    const ModuleSet probe({std::make_shared<ProbeModule>()});
    const QList<HealthCheck::Finding> findings = HealthCheck(temp.db(), probe).run();
    REQUIRE(findings.size() == 1);
    CHECK(findings.at(0).message == QStringLiteral("found by the probe"));

    const QList<Alert> alerts = probe.alerts(temp.db(), Actor::osUser(), Clock::today());
    REQUIRE(alerts.size() == 2);
    CHECK(alerts.at(0).severity == Alert::Severity::Critical);
    CHECK(alerts.at(0).record == RecordRef{QStringLiteral("residents"), QStringLiteral("r-1")});
    CHECK(alerts.at(1).text == QStringLiteral("note"));
}

TEST_CASE("The standard modules raise alerts about what needs doing, each naming its record", "[modules]")
{
    testing::FixedToday today(QDate(2026, 11, 2));
    testing::TempDatabase temp;
    const Actor admin(QStringLiteral("wang"), Role::Administrator);
    DemoOptions options;
    options.beds = 30;
    options.years = 1;
    options.endDate = QDate(2026, 11, 2);
    DemoGenerator(temp.db()).run(admin, options);
    const QList<Alert> alerts = ModuleSet::standard().alerts(temp.db(), admin, QDate(2026, 11, 2));
    QSet<QString> modules;
    for (const Alert& alert : alerts) {
        modules.insert(alert.module);
        CHECK_FALSE(alert.text.isEmpty());
        if (alert.module == QStringLiteral("assessments"))
            CHECK(alert.record.table == QStringLiteral("residents"));
    }
    CHECK(modules.contains(QStringLiteral("center"))); // never backed up
    // A read-only user sees no administrator's alerts.
    for (const Alert& alert : ModuleSet::standard().alerts(
             temp.db(), Actor(QStringLiteral("r"), Role::ReadOnly), QDate(2026, 11, 2)))
        CHECK(alert.module != QStringLiteral("center"));
}
