#pragma once
// shift_logs.csv of the county package (county-csv-spec.md), owned by the shift-log module.

#include "county/CountyFile.h"

namespace jinglao::core {

CountyFile shiftLogsCountyFile();

} // namespace jinglao::core
