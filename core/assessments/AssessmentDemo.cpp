#include "assessments/AssessmentDemo.h"

#include "assessments/AssessmentItems.h"
#include "assessments/AssessmentService.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QDate>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace jinglao::core {

namespace {
using Dimension = AssessmentItems::Dimension;

// std::uniform_*_distribution differ between standard libraries; raw mt19937 output does not.
double uniform(std::mt19937& random)
{
    return static_cast<double>(random()) / 4294967296.0;
}
int between(std::mt19937& random, int low, int high)
{
    return low + static_cast<int>(random() % static_cast<quint32>(high - low + 1));
}
double clamp01(double value)
{
    return std::clamp(value, 0.0, 1.0);
}

// One resident's condition: physical and cognitive ability in 0 … 1, each declining by a rate a
// year, with sudden drops (a fall, a stroke) that stay.
struct Condition {
    double physical = 1.0;
    double cognitive = 1.0;
    double physicalDecline = 0.0;
    double cognitiveDecline = 0.0;
    double senses = 1.0;
    bool dementiaProne = false;
    QDate since;

    double physicalOn(const QDate& day) const { return clamp01(physical - physicalDecline * years(day)); }
    double cognitiveOn(const QDate& day) const { return clamp01(cognitive - cognitiveDecline * years(day)); }
    double years(const QDate& day) const { return since.daysTo(day) / 365.25; }
};

// Item scores follow the latent ability with a little noise, so the items of one dimension agree
// with each other as a real assessment's do.
int scoreFor(std::mt19937& random, double ability, int maxScore)
{
    const double noise = (uniform(random) + uniform(random) - 1.0) * 0.9;
    return std::clamp(static_cast<int>(std::lround(ability * maxScore + noise)), 0, maxScore);
}

AssessmentService::Input inputFor(std::mt19937& random, const Condition& condition, const QDate& day)
{
    AssessmentService::Input input;
    input.assessedOn = day;
    const double physical = condition.physicalOn(day);
    const double cognitive = condition.cognitiveOn(day);
    for (const AssessmentItems::Item& item : AssessmentItems::all()) {
        int score = 0;
        if (item.code == AssessmentItems::ConsciousnessCode) {
            // Rarely a coma, drowsiness only when cognition is nearly gone.
            score = cognitive < 0.08 && physical < 0.1 && uniform(random) < 0.3 ? 0 : cognitive < 0.2 ? 1 : 2;
        } else if (item.code == QStringLiteral("aggression") || item.code == QStringLiteral("depression")) {
            score = uniform(random) < 0.55 + 0.45 * cognitive ? 1 : 0;
        } else if (item.code == QStringLiteral("vision") || item.code == QStringLiteral("hearing")) {
            score = scoreFor(random, condition.senses, item.maxScore);
        } else if (item.dimension == Dimension::Mental || item.code == QStringLiteral("dailyAffairs") ||
                   item.code == QStringLiteral("socialInteraction")) {
            score = scoreFor(random, cognitive, item.maxScore);
        } else if (item.code == QStringLiteral("transport")) {
            score = scoreFor(random, std::min(physical, cognitive), item.maxScore);
        } else {
            score = scoreFor(random, physical, item.maxScore);
        }
        input.scores.insert(item.code, score);
    }
    input.dementia = condition.dementiaProne && cognitive < 0.55;
    // About one resident in sixteen has another psychiatric diagnosis (depression, psychosis …):
    // those whose cognition declines fastest without dementia (no extra draw, so the rest of the
    // demo stays as it was).
    input.psychiatric = !condition.dementiaProne && condition.cognitiveDecline > 0.085;
    input.selfHarmEvents = uniform(random) < 0.02 ? 1 : 0;
    return input;
}
} // namespace

AssessmentDemo::Summary AssessmentDemo::generate(Database& db, const Actor& actor, std::mt19937& random,
                                                 const QDate& lastDay)
{
    actor.require(Permission::WriteAssessments);
    static const QStringList assessors = {QStringLiteral("李秀梅"), QStringLiteral("王建华"),
                                          QStringLiteral("赵丽娟"), QStringLiteral("孙红")};
    AssessmentService service(db);
    const int interval = service.intervalMonths();
    const QDate today = lastDay.isValid() ? std::min(lastDay, Clock::today()) : Clock::today();
    Summary summary;

    Transaction transaction(db);
    // Admission order with the ID number as tie-break: uids are random, this order is not.
    const QList<QVariantMap> residents = sql::rows(
        db, QStringLiteral("SELECT uid, admission_date, discharge_date FROM residents WHERE deleted = 0 "
                           "ORDER BY admission_date, id_number"));
    for (const QVariantMap& resident : residents) {
        const QDate admitted =
            QDate::fromString(resident.value(QStringLiteral("admission_date")).toString(), Qt::ISODate);
        const QDate discharged =
            QDate::fromString(resident.value(QStringLiteral("discharge_date")).toString(), Qt::ISODate);
        if (!admitted.isValid() || admitted > today)
            continue;
        QDate end = discharged.isValid() ? std::min(discharged, today) : today;
        // About one current resident in seven has missed the last routine assessment.
        if (!discharged.isValid() && uniform(random) < 0.14)
            end = std::max(admitted, today.addMonths(-interval).addDays(-between(random, 1, 60)));

        Condition condition;
        condition.since = admitted;
        condition.physical = clamp01(0.15 + 0.85 * std::sqrt(uniform(random)));
        condition.cognitive = clamp01(condition.physical + (uniform(random) - 0.4) * 0.5);
        condition.physicalDecline = 0.02 + 0.08 * uniform(random);
        condition.cognitiveDecline = 0.01 + 0.08 * uniform(random);
        condition.senses = clamp01(0.5 + 0.6 * uniform(random));
        condition.dementiaProne = uniform(random) < 0.3;

        // First at admission, then every interval (a few days early or late), and now and then a
        // change of condition between two routine ones.
        QList<QPair<QDate, AssessmentReason>> plan{{admitted, AssessmentReason::First}};
        for (int step = 1;; ++step) {
            const QDate previous = plan.constLast().first;
            const QDate routine = admitted.addMonths(interval * step).addDays(between(random, -10, 3));
            if (routine > end)
                break;
            if (uniform(random) < 0.12) {
                const qint64 gap = previous.daysTo(routine);
                if (gap > 20)
                    plan.append({previous.addDays(between(random, 10, static_cast<int>(gap) - 10)),
                                 AssessmentReason::Change});
            }
            if (routine > plan.constLast().first)
                plan.append({routine, AssessmentReason::Routine});
        }

        ++summary.residents;
        for (const auto& [day, reason] : plan) {
            if (reason == AssessmentReason::Change) {
                // The change that prompted it: a fall or an illness that leaves its mark.
                condition.physical -= 0.08 + 0.2 * uniform(random);
                condition.cognitive -= 0.1 * uniform(random);
            }
            AssessmentService::Input input = inputFor(random, condition, day);
            input.residentUid = resident.value(QStringLiteral("uid")).toString();
            input.reason = reason;
            input.assessor = assessors.at(between(random, 0, static_cast<int>(assessors.size()) - 1));
            service.record(actor, input);
            ++summary.assessments;
        }
    }
    transaction.commit();
    return summary;
}

} // namespace jinglao::core
