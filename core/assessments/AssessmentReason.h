#pragma once
// Why an assessment was made: 首次 at admission, 常规 on schedule, 即时 on a change of
// condition, 复评 on review of a disputed result, or something else.

#include "common/CodeTable.h"

namespace jinglao::core {

enum class AssessmentReason { First, Routine, Change, Review, Other };

// FIRST, ROUTINE, CHANGE, REVIEW, OTHER (the stored form) ↔ 首次评估 …
const CodeTable<AssessmentReason>& assessmentReasonCodes();

} // namespace jinglao::core
