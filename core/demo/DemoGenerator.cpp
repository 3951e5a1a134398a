#include "demo/DemoGenerator.h"

#include "beds/BedService.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "demo/DemoData.h"
#include "modules/ModuleSet.h"
#include "residents/ResidentService.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace jinglao::core {

using namespace demo;

QDate DemoOptions::lastDay() const
{
    return endDate.isValid() ? endDate : Clock::today();
}

QDateTime DemoOptions::endMoment() const
{
    return QDateTime(lastDay(), QTime(23, 59), QTimeZone(Clock::now().offsetFromUtc()));
}

DemoGenerator::DemoGenerator(Database& db, QList<Step> steps)
    : m_db(db)
    , m_steps(std::move(steps))
{}

QList<DemoGenerator::Step> DemoGenerator::defaultSteps()
{
    return ModuleSet::standard().demoSteps();
}

bool DemoGenerator::isEmpty(Database& db)
{
    // Every domain write draws a change number, so a counter at zero means nothing was written.
    return sql::scalar(db, QStringLiteral("SELECT value FROM change_sequence WHERE id = 1")).toLongLong() ==
           0;
}

void DemoGenerator::validate(const DemoOptions& options)
{
    if (options.beds < 10 || options.beds > 2000)
        throw Error::validation(tr("Number of beds"), options.beds, tr("must be between 10 and 2000."));
    if (options.years < 1 || options.years > 20)
        throw Error::validation(tr("Years of history"), options.years, tr("must be between 1 and 20."));
}

void DemoGenerator::run(const Actor& actor, const DemoOptions& options)
{
    actor.require(Permission::ManageSettings);
    actor.require(Permission::ManageBeds);
    actor.require(Permission::ManageResidents);
    validate(options);
    if (!isEmpty(m_db))
        throw Error::conflict(
            tr("The database %1 already holds records; demo data is only written into an empty "
               "database.")
                .arg(m_db.path()));
    // One transaction for the whole center: an interrupted demo leaves an empty database, never
    // beds and residents without their assessments.
    // The demo lives its own history: the clock reads the end of its last day, whenever it runs.
    DemoOptions resolved = options;
    resolved.endDate = options.lastDay();
    const Clock::Override clock(resolved.endMoment());
    // Ten years of a large center are a few hundred megabytes written in one transaction: with
    // SQLite's default 2 MB page cache the indexes are read back from disk for every record.
    const QString cacheSize = sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toString();
    sql::execStatement(m_db, QStringLiteral("PRAGMA cache_size = -262144"));
    struct RestoreCache {
        Database& db;
        QString size;
        ~RestoreCache()
        {
            try {
                sql::execStatement(db, QStringLiteral("PRAGMA cache_size = %1").arg(size.toInt()));
            } catch (const Error&) {
            }
        }
    } restoreCache{m_db, cacheSize};
    Transaction transaction(m_db);
    for (const Step& step : m_steps) {
        std::mt19937 rng(stepSeed(resolved.seed, step.name));
        step.run(m_db, actor, rng, resolved);
    }
    transaction.commit();
}

void DemoGenerator::facilityStep(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions&)
{
    static const QStringList towns =
        QString::fromUtf8("下板城镇 上板城镇 甲山镇 六沟镇 三沟镇 头沟镇 高寺台镇 鞍匠镇 "
                          "三家镇 磴上镇 岗子满族乡 孟家院乡")
            .split(QLatin1Char(' '));
    Settings settings(db);
    Transaction transaction(db);
    if (settings.value(Settings::FacilityName).isEmpty())
        settings.setValue(actor, Settings::FacilityName, pick(rng, towns) + QString::fromUtf8("敬老院"));
    if (settings.value(Settings::FacilityCode).isEmpty())
        settings.setValue(actor, Settings::FacilityCode,
                          QStringLiteral("HB130821-%1").arg(uniform(rng, 1, 40), 3, 10, QLatin1Char('0')));
    transaction.commit();
}

void DemoGenerator::bedsStep(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options)
{
    BedService beds(db);
    const int total = options.beds;
    // About 60 % nursing beds: the care building (A) holds them, two or three to a room; the
    // general building (B) the rest. The top floor of A starts with a dementia unit.
    const int nursingTarget = static_cast<int>(std::lround(total * 0.6));
    const int dementiaTarget = std::max(2, total / 12);
    constexpr int roomsPerFloor = 10;
    // In service since before the earliest admission the residents step draws (up to five years
    // before the history begins).
    const QDate inServiceSince = options.firstDay().addYears(-5).addDays(-1);
    Transaction transaction(db);
    int dementiaMade = 0;
    const auto fill = [&](const QString& building, int target, BedType type, bool dementiaFromTop) {
        int room = 0;
        int placed = 0;
        while (placed < target) {
            const int floor = room / roomsPerFloor + 1;
            const int number = floor * 100 + room % roomsPerFloor + 1;
            int count = chance(rng, type == BedType::Nursing ? 0.25 : 0.4) ? 3 : 2;
            count = std::min(count, target - placed);
            const bool dementia = dementiaFromTop && floor >= 3 && dementiaMade < dementiaTarget;
            beds.addRoomBeds(actor, building, QString::number(floor), QString::number(number), count, type,
                             dementia, inServiceSince);
            if (dementia)
                dementiaMade += count;
            placed += count;
            ++room;
        }
    };
    fill(QStringLiteral("A"), nursingTarget, BedType::Nursing, true);
    fill(QStringLiteral("B"), total - nursingTarget, BedType::General, false);
    transaction.commit();
}

namespace {

struct Place {
    QString uid;
    bool nursing = false;
    QString occupant; // resident uid
};

struct Present {
    QString uid;
    int slot = -1;
    QDate birthDate;
    QDate since; // admission or last transfer
};

ResidentCategory drawCategory(std::mt19937& rng)
{
    // A township 敬老院 mostly houses 特困 (五保) elders.
    const int roll = uniform(rng, 1, 100);
    if (roll <= 48)
        return ResidentCategory::TK;
    if (roll <= 68)
        return ResidentCategory::DB;
    if (roll <= 78)
        return ResidentCategory::DBBY;
    return ResidentCategory::SH;
}

ResidentInput drawPerson(std::mt19937& rng, const QDate& admission, const QDate& lastDay,
                         QSet<QString>& usedIds)
{
    ResidentInput input;
    input.category = drawCategory(rng);
    input.gender = chance(rng, input.category == ResidentCategory::TK ? 0.62 : 0.45) ? 1 : 2;
    // Age at admission 60–95, most around 78; nobody older than 100 on the last day.
    int age = 60 + uniform(rng, 0, 18) + uniform(rng, 0, 18);
    age = std::clamp(age, 60, 95);
    QDate birth = admission.addYears(-age).addDays(-uniform(rng, 0, 364));
    const QDate oldest = lastDay.addYears(-100).addDays(1);
    if (birth < oldest)
        birth = oldest.addDays(uniform(rng, 0, 300));
    if (birth > admission.addYears(-60))
        birth = admission.addYears(-60).addDays(-uniform(rng, 0, 300));
    input.birthDate = birth;
    input.name = fullName(rng, input.gender, birth.year());
    input.idNumber = idNumber(rng, birth, input.gender, usedIds,
                              chance(rng, 0.85) ? QStringLiteral("130821") : QStringLiteral("130822"));
    input.admissionDate = admission;
    if (chance(rng, 0.3))
        input.phone = mobilePhone(rng);
    static const QStringList villages =
        QString::fromUtf8("大杖子村 南台村 西山村 柳树沟村 东营子村 石门村 马家店村").split(QLatin1Char(' '));
    if (input.category == ResidentCategory::TK && chance(rng, 0.6)) {
        input.emergencyContact = pick(rng, villages) + QString::fromUtf8("村委会");
        input.emergencyPhone = mobilePhone(rng);
    } else {
        const int childGender = chance(rng, 0.5) ? 1 : 2;
        const QString family = input.name.left(1);
        const QString relation = childGender == 1 ? QString::fromUtf8("儿子") : QString::fromUtf8("女儿");
        input.emergencyContact = (childGender == 1 ? family : surname(rng)) +
                                 givenName(rng, childGender, birth.year() + 28) + QString::fromUtf8("（") +
                                 relation + QString::fromUtf8("）");
        input.emergencyPhone = mobilePhone(rng);
    }
    return input;
}

DischargeReason drawDischarge(std::mt19937& rng, int age, bool* leaves)
{
    // Yearly chances of leaving; dying grows with age.
    const double death = 0.06 + 0.008 * std::max(0, age - 75);
    const double perDay = 1.0 / 365.0;
    const double roll = static_cast<double>(rng()) / 4294967296.0;
    *leaves = true;
    if (roll < death * perDay)
        return DischargeReason::Death;
    if (roll < (death + 0.035) * perDay)
        return DischargeReason::Home;
    if (roll < (death + 0.055) * perDay)
        return DischargeReason::Transfer;
    if (roll < (death + 0.06) * perDay)
        return DischargeReason::Other;
    *leaves = false;
    return DischargeReason::Other;
}

} // namespace

void DemoGenerator::residentsStep(Database& db, const Actor& actor, std::mt19937& rng,
                                  const DemoOptions& options)
{
    BedService bedService(db);
    ResidentService residents(db);
    QList<Place> places;
    for (const Bed& bed : bedService.beds(actor)) {
        if (bed.inService)
            places.append({bed.uid, bed.type == BedType::Nursing, {}});
    }
    if (places.isEmpty())
        return;
    QSet<QString> usedIds;
    for (const QVariantMap& row : sql::rows(db, QStringLiteral("SELECT id_number FROM residents")))
        usedIds.insert(row.value(QStringLiteral("id_number")).toString());

    const QDate first = options.firstDay();
    const QDate last = options.lastDay();
    QList<Present> present;
    QList<QString> wentHome; // former residents who may come back

    const auto admitInto = [&](int slotIndex, const QDate& day) {
        Place& slot = places[slotIndex];
        if (!wentHome.isEmpty() && chance(rng, 0.15)) {
            const int index = uniform(rng, 0, static_cast<int>(wentHome.size()) - 1);
            const QString uid = wentHome.takeAt(index);
            const Resident former = residents.resident(actor, uid);
            if (former.dischargeDate <= day) {
                residents.readmit(actor, uid, day, slot.uid);
                slot.occupant = uid;
                present.append({uid, slotIndex, former.birthDate, day});
                return;
            }
        }
        ResidentInput input = drawPerson(rng, day, last, usedIds);
        input.bedUid = slot.uid;
        const QString uid = residents.admit(actor, input);
        slot.occupant = uid;
        present.append({uid, slotIndex, input.birthDate, day});
    };

    // The center as it was on the first day: about four in five beds taken, by people who came
    // in over the years before.
    {
        Transaction transaction(db);
        for (int i = 0; i < places.size(); ++i) {
            if (chance(rng, 0.8))
                admitInto(i, first.addDays(-uniform(rng, 0, 5 * 365)));
        }
        transaction.commit();
    }

    // Then day by day. Arrivals per free bed are set so that occupancy settles near 85 %.
    const double arrivalPerFreeBed = 0.0028;
    static const QStringList transferReasons =
        QString::fromUtf8("身体状况变化，转入护理型床位|本人要求调换房间|与同屋老人不和|房间维修")
            .split(QLatin1Char('|'));
    std::optional<Transaction> batch;
    int batchMonth = -1;
    for (QDate day = first.addDays(1); day <= last; day = day.addDays(1)) {
        if (day.month() != batchMonth) {
            if (batch)
                batch->commit();
            batch.reset();
            batch.emplace(db);
            batchMonth = day.month();
        }
        for (int i = static_cast<int>(present.size()) - 1; i >= 0; --i) {
            Present& person = present[i];
            bool leaves = false;
            const DischargeReason reason = drawDischarge(rng, ageOn(person.birthDate, day), &leaves);
            if (leaves) {
                residents.discharge(actor, person.uid, day, reason);
                places[person.slot].occupant.clear();
                if (reason == DischargeReason::Home)
                    wentHome.append(person.uid);
                present.removeAt(i);
                continue;
            }
            if (person.since < day && chance(rng, 0.05 / 365.0)) {
                const bool wantNursing = !places[person.slot].nursing;
                QList<int> targets;
                for (int s = 0; s < places.size(); ++s) {
                    if (places[s].occupant.isEmpty() && places[s].nursing == wantNursing)
                        targets.append(s);
                }
                if (!targets.isEmpty()) {
                    const int target = pick(rng, targets);
                    const QString why =
                        wantNursing ? transferReasons.first() : pick(rng, transferReasons.mid(1));
                    residents.transfer(actor, person.uid, places[target].uid, day, why);
                    places[person.slot].occupant.clear();
                    places[target].occupant = person.uid;
                    person.slot = target;
                    person.since = day;
                }
            }
        }
        for (int s = 0; s < places.size(); ++s) {
            if (places[s].occupant.isEmpty() && chance(rng, arrivalPerFreeBed))
                admitInto(s, day);
        }
    }
    if (batch)
        batch->commit();

    // A few free beds are out of service on the last day (repairs, a broken bed frame).
    QList<int> freeSlots;
    for (int s = 0; s < places.size(); ++s) {
        if (places[s].occupant.isEmpty())
            freeSlots.append(s);
    }
    Transaction transaction(db);
    const int outOfService = std::min(static_cast<int>(freeSlots.size()), std::max(1, options.beds / 40));
    static const QStringList repairs =
        QString::fromUtf8("床架损坏，待维修|房间墙面返修|卫生间漏水维修").split(QLatin1Char('|'));
    for (int i = 0; i < outOfService; ++i) {
        const int index = uniform(rng, 0, static_cast<int>(freeSlots.size()) - 1);
        bedService.setInService(actor, places[freeSlots.takeAt(index)].uid, false, last,
                                repairs.at(i % repairs.size()));
    }
    transaction.commit();
}

} // namespace jinglao::core
