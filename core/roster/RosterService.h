#pragma once
// Shift templates and the roster: seeding the default template set on first use, choosing the
// 12-hour two-shift set instead, writing shifts (one transaction per edit, overlapping shifts of
// one person refused), copying last week or month and filling a rotating pattern.

#include "auth/Actor.h"
#include "roster/RosterMonth.h"
#include "roster/RosterRules.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace jinglao::core {

class Database;

class RosterService {
    Q_DECLARE_TR_FUNCTIONS(RosterService)

public:
    enum class TemplateSet {
        ThreeShifts, // 早班 D 07–15, 中班 E 15–23, 夜班 N 23–07 (the default)
        TwoShifts,   // 白班 A 07–19, 夜班 B 19–07 (12-hour 两班制)
    };

    // The shifts one person has on one day; no codes = a rest day.
    struct DayAssignment {
        QString staffUid;
        QDate date;
        QStringList codes;
    };

    // core::Settings key of the monthly norm overtime is counted against (monthlyNormCodes()).
    static inline const QString MonthlyNormSettingKey = QStringLiteral("roster_monthly_norm");
    // core::Settings key of the center's own target of residents per caregiver ("4.0"; empty: none).
    static inline const QString CaregiverTargetSettingKey =
        QStringLiteral("roster_residents_per_caregiver_target");
    static constexpr double MinCaregiverTarget = 1.0;
    static constexpr double MaxCaregiverTarget = 50.0;

    explicit RosterService(Database& db);

    // The monthly norm in use: the statutory average of 174 h unless chosen otherwise.
    MonthlyNorm monthlyNorm() const;
    // Needs Permission::ManageSettings.
    void setMonthlyNorm(const Actor& actor, MonthlyNorm norm);
    // The center's own target: at most this many residents for each caregiver on the staff (the
    // monthly report and the alerts compare residents per caregiver with it); none until set.
    std::optional<double> caregiverTarget() const;
    // Sets it (MinCaregiverTarget … MaxCaregiverTarget, one decimal at most) or, with nullopt,
    // clears it. Needs Permission::ManageSettings; another value is refused naming the field.
    void setCaregiverTarget(const Actor& actor, std::optional<double> target);
    static QString caregiverTargetLabel();

    // Active templates in display order (all with includeInactive). When there are no templates
    // at all, an actor who may plan the roster seeds the three-shift set in one audited
    // transaction; anyone else, or a database opened read-only, gets that set without a write.
    QList<ShiftTemplate> templates(const Actor& actor, bool includeInactive = false);
    // Makes the templates of set the active ones (creating them when missing).
    void chooseTemplateSet(const Actor& actor, TemplateSet set);
    // Saves name, times and minimum caregivers of the template with that code.
    void updateTemplate(const Actor& actor, const ShiftTemplate& shiftTemplate);

    RosterMonth month(const Actor& actor, const QDate& anyDayOfMonth);
    QList<RosterWarning> warnings(const Actor& actor, const QDate& anyDayOfMonth);
    // Caregivers (role CAREGIVER) on duty at `at`: a shift of theirs, planned or worked (not
    // absent), that has begun and not yet ended. Each person once. Needs ViewRecords.
    int caregiversOnDuty(const Actor& actor, const QDateTime& at) const;
    // The shifts of anyDayOfMonth's month with fewer caregivers than their template's minimum:
    // the count of RosterRules::understaffed(month(…)), from one aggregate query instead of the
    // whole month's roster (the monthly report asks it for every month).
    int understaffedShifts(const Actor& actor, const QDate& anyDayOfMonth);

    // Replaces the shifts of each (person, day) with the codes given, in one transaction; refuses
    // unknown codes and overlapping shifts of one person (Error::conflict) and writes nothing then.
    void apply(const Actor& actor, const QList<DayAssignment>& days,
               Shift::Status status = Shift::Status::Planned);
    void setDay(const Actor& actor, const QString& staffUid, const QDate& date, const QStringList& codes);
    // pattern: one entry per day, "-" a rest day, repeated over from…to. Each further person in
    // staffUids starts stagger days later in the pattern.
    void fillPattern(const Actor& actor, const QStringList& staffUids, const QDate& from, const QDate& to,
                     const QStringList& pattern, int stagger = 0);
    // Copies the 7 days before weekStart onto weekStart … weekStart + 6.
    void copyLastWeek(const Actor& actor, const QStringList& staffUids, const QDate& weekStart);
    // Copies the previous month day by day (1st onto 1st …); days the previous month lacks stay.
    void copyLastMonth(const Actor& actor, const QStringList& staffUids, const QDate& anyDayOfMonth);
    void setStatus(const Actor& actor, const QString& shiftUid, Shift::Status status);

    // "D,D,E,E,N,N,-,-" (commas, spaces or slashes) → {"D","D","E","E","N","N","-","-"}.
    static QStringList parsePattern(const QString& text);
    // A grid cell as typed: "D", "d", "D/N", "" or "-" (rest).
    static QStringList parseCell(const QString& text);
    static QList<ShiftTemplate> defaultTemplates(TemplateSet set);

private:
    QList<ShiftTemplate> loadTemplates(bool includeInactive) const;
    void seedIfEmpty(const Actor& actor);
    QList<Shift> shiftsOfStaff(const QString& staffUid, const QDate& from, const QDate& to) const;

    Database& m_db;
};

} // namespace jinglao::core
