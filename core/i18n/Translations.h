#pragma once
// Loads the program's and Qt's own translations for the GUI and the CLI alike.

#include <QString>

namespace jinglao::core::translations {

// "zh_CN" on a Chinese system locale, "en" otherwise.
QString defaultLanguage();
// Installs the translators for language ("zh_CN" or "en") on the running application.
// Returns false, with the reason in *problem, for a language the program does not have.
bool install(const QString& language, QString* problem = nullptr);
QStringList availableLanguages();
// source in context as language has it, whichever language is installed ("en": source itself;
// a language the program does not have: empty).
QString translateIn(const QString& language, const char* context, const char* source);

} // namespace jinglao::core::translations
