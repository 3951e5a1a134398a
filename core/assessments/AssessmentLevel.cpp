#include "assessments/AssessmentLevel.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <stdexcept>

namespace jinglao::core {

int AssessmentLevel::preliminaryFor(int total)
{
    if (total < 0 || total > 90)
        throw std::logic_error("AssessmentLevel::preliminaryFor given a total outside 0–90");
    if (total == 90)
        return Intact;
    if (total >= 66)
        return Mild;
    if (total >= 46)
        return Moderate;
    if (total >= 30)
        return Severe;
    return Complete;
}

// Our reading of GB/T 42195-2022, 能力等级变更依据:
//  - a person in a coma (意识水平 昏迷, or marked as comatose) is 完全失能 outright;
//  - a diagnosed dementia (认知症/痴呆) raises the preliminary level by one step;
//  - two or more care-risk events in the last 30 days raise it by one step.
// The standard words both raises as "在原有能力级别上提高一个等级" and does not say they are
// exclusive, so when both apply each counts as its own step (two steps in all). The result is
// capped at 4 (完全失能) and is never below the preliminary level.
AssessmentLevel::Outcome AssessmentLevel::finalLevel(int total, bool dementia, int riskEvents, bool coma)
{
    Outcome outcome;
    outcome.preliminary = preliminaryFor(total);
    outcome.coma = coma;
    if (coma) {
        outcome.level = Complete;
        return outcome;
    }
    int level = outcome.preliminary;
    if (dementia && level < Complete) {
        ++level;
        outcome.raisedForDementia = true;
    }
    if (riskEvents >= RiskEventThreshold && level < Complete) {
        ++level;
        outcome.raisedForRisk = true;
    }
    outcome.level = std::min(level, static_cast<int>(Complete));
    return outcome;
}

QString AssessmentLevel::label(int level)
{
    switch (level) {
    case Intact:
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "Fully able");
    case Mild:
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "Mildly disabled");
    case Moderate:
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "Moderately disabled");
    case Severe:
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "Severely disabled");
    case Complete:
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "Completely disabled");
    default:
        return {};
    }
}

QString AssessmentLevel::reasons(const Outcome& outcome)
{
    if (outcome.coma)
        return QCoreApplication::translate("jinglao::core::AssessmentLevel", "in a coma");
    QStringList why;
    if (outcome.raisedForDementia)
        why.append(QCoreApplication::translate("jinglao::core::AssessmentLevel", "dementia"));
    if (outcome.raisedForRisk)
        why.append(QCoreApplication::translate("jinglao::core::AssessmentLevel", "risk events"));
    if (why.isEmpty())
        return {};
    //: %1 lists why the level was raised: dementia, risk events
    return QCoreApplication::translate("jinglao::core::AssessmentLevel", "raised for %1")
        .arg(why.join(QCoreApplication::translate("jinglao::core::AssessmentLevel", ", ")));
}

QString AssessmentLevel::explain(const Outcome& outcome)
{
    const QString why = reasons(outcome);
    if (why.isEmpty())
        return label(outcome.level);
    //: %1 preliminary level, %2 final level, %3 why it was raised
    return QCoreApplication::translate("jinglao::core::AssessmentLevel", "%1 → %2 (%3)")
        .arg(label(outcome.preliminary), label(outcome.level), why);
}

} // namespace jinglao::core
