#pragma once
// Latin spellings of Chinese names for search and sorting: 张三 → "zhangsan" and "zs". Uses ICU's
// Han-Latin transliteration for the common reading of each character; a surname is read as a
// surname (曾 zeng, not ceng; 单 shan; 尉迟 yu chi), and search accepts both readings.

#include <QString>
#include <QStringList>
#include <QVariantList>

namespace jinglao::core::pinyin {

// The common reading of each character, lower case, toneless: 重庆 → {"zhong", "qing"}. Latin
// letters and digits in the text are kept as they are (lower-cased); other characters dropped.
QStringList syllables(const QString& text);
// A person's name: the surname (a compound surname such as 欧阳 or 尉迟 first) in its surname
// reading, the given name in the common reading: 曾国藩 → {"zeng", "guo", "fan"}.
QStringList nameSyllables(const QString& name);

// The name's syllables joined: 张三 → "zhangsan"; the key people are sorted by.
QString full(const QString& name);
// First letter of each syllable: 张三 → "zs".
QString initials(const QString& name);

// Everything a person may type to find the name, in one text: each reading joined and its
// initials between "|", each reading of the surname between < and >, then every syllable
// between spaces: 曾明 → "|zengming|cengming|zm|cm|<zeng><ceng> zeng ming ceng ".
QString searchKey(const QString& name);

// A search typed by a person, for matching against searchKey: lower case, spaces and anything
// but a–z and 0–9 dropped ("Zeng S" → "zengs"). Empty when nothing Latin is left.
QString normalizedQuery(const QString& query);

// SQL over a column holding searchKey: `condition` keeps the names the query matches; `rank`
// orders them 0 (the surname, a whole reading or the initials is the query: "hu" finds 胡 first),
// 1 (a reading or the initials start with it: 黄 for "hu"), 2 (a whole syllable: 张虎), 3 (any
// part). Both use positional placeholders; bind conditionValues / rankValues in that order.
struct SearchSql {
    QString condition;
    QVariantList conditionValues;
    QString rank;
    QVariantList rankValues;
};
SearchSql searchSql(const QString& column, const QString& normalized);

} // namespace jinglao::core::pinyin
