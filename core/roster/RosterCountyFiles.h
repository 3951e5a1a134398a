#pragma once
// staff.csv and shifts.csv of the county package (county-csv-spec.md), owned by the staff and
// roster module.

#include "county/CountyFile.h"

#include <QCoreApplication>

namespace jinglao::core {

class RosterCountyFiles {
    Q_DECLARE_TR_FUNCTIONS(RosterCountyFiles)

public:
    static CountyFile staff();
    static CountyFile shifts();
};

} // namespace jinglao::core
