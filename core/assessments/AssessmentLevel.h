#pragma once
// The GB/T 42195-2022 ability levels: the preliminary level from the total score and the
// raising rules that give the final level. Pure functions, so the form shows them live and the
// service records exactly what the form showed.

#include <QMap>
#include <QString>

namespace jinglao::core {

class AssessmentLevel {
public:
    // 0 能力完好 … 4 完全失能.
    static constexpr int Intact = 0;
    static constexpr int Mild = 1;
    static constexpr int Moderate = 2;
    static constexpr int Severe = 3;
    static constexpr int Complete = 4;

    // Two or more care-risk events (跌倒, 噎食, 自杀, 自伤, 走失 …) in the 30 days up to the assessment.
    static constexpr int RiskEventThreshold = 2;
    static constexpr int RiskWindowDays = 30;

    // What the assessor recorded besides the item scores.
    struct Conditions {
        bool dementia = false; // diagnosed dementia, ICD-10 F00–F03
        bool psychiatric =
            false;          // another mental or behavioural disorder diagnosed by a psychiatrist, F04–F99
        int riskEvents = 0; // care-risk events in the last 30 days
        bool coma = false;
    };

    // What the raising rules did, for the record and the form. The raisedFor… flags name every
    // condition that held when the level was raised; together they raise it one step.
    struct Outcome {
        int preliminary = 0;
        int level = 0;
        bool raisedForDementia = false;
        bool raisedForPsychiatric = false;
        bool raisedForRisk = false;
        bool coma = false;
    };

    // 90 → 0; 66–89 → 1; 46–65 → 2; 30–45 → 3; 0–29 → 4. Total must be 0 … 90.
    static int preliminaryFor(int total);
    static Outcome finalLevel(int total, const Conditions& conditions);

    static QString label(int level); // translated: 能力完好 …
    // Why the final level differs from the preliminary one ("in a coma", "raised one step for
    // dementia, risk events"), or empty.
    static QString reasons(const Outcome& outcome);
    // One line: "轻度失能 → 中度失能 (raised for dementia)", or just the level.
    static QString explain(const Outcome& outcome);
};

} // namespace jinglao::core
