#include "common/Clock.h"

#include <QTimeZone>

#include <limits>
#include <mutex>

namespace jinglao::core {

namespace {
std::mutex g_mutex;
QDateTime g_fixed;
} // namespace

QDateTime Clock::now()
{
    {
        std::lock_guard lock(g_mutex);
        if (g_fixed.isValid())
            return g_fixed;
    }
    // The local offset is looked up in the time-zone rules once a minute (offsets change on the
    // minute), not for every record written: that lookup cost more than the write itself.
    const qint64 ms = QDateTime::currentMSecsSinceEpoch();
    thread_local qint64 offsetMinute = std::numeric_limits<qint64>::min();
    thread_local int offset = 0;
    if (ms / 60000 != offsetMinute) {
        offset = QDateTime::fromMSecsSinceEpoch(ms).offsetFromUtc();
        offsetMinute = ms / 60000;
    }
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::OffsetFromUTC, offset);
}

QDate Clock::today()
{
    return now().date();
}

QString Clock::timestamp(const QDateTime& when)
{
    const QDateTime withOffset =
        when.timeSpec() == Qt::OffsetFromUTC ? when : when.toOffsetFromUtc(when.offsetFromUtc());
    QString text = withOffset.toString(Qt::ISODate);
    // Qt writes UTC as "Z"; the county format wants an explicit offset.
    if (text.endsWith(QLatin1Char('Z'))) {
        text.chop(1);
        text += QStringLiteral("+00:00");
    }
    return text;
}

QString Clock::nowTimestamp()
{
    return timestamp(now());
}

QDateTime Clock::parseTimestamp(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QString Clock::displayTimestamp(const QString& stored)
{
    const QDateTime parsed = parseTimestamp(stored);
    if (!parsed.isValid())
        return stored;
    return parsed.toOffsetFromUtc(parsed.offsetFromUtc()).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

Clock::Override::Override(const QDateTime& when)
{
    std::lock_guard lock(g_mutex);
    m_previous = g_fixed;
    g_fixed = when.toOffsetFromUtc(when.offsetFromUtc());
}

Clock::Override::~Override()
{
    std::lock_guard lock(g_mutex);
    g_fixed = m_previous;
}

void Clock::Override::set(const QDateTime& when)
{
    std::lock_guard lock(g_mutex);
    g_fixed = when.toOffsetFromUtc(when.offsetFromUtc());
}

void Clock::setFixedForTesting(const QDateTime& when)
{
    std::lock_guard lock(g_mutex);
    g_fixed = when.toOffsetFromUtc(when.offsetFromUtc());
}

void Clock::advanceForTesting(qint64 seconds)
{
    std::lock_guard lock(g_mutex);
    if (g_fixed.isValid())
        g_fixed = g_fixed.addSecs(seconds);
}

void Clock::resetForTesting()
{
    std::lock_guard lock(g_mutex);
    g_fixed = QDateTime();
}

} // namespace jinglao::core
