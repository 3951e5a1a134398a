#include "shiftlog/Incident.h"

#include <QCoreApplication>
#include <QStringList>

namespace jinglao::core {

QList<Incident> allIncidents()
{
    return {Incident::Fall, Incident::Choking, Incident::PressureSore, Incident::Wandering, Incident::Other};
}

QString incidentCode(Incident incident)
{
    switch (incident) {
    case Incident::None:
        return {};
    case Incident::Fall:
        return QStringLiteral("FALL");
    case Incident::Choking:
        return QStringLiteral("CHOKING");
    case Incident::PressureSore:
        return QStringLiteral("PRESSURE_SORE");
    case Incident::Wandering:
        return QStringLiteral("WANDERING");
    case Incident::Other:
        return QStringLiteral("OTHER");
    }
    return {};
}

bool incidentFromCode(const QString& code, Incident* incident)
{
    if (code.isEmpty()) {
        *incident = Incident::None;
        return true;
    }
    for (Incident candidate : allIncidents()) {
        if (incidentCode(candidate) == code) {
            *incident = candidate;
            return true;
        }
    }
    return false;
}

QString incidentLabel(Incident incident)
{
    switch (incident) {
    case Incident::None:
        return QCoreApplication::translate("jinglao::core::Incident", "No incident");
    case Incident::Fall:
        return QCoreApplication::translate("jinglao::core::Incident", "Fall");
    case Incident::Choking:
        return QCoreApplication::translate("jinglao::core::Incident", "Choking");
    case Incident::PressureSore:
        return QCoreApplication::translate("jinglao::core::Incident", "Pressure sore");
    case Incident::Wandering:
        return QCoreApplication::translate("jinglao::core::Incident", "Wandering");
    case Incident::Other:
        return QCoreApplication::translate("jinglao::core::Incident", "Other incident");
    }
    return {};
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
            codes.append(incidentCode(incident));
    }
    return codes;
}

} // namespace jinglao::core
