#pragma once
// One person to choose in a list (a resident or a staff member): the name and what tells two
// people of one name apart, as every person picker shows them.

#include <QList>
#include <QString>

namespace jinglao::core {

struct PersonChoice {
    QString uid;
    QString name;
    QString detail; // residents: the bed (or "discharged …"); staff: the role; translated
};

} // namespace jinglao::core
