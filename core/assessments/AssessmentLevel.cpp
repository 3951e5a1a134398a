#include "assessments/AssessmentLevel.h"

#include <QCoreApplication>
#include <QStringList>

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

// GB/T 42195-2022, 能力等级变更依据:
//  - a person in a coma (意识水平 昏迷, or marked as comatose) is 完全失能 outright;
//  - otherwise the preliminary level is raised by one step (在原有能力级别上提高一个等级) when any
//    of these holds: a diagnosed dementia (ICD-10 F00–F03); another mental or behavioural
//    disorder diagnosed by a psychiatrist (F04–F99); two or more care-risk events in the last
//    30 days. The conditions are alternatives for one raise, not steps that add up: however many
//    hold, the level rises one step, and never beyond 4 (完全失能).
AssessmentLevel::Outcome AssessmentLevel::finalLevel(int total, const Conditions& conditions)
{
    Outcome outcome;
    outcome.preliminary = preliminaryFor(total);
    outcome.coma = conditions.coma;
    if (conditions.coma) {
        outcome.level = Complete;
        return outcome;
    }
    const bool risk = conditions.riskEvents >= RiskEventThreshold;
    outcome.level = outcome.preliminary;
    if ((conditions.dementia || conditions.psychiatric || risk) && outcome.preliminary < Complete) {
        outcome.level = outcome.preliminary + 1;
        outcome.raisedForDementia = conditions.dementia;
        outcome.raisedForPsychiatric = conditions.psychiatric;
        outcome.raisedForRisk = risk;
    }
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
    if (outcome.raisedForPsychiatric)
        why.append(QCoreApplication::translate("jinglao::core::AssessmentLevel", "psychiatric diagnosis"));
    if (outcome.raisedForRisk)
        why.append(QCoreApplication::translate("jinglao::core::AssessmentLevel", "risk events"));
    if (why.isEmpty())
        return {};
    //: %1 lists why the level was raised (one step however many): dementia, risk events
    return QCoreApplication::translate("jinglao::core::AssessmentLevel", "raised one step for %1")
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
