#include "beds/Bed.h"

namespace jinglao::core {

const CodeTable<BedType>& bedTypeCodes()
{
    static const CodeTable<BedType> table(
        "BedService", {{BedType::Nursing, "NURSING", QT_TRANSLATE_NOOP("BedService", "Nursing bed")},
                       {BedType::General, "GENERAL", QT_TRANSLATE_NOOP("BedService", "General bed")}});
    return table;
}

} // namespace jinglao::core
