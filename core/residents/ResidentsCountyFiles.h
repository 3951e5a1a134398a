#pragma once
// beds.csv and residents.csv of the county package (county-csv-spec.md), owned by the residents
// and beds module. An imported bed keeps its service history (bed_service_periods); an imported
// resident keeps their stays and beds (resident_stays, bed_assignments): an admission, a
// discharge, a change of bed or a re-admission in the package is recorded as the program records
// it when a person does it.

#include "county/CountyFile.h"

#include <QCoreApplication>

namespace jinglao::core {

class ResidentsCountyFiles {
    Q_DECLARE_TR_FUNCTIONS(ResidentsCountyFiles)

public:
    static CountyFile beds();
    static CountyFile residents();
};

} // namespace jinglao::core
