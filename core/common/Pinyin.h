#pragma once
// Latin spellings of Chinese names for search: 张三 → "zhangsan" and "zs". Uses ICU's
// Han-Latin transliteration, so the reading is the common one for each character.

#include <QString>

namespace jinglao::core::pinyin {

// Lower-case toneless pinyin without spaces: 张三 → "zhangsan". Latin letters and digits
// in the text are kept (lower-cased); other characters are dropped.
QString full(const QString& text);
// First letter of each syllable: 张三 → "zs".
QString initials(const QString& text);

} // namespace jinglao::core::pinyin
