#include "shiftlog/Incident.h"

#include <QStringList>

namespace jinglao::core {

const CodeTable<Incident>& incidentCodes()
{
    static const CodeTable<Incident> table(
        "jinglao::core::Incident",
        {{Incident::None, "", QT_TRANSLATE_NOOP("jinglao::core::Incident", "No incident")},
         {Incident::Fall, "FALL", QT_TRANSLATE_NOOP("jinglao::core::Incident", "Fall")},
         {Incident::Choking, "CHOKING", QT_TRANSLATE_NOOP("jinglao::core::Incident", "Choking")},
         {Incident::PressureSore, "PRESSURE_SORE",
          QT_TRANSLATE_NOOP("jinglao::core::Incident", "Pressure sore")},
         {Incident::Wandering, "WANDERING", QT_TRANSLATE_NOOP("jinglao::core::Incident", "Wandering")},
         {Incident::Other, "OTHER", QT_TRANSLATE_NOOP("jinglao::core::Incident", "Other incident")}});
    return table;
}

QList<Incident> allIncidents()
{
    QList<Incident> kinds = incidentCodes().values();
    kinds.removeAll(Incident::None);
    return kinds;
}

bool isRiskEvent(Incident incident)
{
    return incident == Incident::Fall || incident == Incident::Choking || incident == Incident::Wandering;
}

QStringList riskEventCodes()
{
    QStringList codes;
    for (Incident incident : allIncidents()) {
        if (isRiskEvent(incident))
            codes.append(incidentCodes().code(incident));
    }
    return codes;
}

} // namespace jinglao::core
