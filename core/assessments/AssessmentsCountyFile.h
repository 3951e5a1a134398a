#pragma once
// assessments.csv of the county package (county-csv-spec.md), owned by the assessments module:
// residents' assessments (a family bed's assessments have no place in format 1). An imported
// assessment carries the dimension sums, total and final level; its levels must follow the
// GB/T 42195-2022 rule: never below the preliminary level of the total, and without coma at most
// one step above it.

#include "county/CountyFile.h"

#include <QCoreApplication>

namespace jinglao::core {

class AssessmentsCountyFile {
    Q_DECLARE_TR_FUNCTIONS(AssessmentsCountyFile)

public:
    static CountyFile file();
};

} // namespace jinglao::core
