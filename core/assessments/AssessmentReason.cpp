#include "assessments/AssessmentReason.h"

namespace jinglao::core {

const CodeTable<AssessmentReason>& assessmentReasonCodes()
{
    static const CodeTable<AssessmentReason> table(
        "jinglao::core::AssessmentReason",
        {{AssessmentReason::First, "FIRST", QT_TRANSLATE_NOOP("jinglao::core::AssessmentReason", "First")},
         {AssessmentReason::Routine, "ROUTINE",
          QT_TRANSLATE_NOOP("jinglao::core::AssessmentReason", "Routine")},
         {AssessmentReason::Change, "CHANGE",
          QT_TRANSLATE_NOOP("jinglao::core::AssessmentReason", "Change of condition")},
         {AssessmentReason::Review, "REVIEW", QT_TRANSLATE_NOOP("jinglao::core::AssessmentReason", "Review")},
         {AssessmentReason::Other, "OTHER", QT_TRANSLATE_NOOP("jinglao::core::AssessmentReason", "Other")}});
    return table;
}

} // namespace jinglao::core
