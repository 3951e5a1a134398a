#include "familybeds/FamilyBedsDemo.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "demo/DemoData.h"
#include "demo/DemoGenerator.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/HomeVisitService.h"
#include "storage/Database.h"
#include "storage/Sql.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace jinglao::core {

using namespace demo;

namespace {

struct Visitor {
    QString uid;
    QDate hired;
    QDate left;
    bool employedOn(const QDate& day) const { return hired <= day && (!left.isValid() || left > day); }
};

const QStringList villages =
    QString::fromUtf8("东营子村 西营子村 南沟村 北台村 柳树底村 石门村 大杖子村 小杖子村 "
                      "黄土梁村 三道河村 二道河村 杨树沟村")
        .split(QLatin1Char(' '));

QList<VisitService> someServices(std::mt19937& rng, const QList<VisitService>& from, int most)
{
    QList<VisitService> chosen;
    const int count = uniform(rng, 1, std::min<int>(most, static_cast<int>(from.size())));
    while (chosen.size() < count) {
        const VisitService service = pick(rng, from);
        if (!chosen.contains(service))
            chosen.append(service);
    }
    return chosen;
}

} // namespace

void FamilyBedsDemo::step(Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options)
{
    const QDate first = options.firstDay();
    const QDate last = options.lastDay();
    FamilyBedService beds(db);
    HomeVisitService visits(db);

    // Caregivers and nurses visit; the staff step has run before (DemoStep::People).
    QList<Visitor> visitors;
    for (const QVariantMap& row : sql::rows(
             db, QStringLiteral("SELECT uid, hire_date, leave_date FROM staff WHERE deleted = 0 AND role IN "
                                "('CAREGIVER', 'NURSE') ORDER BY hire_date, id_number")))
        visitors.append({row.value(QStringLiteral("uid")).toString(),
                         QDate::fromString(row.value(QStringLiteral("hire_date")).toString(), Qt::ISODate),
                         QDate::fromString(row.value(QStringLiteral("leave_date")).toString(), Qt::ISODate)});
    if (visitors.isEmpty())
        return;

    QSet<QString> usedIds;
    for (const QVariantMap& row :
         sql::rows(db, QStringLiteral("SELECT id_number FROM residents UNION SELECT id_number FROM staff "
                                      "WHERE id_number IS NOT NULL")))
        usedIds.insert(row.value(QStringLiteral("id_number")).toString());

    const QList<VisitService> agreedChoices{VisitService::Meal, VisitService::Bath,    VisitService::Clean,
                                            VisitService::Walk, VisitService::Medical, VisitService::Visit,
                                            VisitService::Rehab};
    const int count = std::max(6, options.beds / 2);
    int specialLeftUnvisited = 0;
    // Minutes already taken by each visitor on each day, so that nobody is in two homes at once.
    QHash<QString, QList<std::pair<int, int>>> busy;

    for (int i = 0; i < count; ++i) {
        FamilyBed bed;
        bed.gender = chance(rng, 0.55) ? 2 : 1;
        const QDate birth = QDate(uniform(rng, 1930, 1958), uniform(rng, 1, 12), uniform(rng, 1, 28));
        bed.birthDate = birth;
        bed.name = fullName(rng, bed.gender, birth.year());
        bed.idNumber = idNumber(rng, birth, bed.gender, usedIds);
        bed.category = pick(rng, QList<ResidentCategory>{ResidentCategory::TK, ResidentCategory::DB,
                                                         ResidentCategory::DBBY, ResidentCategory::SH,
                                                         ResidentCategory::SH});
        bed.county = QString::fromUtf8("承德县");
        bed.township = QString::fromUtf8("下板城镇");
        bed.village = pick(rng, villages);
        bed.streetAddress = QString::fromUtf8("%1组%2号").arg(uniform(rng, 1, 9)).arg(uniform(rng, 1, 60));
        bed.phone = mobilePhone(rng);
        bed.emergencyContact = fullName(rng, chance(rng, 0.5) ? 1 : 2, birth.year() + 28);
        bed.emergencyPhone = mobilePhone(rng);
        bed.specialDifficulty = i % 3 == 0;
        if (bed.specialDifficulty) {
            bed.specialReasons.append(
                pick(rng, QList<SpecialReason>{SpecialReason::Alone, SpecialReason::EmptyNest,
                                               SpecialReason::LeftBehind, SpecialReason::WidowedChildless}));
            if (chance(rng, 0.4))
                bed.specialReasons.append(pick(
                    rng, QList<SpecialReason>{SpecialReason::Disabled, SpecialReason::SevereDisability}));
        }
        // Agreements: the first within the period's first two years, renewed every year.
        QDate start = first.addDays(
            uniform(rng, 0, std::max<qint64>(1, std::min<qint64>(730, first.daysTo(last) - 30))));
        if (chance(rng, 0.5)) {
            bed.careLevel = uniform(rng, 0, 4);
            bed.careLevelOn = start;
            bed.careLevelSource = QString::fromUtf8("本院评估");
        }
        const QString bedUid = beds.add(actor, bed);
        // Visits a month: about weekly, more for the specially difficult (特殊困难) elders.
        const int planned = bed.specialDifficulty ? uniform(rng, 5, 8) : uniform(rng, 3, 7);
        const QList<VisitService> agreed = someServices(rng, agreedChoices, 4);
        const QString assigned = pick(rng, visitors).uid;
        QString renews;
        bool ended = false;
        const bool endsEarly = chance(rng, 0.12);
        while (start <= last && !ended) {
            Agreement agreement;
            agreement.familyBedUid = bedUid;
            agreement.startsOn = start;
            agreement.endsOn = start.addYears(1).addDays(-1);
            agreement.plannedVisits = planned;
            agreement.services = agreed;
            agreement.staffUid = assigned;
            agreement.homeAdaptation = chance(rng, 0.3);
            const QString agreementUid = renews.isEmpty() ? beds.addAgreement(actor, agreement)
                                                          : beds.renewAgreement(actor, renews, agreement);
            QDate stop = std::min(agreement.endsOn, last);
            if (endsEarly && agreement.endsOn < last && chance(rng, 0.5)) {
                stop = start.addDays(uniform(rng, 30, 300));
                if (stop < last) {
                    beds.endAgreement(
                        actor, agreementUid, stop,
                        pick(rng, QStringList{QString::fromUtf8("入住本院"), QString::fromUtf8("随子女迁居"),
                                              QString::fromUtf8("去世")}));
                    ended = true;
                } else {
                    stop = std::min(agreement.endsOn, last);
                }
            }
            // Visits month by month while the agreement runs.
            for (QDate month(start.year(), start.month(), 1); month <= stop; month = month.addMonths(1)) {
                const QDate from = std::max(month, start);
                const QDate to = std::min(month.addMonths(1).addDays(-1), stop);
                const bool lastMonth = month.year() == last.year() && month.month() == last.month();
                if (lastMonth && bed.specialDifficulty && specialLeftUnvisited < UnvisitedInLastMonth) {
                    ++specialLeftUnvisited;
                    continue;
                }
                const int wanted =
                    std::max(0, planned + uniform(rng, -1, 1) - (chance(rng, 0.08) ? planned : 0));
                for (int v = 0; v < wanted; ++v) {
                    const QDate day = from.addDays(uniform(rng, 0, static_cast<int>(from.daysTo(to))));
                    // The assigned person when employed that day, otherwise whoever is.
                    QList<Visitor> present;
                    for (const Visitor& visitor : visitors) {
                        if (visitor.employedOn(day))
                            present.append(visitor);
                    }
                    if (present.isEmpty())
                        continue;
                    auto own = std::find_if(present.cbegin(), present.cend(),
                                            [&](const Visitor& visitor) { return visitor.uid == assigned; });
                    const QString staffUid =
                        own != present.cend() && chance(rng, 0.8) ? own->uid : pick(rng, present).uid;
                    const int minutes = uniform(rng, 2, 9) * 10;
                    QList<std::pair<int, int>>& taken = busy[staffUid + day.toString(Qt::ISODate)];
                    int begin = -1;
                    for (int attempt = 0; attempt < 6 && begin < 0; ++attempt) {
                        const int candidate = uniform(rng, 16, 33) * 30; // 08:00–16:30
                        const bool clash = std::any_of(taken.cbegin(), taken.cend(), [&](const auto& slot) {
                            return candidate < slot.second && slot.first < candidate + minutes;
                        });
                        if (!clash)
                            begin = candidate;
                    }
                    if (begin < 0)
                        continue;
                    HomeVisitService::Input input;
                    input.familyBedUid = bedUid;
                    input.staffUid = staffUid;
                    input.visitedOn = day;
                    input.startTime = QTime(begin / 60, begin % 60);
                    if (day == Clock::today() && input.startTime > Clock::now().time())
                        continue; // not yet happened
                    input.minutes = minutes;
                    input.method = chance(rng, 0.8)   ? VisitMethod::Home
                                   : chance(rng, 0.7) ? VisitMethod::Phone
                                                      : VisitMethod::Video;
                    input.services = input.method == VisitMethod::Home
                                         ? someServices(rng, agreed, 3)
                                         : QList<VisitService>{VisitService::Visit};
                    if (chance(rng, 0.15)) {
                        input.problems = pick(
                            rng, QStringList{QString::fromUtf8("血压偏高"), QString::fromUtf8("屋内潮湿"),
                                             QString::fromUtf8("行走不稳"), QString::fromUtf8("食欲下降")});
                        input.actions = pick(rng, QStringList{QString::fromUtf8("已告知村医复查"),
                                                              QString::fromUtf8("协助整理房间"),
                                                              QString::fromUtf8("已联系家属")});
                    }
                    input.satisfaction = chance(rng, 0.85) ? 1 : chance(rng, 0.8) ? 2 : 3;
                    visits.record(actor, input);
                    taken.append({begin, begin + minutes});
                }
            }
            renews = agreementUid;
            start = agreement.endsOn.addDays(1);
        }
    }
}

} // namespace jinglao::core
