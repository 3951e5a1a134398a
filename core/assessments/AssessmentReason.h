#pragma once
// Why an assessment was made: 首次 at admission, 常规 on schedule, 即时 on a change of
// condition, 复评 on review of a disputed result, or something else.

#include <QList>
#include <QString>

namespace jinglao::core {

enum class AssessmentReason { First, Routine, Change, Review, Other };

QList<AssessmentReason> allAssessmentReasons();
QString assessmentReasonCode(AssessmentReason reason);                        // "FIRST" …: stored form
bool assessmentReasonFromCode(const QString& code, AssessmentReason* reason); // false for an unknown code
QString assessmentReasonLabel(AssessmentReason reason);                       // translated

} // namespace jinglao::core
