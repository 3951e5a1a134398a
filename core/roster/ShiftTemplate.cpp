#include "roster/ShiftTemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>

namespace jinglao::core {

namespace {
// Built-in template names: stored as the code, shown in the user's language.
const QList<QPair<QString, const char*>>& builtInLabels()
{
    static const QList<QPair<QString, const char*>> labels = {
        {QStringLiteral("EARLY"), QT_TRANSLATE_NOOP("jinglao::core::ShiftTemplate", "Early shift")},
        {QStringLiteral("LATE"), QT_TRANSLATE_NOOP("jinglao::core::ShiftTemplate", "Late shift")},
        {QStringLiteral("NIGHT"), QT_TRANSLATE_NOOP("jinglao::core::ShiftTemplate", "Night shift")},
        {QStringLiteral("DAY12"), QT_TRANSLATE_NOOP("jinglao::core::ShiftTemplate", "Day shift")},
        {QStringLiteral("NIGHT12"), QT_TRANSLATE_NOOP("jinglao::core::ShiftTemplate", "Night shift (12 h)")},
    };
    return labels;
}
} // namespace

QString shiftTemplateLabel(const QString& storedName)
{
    for (const auto& [code, label] : builtInLabels()) {
        if (storedName == code)
            return QCoreApplication::translate("jinglao::core::ShiftTemplate", label);
    }
    return storedName;
}

QString shiftTemplateStoredName(const QString& shownName)
{
    const QString trimmed = shownName.trimmed();
    for (const auto& [code, label] : builtInLabels()) {
        if (trimmed == QCoreApplication::translate("jinglao::core::ShiftTemplate", label) ||
            trimmed == QLatin1String(label))
            return code;
    }
    return trimmed;
}

QString ShiftTemplate::label() const
{
    return shiftTemplateLabel(name);
}

const CodeTable<Shift::Status>& shiftStatusCodes()
{
    static const CodeTable<Shift::Status> table(
        "jinglao::core::ShiftStatus",
        {{Shift::Status::Planned, "PLANNED", QT_TRANSLATE_NOOP("jinglao::core::ShiftStatus", "Planned")},
         {Shift::Status::Worked, "WORKED", QT_TRANSLATE_NOOP("jinglao::core::ShiftStatus", "Worked")},
         {Shift::Status::Absent, "ABSENT", QT_TRANSLATE_NOOP("jinglao::core::ShiftStatus", "Absent")}});
    return table;
}

} // namespace jinglao::core
