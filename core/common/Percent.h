#pragma once
// Percentages as the county reports them (county-csv-spec.md): rounded half up to one decimal and
// written with one decimal ("55.0"), computed in whole numbers so that 12.25 never becomes 12.2.

#include <QString>

namespace jinglao::core::percent {

// part ÷ whole × 100 in tenths of a percent, rounded half up; whole must be > 0.
qint64 tenthsHalfUp(qint64 part, qint64 whole);
// part ÷ whole in tenths, rounded half up (residents per caregiver, 4.1 as 41); whole must be > 0.
qint64 ratioTenthsHalfUp(qint64 part, qint64 whole);
// "55.0" for 550 tenths.
QString text(qint64 tenths);

} // namespace jinglao::core::percent
