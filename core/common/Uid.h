#pragma once
// Stable record identifiers: the uid every record carries into county packages.

#include <QString>

namespace jinglao::core::uid {

QString create();
bool isValid(const QString& text);

} // namespace jinglao::core::uid
