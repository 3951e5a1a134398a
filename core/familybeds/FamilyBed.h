#pragma once
// 家庭养老床位: an elder cared for at home under a service agreement with the center, the
// agreements, and the home visits of the center's staff. Codes as in county-csv-spec.md
// (family_beds, home_visits); see FamilyBedCodes for labels.

#include "residents/Resident.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace jinglao::core {

// Why an elder counts as special-difficulty (特殊困难老年人).
enum class SpecialReason {
    Alone,
    EmptyNest,
    LeftBehind,
    WidowedChildless,
    Disabled,
    SevereDisability,
    FpSpecial,
    Other
};

// A service agreed or given at a visit: 助餐 助浴 助洁 助行 助医 助急 探访 康复.
enum class VisitService { Meal, Bath, Clean, Walk, Medical, Emergency, Visit, Rehab };

// 入户 in person, 电话 by phone, 视频 by video: each counts for the monthly visit rate.
enum class VisitMethod { Home, Phone, Video };

// 满意, 基本满意, 不满意: stored 1, 2, 3 (county file).
enum class Satisfaction { Satisfied = 1, FairlySatisfied = 2, Dissatisfied = 3 };

struct FamilyBed {
    QString uid;
    QString name;
    QString idNumber; // masked for roles without ViewPersonalData
    int gender = 0;   // 1 male, 2 female
    QDate birthDate;
    ResidentCategory category = ResidentCategory::SH;
    QString county;
    QString township;
    QString village;
    QString streetAddress; // house and street; masked for roles without ViewPersonalData
    QString phone;
    QString emergencyContact;
    QString emergencyPhone;
    bool specialDifficulty = false;
    QList<SpecialReason> specialReasons;
    // The care level as entered in the registry: 0–4 (-1 none), when and by whom it was assessed
    // ("县评估中心" …). The registry's form edits these.
    int careLevel = -1;
    QDate careLevelOn;
    QString careLevelSource;

    // The care level in force (read only): the latest GB/T 42195 assessment recorded through the
    // assessments module when there is one, else the entered one above.
    enum class CareLevelOrigin { None, Entered, Assessment };
    CareLevelOrigin currentLevelOrigin = CareLevelOrigin::None;
    int currentLevel = -1;
    QDate currentLevelOn;
    QString currentLevelSource;        // the entered source, or "Assessment by <assessor>"
    QString currentLevelAssessmentUid; // the assessment it comes from

    // County, township, village and the rest, as one line (the county file's address).
    QString address() const;
    int ageOn(const QDate& day) const;
};

struct Agreement {
    enum class State { Upcoming, Active, Ended };

    QString uid;
    QString familyBedUid;
    QDate startsOn;
    QDate endsOn;          // the agreed last day; invalid: open-ended
    int plannedVisits = 1; // per month
    QList<VisitService> services;
    QString staffUid; // assigned staff member, may be empty
    QString staffName;
    bool homeAdaptation = false; // 适老化改造 done
    QDate endedOn;               // ended early on this day (the last day of service)
    QString endReason;
    QString renewsUid; // the agreement this one renews

    // The last day of service: ended early, agreed, or invalid while open-ended.
    QDate lastDay() const { return endedOn.isValid() ? endedOn : endsOn; }
    bool coversDay(const QDate& day) const
    {
        return startsOn <= day && (!lastDay().isValid() || day <= lastDay());
    }
    bool coversAnyDayOf(const QDate& first, const QDate& last) const
    {
        return startsOn <= last && (!lastDay().isValid() || lastDay() >= first);
    }
    State stateOn(const QDate& day) const;
};

// A family bed as the registry lists it on a day, with the agreement that matters then: the one
// covering the day, else the next one to start, else the latest that ended.
struct FamilyBedListing {
    FamilyBed bed;
    std::optional<Agreement> agreement;    // none: the bed has no agreement
    std::optional<Agreement::State> state; // of that agreement on the day
};

struct HomeVisit {
    QString uid;
    QString familyBedUid;
    QString familyBedName;
    QString staffUid;
    QString staffName;
    QDate visitedOn;
    QString startedAt; // timestamp with offset; empty when not known (imports)
    int minutes = 0;
    VisitMethod method = VisitMethod::Home;
    QList<VisitService> services;
    QString problems;
    QString actions;
    int satisfaction = 0; // 0 not asked, else Satisfaction
    QString notes;
    QString correctionReason; // set when the visit was corrected
};

// One family bed in a month's coverage.
struct BedCoverage {
    QString familyBedUid;
    QString name;
    QString address;
    QString phone;
    bool specialDifficulty = false;
    int plannedVisits = 0; // of the agreement covering the month (the latest one)
    int visits = 0;        // any method
    int visitsInPerson = 0;
    QDate lastVisit;
    QString staffUid; // assigned staff member
    QString staffName;
};

// The month's figures (county-csv-spec.md monthly_indicators: family_beds_active …).
struct MonthCoverage {
    QDate first;
    QDate last;
    int activeBeds = 0;
    int specialBeds = 0;
    int specialVisited = 0;
    int visits = 0;
    int visitsInPerson = 0;
    QList<BedCoverage> beds; // every active bed, by pinyin

    bool hasRate() const { return specialBeds > 0; }
    // Visited ÷ special, percent rounded half up to one decimal; only when hasRate().
    double visitRatePercent() const;
    QList<BedCoverage> unvisitedSpecial() const;
    // Days of the month still open for a visit on today, today included: every day of the month
    // before it begins, none once it is over.
    int daysLeftOn(const QDate& today) const;
};

// One person's part of the month's visit plan: the family beds assigned to them, the
// special-difficulty elders first. A plan without staffUid holds the beds nobody employed in the
// month is assigned to (no assigned staff member, or one who left before the month began).
struct StaffVisitPlan {
    QString staffUid;
    QString staffName;
    QList<BedCoverage> beds;

    int plannedVisits() const;
};

} // namespace jinglao::core
