#pragma once
// The time every record stamp and rule reads. Tests fix it so that expiry, lockouts and
// "last 30 days" rules are checked without waiting.

#include <QDate>
#include <QDateTime>

namespace jinglao::core {

class Clock {
public:
    // Local time with its UTC offset, so that timestamps serialize as 2026-11-02T08:30:00+08:00.
    static QDateTime now();
    static QDate today();
    // ISO 8601 with offset, seconds precision: the one timestamp format stored and exported.
    static QString timestamp(const QDateTime& when);
    static QString nowTimestamp();
    static QDateTime parseTimestamp(const QString& text);
    // A stored timestamp as people read it: "2026-11-02 08:30" (its own offset's wall time).
    static QString displayTimestamp(const QString& stored);

    // While alive, the clock reads a moment the holder sets, then what it read before (the real
    // time, or a time fixed for testing). jinglao-cli demo lives its history this way: every record
    // stamp, rule and "today" of its steps follows the demo's own dates, never the wall clock, so
    // the same seed and --until give the same records whenever the demo is run.
    class Override {
    public:
        explicit Override(const QDateTime& when);
        ~Override();
        Override(const Override&) = delete;
        Override& operator=(const Override&) = delete;
        // Moves the clock (forwards or back) while the override lasts.
        void set(const QDateTime& when);

    private:
        QDateTime m_previous;
    };

    static void setFixedForTesting(const QDateTime& when);
    static void advanceForTesting(qint64 seconds);
    static void resetForTesting();
};

} // namespace jinglao::core
