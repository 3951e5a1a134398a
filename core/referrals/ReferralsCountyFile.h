#pragma once
// referrals.csv of the county package (county-csv-spec.md), owned by the referrals module. The
// institution is matched by name among the partner institutions (a new name adds one); a draft's
// referred_at is when it was drafted; outcome is the closing outcome's code (RETURNED, STAYED,
// TRANSFERRED, DIED, CANCELLED, OTHER): other text closes as OTHER with the text as its note.

#include "county/CountyFile.h"

#include <QCoreApplication>

namespace jinglao::core {

class ReferralsCountyFile {
    Q_DECLARE_TR_FUNCTIONS(ReferralsCountyFile)

public:
    static CountyFile file();
};

} // namespace jinglao::core
