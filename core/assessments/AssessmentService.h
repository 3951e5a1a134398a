#pragma once
// Records GB/T 42195-2022 ability assessments of residents and of family-bed elders (家庭养老床位)
// with one form, one set of rules and one level computation, and answers what follows from them:
// a person's care level (their latest assessment), which residents are due for re-assessment, and
// the care-risk events that raise a level.

#include "assessments/AssessmentItems.h"
#include "assessments/AssessmentLevel.h"
#include "assessments/AssessmentReason.h"
#include "auth/Actor.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace jinglao::core {

class Database;

class AssessmentService {
    Q_DECLARE_TR_FUNCTIONS(AssessmentService)

public:
    // core::Settings key of the re-assessment interval, in months.
    static inline const QString IntervalSettingKey = QStringLiteral("assessment_interval_months");
    static constexpr int DefaultIntervalMonths = 6;
    static constexpr int MaxIntervalMonths = 36;

    // Whom an assessment is about (assessments.subject_kind).
    enum class Subject { Resident, FamilyBed };

    struct Input {
        QString residentUid;  // the resident assessed, or
        QString familyBedUid; // the family-bed elder assessed (exactly one of the two)
        QDate assessedOn;
        AssessmentReason reason = AssessmentReason::Routine;
        QMap<QString, int> scores; // item code → score, all 26 items
        bool dementia = false;     // diagnosed dementia (认知症, ICD-10 F00–F03)
        bool psychiatric =
            false;         // another mental or behavioural disorder diagnosed by a psychiatrist (F04–F99)
        bool coma = false; // in a coma, besides 意识水平 scored as 昏迷
        int selfHarmEvents = 0; // 自伤 in the last 30 days (not in the shift log)
        // Falls, choking, wandering and the like in the last 30 days as reported for a family-bed
        // elder, who has no shift log; residents' come from the shift log (must be 0 for them).
        int reportedRiskEvents = 0;
        QString assessor; // empty: the acting user's name
        QString note;
    };

    // Sums and levels of a complete set of scores.
    struct Evaluation {
        QMap<AssessmentItems::Dimension, int> dimensionScores;
        int total = 0;
        AssessmentLevel::Outcome outcome;
    };

    struct Assessment {
        QString uid;
        Subject subject = Subject::Resident;
        QString residentUid;  // empty for a family bed's
        QString residentName; // the name of the person assessed (resident or family-bed elder)
        QString familyBedUid; // empty for a resident's
        QDate assessedOn;
        AssessmentReason reason = AssessmentReason::Routine;
        QMap<AssessmentItems::Dimension, int> dimensionScores; // absent parts are not in the map
        int total = 0;
        int preliminaryLevel = 0;
        int level = 0;
        bool dementia = false;
        bool psychiatric = false;
        bool coma = false;
        int riskEvents = 0; // logged (residents) or reported (family beds), self-harm included
        int selfHarmEvents = 0;
        QMap<QString, int> scores; // empty when the items were not recorded (imported)
        QString assessor;
        QString note;

        // The levels as stored, with the conditions that held when it was raised: what the form
        // and the lists explain. A level stored before the one-step rule keeps its two steps here.
        AssessmentLevel::Outcome outcome() const;
    };

    // A current resident whose re-assessment is due: never assessed, or the last one is at least
    // the interval old.
    struct DueEntry {
        QString residentUid;
        QString residentName;
        QString bedCode;
        QDate admissionDate;
        QDate lastAssessedOn; // null when never assessed
        int lastLevel = -1;   // -1 when never assessed
        QDate dueOn;          // last + interval, or the admission date
        int daysOverdue = 0;  // asOf − dueOn
    };

    explicit AssessmentService(Database& db);

    // Validates every score (all 26 items, each within 0 … its maximum; the message names the
    // item and the value) and applies the level rules. conditions.coma: marked comatose;
    // 意识水平 = 0 is a coma too.
    static Evaluation evaluate(const QMap<QString, int>& scores,
                               const AssessmentLevel::Conditions& conditions);

    // Falls, choking and wandering written in the shift log for the resident in the 30 days up
    // to and including the date (from date − 30 days). Corrected entries count once.
    int loggedRiskEvents(const Actor& actor, const QString& residentUid, const QDate& on) const;

    // Who assesses when the form names nobody: the staff member the account is linked to (the
    // person's name, not the login), else the account's display name, else its login.
    QString defaultAssessor(const Actor& actor) const;

    // Records an assessment of the resident or the family bed the input names; returns its uid.
    // Needs Permission::WriteAssessments. Without an assessor the defaultAssessor is recorded.
    // A family bed's is refused when it is not registered, and on a day after its last service
    // agreement ended (the center no longer serves the elder then).
    QString record(const Actor& actor, const Input& input);
    // The same for the family bed familyBedUid (input.residentUid must be empty).
    QString recordForFamilyBed(const Actor& actor, const QString& familyBedUid, Input input);

    // Withdraws an assessment entered by mistake (deleted = 1, audited); the care level falls back
    // to the one before. Needs Permission::WriteAssessments.
    void withdraw(const Actor& actor, const QString& uid);

    Assessment assessment(const Actor& actor, const QString& uid) const;
    // The care level: the latest assessment, if any.
    std::optional<Assessment> latest(const Actor& actor, const QString& residentUid) const;
    // Newest first.
    QList<Assessment> forResident(const Actor& actor, const QString& residentUid) const;
    // A family bed's care level from assessments: its latest one, if any.
    std::optional<Assessment> latestForFamilyBed(const Actor& actor, const QString& familyBedUid) const;
    // A family bed's assessments, newest first.
    QList<Assessment> forFamilyBed(const Actor& actor, const QString& familyBedUid) const;
    // Every assessment (residents' and family beds'), newest first, a page at a time.
    QList<Assessment> recent(const Actor& actor, int limit, int offset) const;
    int count(const Actor& actor) const;

    // Current residents on asOf (admitted, not discharged, not deleted) who are due: those never
    // assessed first (longest since admission first), then the most overdue.
    QList<DueEntry> dueList(const Actor& actor, const QDate& asOf) const;

    int intervalMonths() const;
    // Needs Permission::ManageSettings; 1 … 36 months.
    void setIntervalMonths(const Actor& actor, int months);

private:
    Assessment fromRow(const QVariantMap& row) const;
    QList<Assessment> listed(const QString& where, const QVariantList& values) const;

    Database& m_db;
};

} // namespace jinglao::core
