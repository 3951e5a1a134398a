#include "assessments/AssessmentReason.h"

#include <QCoreApplication>

namespace jinglao::core {

QList<AssessmentReason> allAssessmentReasons()
{
    return {AssessmentReason::First, AssessmentReason::Routine, AssessmentReason::Change,
            AssessmentReason::Review, AssessmentReason::Other};
}

QString assessmentReasonCode(AssessmentReason reason)
{
    switch (reason) {
    case AssessmentReason::First:
        return QStringLiteral("FIRST");
    case AssessmentReason::Routine:
        return QStringLiteral("ROUTINE");
    case AssessmentReason::Change:
        return QStringLiteral("CHANGE");
    case AssessmentReason::Review:
        return QStringLiteral("REVIEW");
    case AssessmentReason::Other:
        return QStringLiteral("OTHER");
    }
    return {};
}

bool assessmentReasonFromCode(const QString& code, AssessmentReason* reason)
{
    for (AssessmentReason candidate : allAssessmentReasons()) {
        if (assessmentReasonCode(candidate) == code) {
            *reason = candidate;
            return true;
        }
    }
    return false;
}

QString assessmentReasonLabel(AssessmentReason reason)
{
    switch (reason) {
    case AssessmentReason::First:
        return QCoreApplication::translate("jinglao::core::AssessmentReason", "First");
    case AssessmentReason::Routine:
        return QCoreApplication::translate("jinglao::core::AssessmentReason", "Routine");
    case AssessmentReason::Change:
        return QCoreApplication::translate("jinglao::core::AssessmentReason", "Change of condition");
    case AssessmentReason::Review:
        return QCoreApplication::translate("jinglao::core::AssessmentReason", "Review");
    case AssessmentReason::Other:
        return QCoreApplication::translate("jinglao::core::AssessmentReason", "Other");
    }
    return {};
}

} // namespace jinglao::core
