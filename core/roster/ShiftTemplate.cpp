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

QString shiftStatusCode(Shift::Status status)
{
    switch (status) {
    case Shift::Status::Planned:
        return QStringLiteral("PLANNED");
    case Shift::Status::Worked:
        return QStringLiteral("WORKED");
    case Shift::Status::Absent:
        return QStringLiteral("ABSENT");
    }
    return {};
}

Shift::Status shiftStatusFromCode(const QString& code)
{
    if (code == QLatin1String("WORKED"))
        return Shift::Status::Worked;
    if (code == QLatin1String("ABSENT"))
        return Shift::Status::Absent;
    return Shift::Status::Planned;
}

} // namespace jinglao::core
