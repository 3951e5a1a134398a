#pragma once
// Home visits to family beds (上门服务/探访) and the month's coverage: the county's indicator is
// the share of special-difficulty elders visited at least once in the month, by any method, and
// the plan's target is 100 %. Recording a visit needs WriteHomeVisits; a visit is corrected or
// withdrawn with a reason (the audit log keeps what it was), never silently changed.

#include "auth/Actor.h"
#include "familybeds/FamilyBed.h"

#include <QCoreApplication>
#include <QTime>

namespace jinglao::core {

class Database;

class HomeVisitService {
    Q_DECLARE_TR_FUNCTIONS(HomeVisitService)

public:
    // What a person enters for one visit.
    struct Input {
        QString uid; // for a correction
        QString familyBedUid;
        QString staffUid;
        QDate visitedOn;
        QTime startTime; // invalid: not known (no overlap check then)
        int minutes = 0;
        VisitMethod method = VisitMethod::Home;
        QList<VisitService> services;
        QString problems;
        QString actions;
        int satisfaction = 0; // 0 not asked, 1–3
        QString notes;
    };

    explicit HomeVisitService(Database& db);

    // Refused (Error::validation naming the field and value) when outside the family bed's
    // agreement, by someone not employed that day, in the future, overlapping another visit of the
    // same staff member, or with a field out of range. Returns the uid.
    QString record(const Actor& actor, const Input& input);
    // The same checks; reason says why it changed (kept with the visit and in the audit log).
    void correct(const Actor& actor, const Input& input, const QString& reason);
    void withdraw(const Actor& actor, const QString& visitUid, const QString& reason);

    HomeVisit visit(const Actor& actor, const QString& visitUid) const;
    // Newest first.
    QList<HomeVisit> forFamilyBed(const Actor& actor, const QString& familyBedUid) const;
    QList<HomeVisit> forStaff(const Actor& actor, const QString& staffUid, const QDate& from,
                              const QDate& to) const;

    // The month of anyDayOfMonth: active family beds (an agreement covers any day of it), the
    // special-difficulty ones, those visited, the rate, and each bed's planned and done visits.
    MonthCoverage coverage(const Actor& actor, const QDate& anyDayOfMonth) const;
    // The month's visit plan: per staff member (by pinyin) the active family beds assigned to
    // them, with address and phone as the actor may see them; the beds without a staff member
    // employed in the month come last, in a plan without staffUid.
    QList<StaffVisitPlan> visitPlan(const Actor& actor, const QDate& anyDayOfMonth) const;

    // The staff record the actor's account is linked to (who a nurse's visits are by, unless she
    // names another), or empty.
    QString staffUidOf(const Actor& actor) const;

    static QString familyBedLabel();
    static QString staffLabel();
    static QString dateLabel();
    static QString startLabel();
    static QString minutesLabel();
    static QString methodLabel();
    static QString servicesLabel();
    static QString satisfactionLabel();
    static QString reasonLabel();
    static QString withdrawReasonLabel();
    static QString problemsLabel();
    static QString actionsLabel();
    static QString notesLabel();
    // The heading of the plan without a staff member.
    static QString unassignedLabel();

    static constexpr int MaxMinutes = 720;

private:
    struct Checked {
        Input input;
        QString startedAt; // timestamp, or empty
    };
    Checked checked(const Input& input) const;
    QVariantMap values(const Checked& visit) const;

    Database& m_db;
};

} // namespace jinglao::core
