#pragma once
// A kind of shift (早班 D 07:00–15:00 …) and one rostered shift of one person. A template whose
// end is not after its start crosses midnight: its shifts end the next day.

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace jinglao::core {

struct ShiftTemplate {
    QString uid;
    QString code; // D, E, N …: what the roster grid shows
    QString name; // 早班 …
    QTime start;
    QTime end;
    int minCaregivers = 0; // caregivers needed on every such shift
    int sortOrder = 0;
    bool active = true;

    bool crossesMidnight() const { return end <= start; }
    int durationMinutes() const
    {
        const int minutes = static_cast<int>(start.secsTo(end) / 60);
        return minutes > 0 ? minutes : minutes + 24 * 60;
    }
};

struct Shift {
    enum class Status { Planned, Worked, Absent };

    QString uid;
    QString staffUid;
    QDate date; // the day the shift starts
    QString code;
    QDateTime startAt;
    QDateTime endAt;
    Status status = Status::Planned;

    double hours() const { return static_cast<double>(startAt.secsTo(endAt)) / 3600.0; }
    // Absent shifts stay on the roster but count for no hours, duty or rest rules.
    bool counts() const { return status != Status::Absent; }
};

QString shiftStatusCode(Shift::Status status); // PLANNED, WORKED, ABSENT
Shift::Status shiftStatusFromCode(const QString& code);

} // namespace jinglao::core
