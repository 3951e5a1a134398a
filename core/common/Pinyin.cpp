#include "common/Pinyin.h"

#include <QHash>

#include <memory>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace jinglao::core::pinyin {

namespace {

// Surnames whose reading differs from the character's common one (ICU gives the common one).
// Compound surnames are matched before single ones.
const QHash<QString, QStringList>& surnameReadings()
{
    static const QHash<QString, QStringList> readings = [] {
        const auto syllablesOf = [](const char* text) {
            return QString::fromLatin1(text).split(QLatin1Char(' '));
        };
        QHash<QString, QStringList> table;
        const std::pair<const char*, const char*> entries[] = {
            {"尉迟", "yu chi"},  {"万俟", "mo qi"}, {"单于", "chan yu"}, {"长孙", "zhang sun"},
            {"澹台", "tan tai"}, {"曾", "zeng"},    {"单", "shan"},      {"解", "xie"},
            {"仇", "qiu"},       {"区", "ou"},      {"朴", "piao"},      {"查", "zha"},
            {"盖", "ge"},        {"乐", "yue"},     {"覃", "qin"},       {"缪", "miao"},
            {"翟", "zhai"},      {"种", "chong"},   {"阚", "kan"},       {"隗", "wei"},
            {"柏", "bai"},       {"秘", "bi"},      {"繁", "po"},        {"句", "gou"},
            {"召", "shao"},      {"员", "yun"},     {"能", "nai"},       {"冼", "xian"},
            {"禚", "zhuo"},      {"眭", "sui"},     {"逄", "pang"},      {"沈", "shen"},
        };
        for (const auto& [surname, reading] : entries)
            table.insert(QString::fromUtf8(surname), syllablesOf(reading));
        return table;
    }();
    return readings;
}

// Compound surnames read the common way, so that the surname is two characters long.
bool isCompoundSurname(const QString& two)
{
    static const QStringList compounds =
        QString::fromUtf8("欧阳 司马 上官 诸葛 东方 皇甫 尉迟 万俟 司徒 令狐 夏侯 长孙 慕容 宇文 "
                          "公孙 轩辕 端木 独孤 南宫 西门 澹台 公冶 呼延 闻人 赫连 单于 百里 东郭")
            .split(QLatin1Char(' '));
    return compounds.contains(two);
}

qsizetype surnameLength(const QString& name)
{
    return name.size() >= 3 && isCompoundSurname(name.left(2)) ? 2 : qMin<qsizetype>(1, name.size());
}

QString joined(const QStringList& parts)
{
    return parts.join(QString());
}

QString initialsOf(const QStringList& parts)
{
    QString result;
    for (const QString& syllable : parts)
        result.append(syllable.at(0)); // a run of Latin letters in a name counts as one syllable
    return result;
}

} // namespace

QStringList syllables(const QString& text)
{
    // ICU transliterators are not thread-safe, so one instance is shared behind a mutex.
    static std::mutex mutex;
    static std::unique_ptr<icu::Transliterator> transliterator;
    static bool failed = false;
    std::lock_guard lock(mutex);
    if (!transliterator && !failed) {
        UErrorCode status = U_ZERO_ERROR;
        transliterator.reset(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Han-Latin; Latin-ASCII; Lower"), UTRANS_FORWARD, status));
        if (U_FAILURE(status)) {
            transliterator.reset();
            failed = true;
        }
    }
    QStringList parts;
    if (!transliterator)
        return parts;
    // Each character on its own, so that two syllables never run together ("xian" vs "xi an").
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        const char16_t unit = c.unicode();
        icu::UnicodeString piece(unit);
        transliterator->transliterate(piece);
        QString latin = QString(reinterpret_cast<const QChar*>(piece.getBuffer()), piece.length()).trimmed();
        QString cleaned;
        for (const QChar l : latin) {
            if ((l >= QLatin1Char('a') && l <= QLatin1Char('z')) ||
                (l >= QLatin1Char('0') && l <= QLatin1Char('9')))
                cleaned.append(l);
        }
        if (!cleaned.isEmpty())
            parts.append(cleaned);
    }
    return parts;
}

QStringList nameSyllables(const QString& name)
{
    const QString trimmed = name.trimmed();
    const qsizetype length = surnameLength(trimmed);
    const QString surname = trimmed.left(length);
    const auto special = surnameReadings().constFind(surname);
    const QStringList head = special != surnameReadings().constEnd() ? *special : syllables(surname);
    return head + syllables(trimmed.mid(length));
}

QString full(const QString& name)
{
    return joined(nameSyllables(name));
}

QString initials(const QString& name)
{
    return initialsOf(nameSyllables(name));
}

QString searchKey(const QString& name)
{
    const QString trimmed = name.trimmed();
    const QStringList asName = nameSyllables(trimmed);
    const QStringList common = syllables(trimmed);
    QStringList readings{joined(asName)};
    QStringList initialList{initialsOf(asName)};
    if (common != asName) {
        readings.append(joined(common));
        initialList.append(initialsOf(common));
    }
    // The surname's syllables are the first ones of each reading.
    const qsizetype surnameSyllables = asName.size() - syllables(trimmed.mid(surnameLength(trimmed))).size();
    QString surnames = QLatin1Char('<') + joined(asName.mid(0, surnameSyllables)) + QLatin1Char('>');
    const QString commonSurname =
        joined(common.mid(0, syllables(trimmed.left(surnameLength(trimmed))).size()));
    if (!commonSurname.isEmpty() && QLatin1Char('<') + commonSurname + QLatin1Char('>') != surnames)
        surnames += QLatin1Char('<') + commonSurname + QLatin1Char('>');
    QStringList every = asName;
    for (const QString& syllable : common) {
        if (!every.contains(syllable))
            every.append(syllable);
    }
    return QLatin1Char('|') + (readings + initialList).join(QLatin1Char('|')) + QLatin1Char('|') + surnames +
           QLatin1Char(' ') + every.join(QLatin1Char(' ')) + QLatin1Char(' ');
}

QString normalizedQuery(const QString& query)
{
    QString result;
    for (const QChar c : query.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            result.append(c);
    }
    return result;
}

SearchSql searchSql(const QString& column, const QString& normalized)
{
    // The query holds only a–z and 0–9, so it needs no LIKE escaping.
    SearchSql sql;
    sql.condition = column + QStringLiteral(" LIKE ?");
    sql.conditionValues = {QLatin1Char('%') + normalized + QLatin1Char('%')};
    sql.rank =
        QStringLiteral("CASE WHEN %1 LIKE ? OR %1 LIKE ? THEN 0 WHEN %1 LIKE ? THEN 1 WHEN %1 LIKE ? THEN 2 "
                       "ELSE 3 END")
            .arg(column);
    sql.rankValues = {QStringLiteral("%<") + normalized + QStringLiteral(">%"),
                      QStringLiteral("%|") + normalized + QStringLiteral("|%"),
                      QStringLiteral("%|") + normalized + QLatin1Char('%'),
                      QStringLiteral("% ") + normalized + QStringLiteral(" %")};
    return sql;
}

} // namespace jinglao::core::pinyin
