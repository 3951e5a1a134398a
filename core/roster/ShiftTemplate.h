#pragma once
// A kind of shift (早班 D 07:00–15:00 …) and one rostered shift of one person. A template whose
// end is not after its start crosses midnight: its shifts end the next day.

#include "common/CodeTable.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace jinglao::core {

struct ShiftTemplate {
    QString uid;
    QString code; // D, E, N …: what the roster grid shows
    // As stored: a built-in label's code (EARLY, LATE, NIGHT, DAY12, NIGHT12), translated when
    // shown, or a name an administrator typed, shown as typed. Show label(), never name.
    QString name;
    QTime start;
    QTime end;
    int minCaregivers = 0; // caregivers needed on every such shift
    int sortOrder = 0;
    bool active = true;

    // 早班 in Chinese, "Early shift" in English, or the typed name.
    QString label() const;
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

// The translated label of a stored template name: a built-in code's label, any other text as is.
QString shiftTemplateLabel(const QString& storedName);
// The stored name for a name shown or typed: a built-in label (in the current language) becomes
// its code again, any other text stays as typed.
QString shiftTemplateStoredName(const QString& shownName);

// PLANNED, WORKED, ABSENT (stored) ↔ 计划, 已上班, 缺勤.
const CodeTable<Shift::Status>& shiftStatusCodes();

} // namespace jinglao::core
