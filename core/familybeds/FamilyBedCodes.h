#pragma once
// The codes and labels of the family-bed module (county-csv-spec.md): special-difficulty reasons,
// services, visit methods and satisfaction; lists of codes are joined by ";".

#include "common/CodeTable.h"
#include "familybeds/FamilyBed.h"

namespace jinglao::core::familybeds {

const CodeTable<SpecialReason>& specialReasons();
const CodeTable<VisitService>& visitServices();
const CodeTable<VisitMethod>& visitMethods();
const CodeTable<Satisfaction>& satisfactions();

// "MEAL;BATH" ↔ {Meal, Bath}; parse throws Error::validation naming field and the unknown code.
template <typename Enum> QString joinCodes(const CodeTable<Enum>& table, const QList<Enum>& values)
{
    QStringList codes;
    for (Enum value : values)
        codes.append(table.code(value));
    // Never a null string: "no codes" is stored as '' (the column is NOT NULL).
    return codes.isEmpty() ? QStringLiteral("") : codes.join(QLatin1Char(';'));
}
template <typename Enum> QString joinLabels(const CodeTable<Enum>& table, const QList<Enum>& values)
{
    QStringList labels;
    for (Enum value : values)
        labels.append(table.label(value));
    //: Between the items of a list: 助餐、助浴
    return labels.join(QCoreApplication::translate("jinglao::core::familybeds", ", "));
}
QList<VisitService> parseServices(const QString& codes, const QString& field);
QList<SpecialReason> parseSpecialReasons(const QString& codes, const QString& field);

} // namespace jinglao::core::familybeds
