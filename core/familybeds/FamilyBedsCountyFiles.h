#pragma once
// family_beds.csv and home_visits.csv of the county package (county-csv-spec.md), owned by the
// family-bed module. A family bed's row is made of the bed, its service agreements (the
// contract: the first agreement's start to the latest one's end) and its current care level (the
// latest assessment's, else the level entered); its updated_at is the latest of them. The address
// is the bed's county, township, village and street, written together.

#include "county/CountyFile.h"

#include <QCoreApplication>

namespace jinglao::core {

class FamilyBedsCountyFiles {
    Q_DECLARE_TR_FUNCTIONS(FamilyBedsCountyFiles)

public:
    static CountyFile familyBeds();
    static CountyFile homeVisits();
};

} // namespace jinglao::core
