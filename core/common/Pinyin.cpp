#include "common/Pinyin.h"

#include <QStringList>

#include <memory>
#include <mutex>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace jinglao::core::pinyin {

namespace {

// Syllables separated by spaces: 张三 → "zhang san". ICU transliterators are not thread-safe,
// so one instance is shared behind a mutex.
QStringList syllables(const QString& text)
{
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

} // namespace

QString full(const QString& text)
{
    return syllables(text).join(QString());
}

QString initials(const QString& text)
{
    QString result;
    for (const QString& syllable : syllables(text)) {
        // A run of Latin letters in a name (rare) counts as one syllable.
        result.append(syllable.at(0));
    }
    return result;
}

} // namespace jinglao::core::pinyin
