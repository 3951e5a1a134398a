#include "roster/ShiftTemplate.h"

namespace jinglao::core {

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
