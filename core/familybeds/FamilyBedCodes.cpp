#include "familybeds/FamilyBedCodes.h"

#include "common/Error.h"

namespace jinglao::core::familybeds {

namespace {
template <typename Enum>
QList<Enum> parse(const CodeTable<Enum>& table, const QString& codes, const QString& field)
{
    QList<Enum> values;
    for (const QString& code : codes.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const std::optional<Enum> value = table.fromCode(code.trimmed());
        if (!value)
            throw Error::validation(
                field, code,
                QCoreApplication::translate("jinglao::core::familybeds", "is not one of %1.")
                    .arg(table.codes().join(QStringLiteral(", "))));
        if (!values.contains(*value))
            values.append(*value);
    }
    return values;
}
} // namespace

const CodeTable<SpecialReason>& specialReasons()
{
    static const CodeTable<SpecialReason> table(
        "jinglao::core::SpecialReason",
        {{SpecialReason::Alone, "ALONE", QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Lives alone")},
         {SpecialReason::EmptyNest, "EMPTY_NEST",
          QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Empty nest")},
         {SpecialReason::LeftBehind, "LEFT_BEHIND",
          QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Left behind")},
         {SpecialReason::WidowedChildless, "WIDOWED_CHILDLESS",
          QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Widowed and childless")},
         {SpecialReason::Disabled, "DISABLED", QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Disabled")},
         {SpecialReason::SevereDisability, "SEVERE_DISABILITY",
          QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Severe disability")},
         {SpecialReason::FpSpecial, "FP_SPECIAL",
          QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Special family-planning family")},
         {SpecialReason::Other, "OTHER", QT_TRANSLATE_NOOP("jinglao::core::SpecialReason", "Other")}});
    return table;
}

const CodeTable<VisitService>& visitServices()
{
    static const CodeTable<VisitService> table(
        "jinglao::core::VisitService",
        {{VisitService::Meal, "MEAL", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Meal help")},
         {VisitService::Bath, "BATH", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Bathing")},
         {VisitService::Clean, "CLEAN", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Cleaning")},
         {VisitService::Walk, "WALK", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Walking help")},
         {VisitService::Medical, "MEDICAL", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Medical help")},
         {VisitService::Emergency, "EMERGENCY",
          QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Emergency help")},
         {VisitService::Visit, "VISIT", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Visit and chat")},
         {VisitService::Rehab, "REHAB", QT_TRANSLATE_NOOP("jinglao::core::VisitService", "Rehabilitation")}});
    return table;
}

const CodeTable<VisitMethod>& visitMethods()
{
    static const CodeTable<VisitMethod> table(
        "jinglao::core::VisitMethod",
        {{VisitMethod::Home, "HOME", QT_TRANSLATE_NOOP("jinglao::core::VisitMethod", "In person")},
         {VisitMethod::Phone, "PHONE", QT_TRANSLATE_NOOP("jinglao::core::VisitMethod", "By phone")},
         {VisitMethod::Video, "VIDEO", QT_TRANSLATE_NOOP("jinglao::core::VisitMethod", "By video")}});
    return table;
}

const CodeTable<Satisfaction>& satisfactions()
{
    static const CodeTable<Satisfaction> table(
        "jinglao::core::Satisfaction",
        {{Satisfaction::Satisfied, "1", QT_TRANSLATE_NOOP("jinglao::core::Satisfaction", "Satisfied")},
         {Satisfaction::FairlySatisfied, "2",
          QT_TRANSLATE_NOOP("jinglao::core::Satisfaction", "Fairly satisfied")},
         {Satisfaction::Dissatisfied, "3",
          QT_TRANSLATE_NOOP("jinglao::core::Satisfaction", "Dissatisfied")}});
    return table;
}

QList<VisitService> parseServices(const QString& codes, const QString& field)
{
    return parse(visitServices(), codes, field);
}

QList<SpecialReason> parseSpecialReasons(const QString& codes, const QString& field)
{
    return parse(specialReasons(), codes, field);
}

} // namespace jinglao::core::familybeds
