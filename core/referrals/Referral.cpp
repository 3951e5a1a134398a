#include "referrals/Referral.h"

#include <algorithm>

namespace jinglao::core {

int Referral::daysAway(const QDate& asOf) const
{
    if (!referredAt.isValid())
        return -1;
    QDate end = asOf;
    if (returnedAt.isValid())
        end = returnedAt.date();
    else if (closedAt.isValid())
        end = closedAt.date();
    return static_cast<int>(std::max<qint64>(0, referredAt.date().daysTo(end)));
}

} // namespace jinglao::core
