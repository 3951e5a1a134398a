#include "common/Uid.h"

#include <QUuid>

namespace jinglao::core::uid {

QString create()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isValid(const QString& text)
{
    return !text.isEmpty() && text.size() <= 64 && !text.contains(QLatin1Char(','));
}

} // namespace jinglao::core::uid
