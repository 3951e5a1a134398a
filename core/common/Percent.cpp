#include "common/Percent.h"

namespace jinglao::core::percent {

qint64 tenthsHalfUp(qint64 part, qint64 whole)
{
    Q_ASSERT(whole > 0);
    // round(part × 1000 / whole) with halves up: (2n + d) / 2d in integers.
    return (2 * part * 1000 + whole) / (2 * whole);
}

qint64 ratioTenthsHalfUp(qint64 part, qint64 whole)
{
    Q_ASSERT(whole > 0);
    return (2 * part * 10 + whole) / (2 * whole);
}

QString text(qint64 tenths)
{
    return QStringLiteral("%1.%2").arg(tenths / 10).arg(tenths % 10);
}

} // namespace jinglao::core::percent
