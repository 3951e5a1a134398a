#pragma once
// The checks every form shares for free text and phone numbers, so that a resident's phone, a
// staff member's and the center's are accepted or refused alike, with the same message.

#include <QString>

namespace jinglao::core::textrules {

// Trimmed, inner runs of white space folded. Throws Error::validation naming the field when it
// is longer than maximum characters, or empty while required.
QString line(const QString& value, const QString& fieldLabel, int maximum, bool required = false);

// Text of several lines (a medical history, advice): line ends made \n, each line's white space
// folded, blank lines at the start and end dropped. The same refusals as line().
QString paragraphs(const QString& value, const QString& fieldLabel, int maximum, bool required = false);

// Trimmed; empty is allowed. Throws Error::validation unless it holds only digits, spaces, + and -,
// with 3 to 20 characters.
QString phone(const QString& value, const QString& fieldLabel);

} // namespace jinglao::core::textrules
