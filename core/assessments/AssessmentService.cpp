#include "assessments/AssessmentService.h"

#include "common/Clock.h"
#include "common/Error.h"
#include "shiftlog/ShiftLogService.h"
#include "storage/Database.h"
#include "storage/RecordWriter.h"
#include "storage/Settings.h"
#include "storage/Sql.h"
#include "storage/Transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace jinglao::core {

namespace {
using Dimension = AssessmentItems::Dimension;

// The person assessed is a resident or a family-bed elder (subject_kind); residentName holds
// either's name.
const QString selectColumns = QStringLiteral(
    "SELECT a.uid AS uid, a.subject_kind AS subject_kind, a.resident_uid AS resident_uid, "
    "a.family_bed_uid AS family_bed_uid, coalesce(r.name, f.name) AS resident_name, "
    "a.assessed_on AS assessed_on, "
    "a.reason AS reason, a.self_care AS self_care, a.mobility AS mobility, a.mental AS mental, "
    "a.perception_social AS perception_social, a.total AS total, a.preliminary_level AS preliminary_level, "
    "a.level AS level, a.dementia AS dementia, a.psychiatric AS psychiatric, a.coma AS coma, a.risk_events "
    "AS risk_events, "
    "a.self_harm_events AS self_harm_events, a.item_scores AS item_scores, a.assessor AS assessor, a.note AS "
    "note "
    "FROM assessments a LEFT JOIN residents r ON r.uid = a.resident_uid "
    "LEFT JOIN family_beds f ON f.uid = a.family_bed_uid ");

const QString residentKind = QStringLiteral("RESIDENT");
const QString familyBedKind = QStringLiteral("FAMILY_BED");

QString dateText(const QDate& date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

AssessmentService::AssessmentService(Database& db)
    : m_db(db)
{}

AssessmentLevel::Outcome AssessmentService::Assessment::outcome() const
{
    AssessmentLevel::Outcome stored;
    stored.preliminary = preliminaryLevel;
    stored.level = level;
    stored.coma = coma;
    const bool raised = !coma && level > preliminaryLevel;
    stored.raisedForDementia = raised && dementia;
    stored.raisedForPsychiatric = raised && psychiatric;
    stored.raisedForRisk = raised && riskEvents >= AssessmentLevel::RiskEventThreshold;
    return stored;
}

AssessmentService::Evaluation AssessmentService::evaluate(const QMap<QString, int>& scores,
                                                          const AssessmentLevel::Conditions& conditions)
{
    for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
        if (!AssessmentItems::find(it.key()))
            throw Error::validation(tr("Assessment item"), it.key(), tr("is not an item of GB/T 42195-2022"));
    }
    Evaluation evaluation;
    for (Dimension dimension : AssessmentItems::dimensions())
        evaluation.dimensionScores.insert(dimension, 0);
    for (const AssessmentItems::Item& item : AssessmentItems::all()) {
        const QString label = AssessmentItems::label(item);
        if (!scores.contains(item.code))
            throw Error::validation(label, QVariant(), tr("has no score"));
        const int score = scores.value(item.code);
        if (score < 0 || score > item.maxScore)
            throw Error::validation(label, score,
                                    tr("is not a score of this item (0 to %1)").arg(item.maxScore));
        evaluation.dimensionScores[item.dimension] += score;
        evaluation.total += score;
    }
    if (conditions.riskEvents < 0)
        throw Error::validation(tr("Risk events"), conditions.riskEvents, tr("cannot be negative"));
    AssessmentLevel::Conditions effective = conditions;
    effective.coma =
        conditions.coma || scores.value(AssessmentItems::ConsciousnessCode) == AssessmentItems::ComaScore;
    evaluation.outcome = AssessmentLevel::finalLevel(evaluation.total, effective);
    return evaluation;
}

int AssessmentService::loggedRiskEvents(const Actor& actor, const QString& residentUid, const QDate& on) const
{
    // The shift log owns what counts as a risk event and how corrections count.
    return int(
        ShiftLogService(m_db).riskEvents(actor, residentUid, on, AssessmentLevel::RiskWindowDays).size());
}

QString AssessmentService::record(const Actor& actor, const Input& input)
{
    actor.require(Permission::WriteAssessments);
    const bool familyBed = !input.familyBedUid.isEmpty();
    QDate birthDate;
    if (familyBed) {
        if (!input.residentUid.isEmpty())
            throw Error::validation(tr("Family bed"), input.familyBedUid,
                                    tr("an assessment is about one person: a resident or a family bed"));
        const QVariantMap bed = sql::row(
            m_db, QStringLiteral("SELECT uid, birth_date FROM family_beds WHERE uid = ? AND deleted = 0"),
            {input.familyBedUid});
        if (bed.isEmpty())
            throw Error::validation(tr("Family bed"), input.familyBedUid,
                                    tr("is not a registered family bed"));
        birthDate = QDate::fromString(bed.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    } else {
        const QVariantMap resident = sql::row(
            m_db, QStringLiteral("SELECT uid, name, birth_date FROM residents WHERE uid = ? AND deleted = 0"),
            {input.residentUid});
        if (resident.isEmpty())
            throw Error::notFound(tr("There is no resident %1.").arg(input.residentUid));
        birthDate = QDate::fromString(resident.value(QStringLiteral("birth_date")).toString(), Qt::ISODate);
    }
    if (!input.assessedOn.isValid())
        throw Error::validation(tr("Assessment date"), QVariant(), tr("is missing"));
    if (input.assessedOn > Clock::today())
        throw Error::validation(tr("Assessment date"), dateText(input.assessedOn), tr("is in the future"));
    if (input.assessedOn < birthDate)
        throw Error::validation(tr("Assessment date"), dateText(input.assessedOn),
                                familyBed ? tr("is before the elder's birth date")
                                          : tr("is before the resident's birth date"));
    if (familyBed) {
        // An elder whose last agreement has ended is no longer served; one assessed before the
        // first agreement (the usual order) or under one is.
        const QVariantMap served =
            sql::row(m_db,
                     QStringLiteral("SELECT count(*) AS agreements, "
                                    "max(coalesce(ended_on, ends_on, '9999-12-31')) AS last_day "
                                    "FROM family_bed_agreements WHERE family_bed_uid = ? AND deleted = 0"),
                     {input.familyBedUid});
        const QString lastDay = served.value(QStringLiteral("last_day")).toString();
        if (served.value(QStringLiteral("agreements")).toInt() > 0 && dateText(input.assessedOn) > lastDay)
            throw Error::validation(tr("Assessment date"), dateText(input.assessedOn),
                                    tr("is after the family bed's last agreement ended on %1").arg(lastDay));
    }
    if (input.selfHarmEvents < 0)
        throw Error::validation(tr("Self-harm events"), input.selfHarmEvents, tr("cannot be negative"));
    if (input.reportedRiskEvents < 0)
        throw Error::validation(tr("Reported risk events"), input.reportedRiskEvents,
                                tr("cannot be negative"));
    if (!familyBed && input.reportedRiskEvents != 0)
        throw Error::validation(tr("Reported risk events"), input.reportedRiskEvents,
                                tr("a resident's come from the shift log"));
    const QString assessor =
        input.assessor.trimmed().isEmpty() ? defaultAssessor(actor) : input.assessor.trimmed();
    if (assessor.size() > 64)
        throw Error::validation(tr("Assessor"), assessor, tr("is longer than 64 characters"));

    // The same rules for both: a resident's falls, choking and wandering come from the shift log,
    // a family-bed elder's as reported.
    const int riskEvents = (familyBed ? input.reportedRiskEvents
                                      : loggedRiskEvents(actor, input.residentUid, input.assessedOn)) +
                           input.selfHarmEvents;
    const Evaluation evaluation =
        evaluate(input.scores, {input.dementia, input.psychiatric, riskEvents, input.coma});

    QJsonObject items;
    for (auto it = input.scores.cbegin(); it != input.scores.cend(); ++it)
        items.insert(it.key(), it.value());

    Transaction transaction(m_db);
    RecordWriter writer(m_db, actor);
    const QString uid = writer.insert(
        QStringLiteral("assessments"),
        {
            {QStringLiteral("subject_kind"), familyBed ? familyBedKind : residentKind},
            {QStringLiteral("resident_uid"), familyBed ? QVariant() : QVariant(input.residentUid)},
            {QStringLiteral("family_bed_uid"), familyBed ? QVariant(input.familyBedUid) : QVariant()},
            {QStringLiteral("assessed_on"), dateText(input.assessedOn)},
            {QStringLiteral("reason"), assessmentReasonCodes().code(input.reason)},
            {QStringLiteral("self_care"), evaluation.dimensionScores.value(Dimension::SelfCare)},
            {QStringLiteral("mobility"), evaluation.dimensionScores.value(Dimension::Mobility)},
            {QStringLiteral("mental"), evaluation.dimensionScores.value(Dimension::Mental)},
            {QStringLiteral("perception_social"),
             evaluation.dimensionScores.value(Dimension::PerceptionSocial)},
            {QStringLiteral("total"), evaluation.total},
            {QStringLiteral("preliminary_level"), evaluation.outcome.preliminary},
            {QStringLiteral("level"), evaluation.outcome.level},
            {QStringLiteral("dementia"), input.dementia ? 1 : 0},
            {QStringLiteral("psychiatric"), input.psychiatric ? 1 : 0},
            {QStringLiteral("risk_events"), riskEvents},
            {QStringLiteral("self_harm_events"), input.selfHarmEvents},
            {QStringLiteral("coma"), evaluation.outcome.coma ? 1 : 0},
            {QStringLiteral("item_scores"),
             QString::fromUtf8(QJsonDocument(items).toJson(QJsonDocument::Compact))},
            {QStringLiteral("assessor"), assessor},
            // An empty note is '' (the column is NOT NULL), not a null QString.
            {QStringLiteral("note"),
             input.note.trimmed().isEmpty() ? QStringLiteral("") : input.note.trimmed()},
        });
    transaction.commit();
    return uid;
}

QString AssessmentService::recordForFamilyBed(const Actor& actor, const QString& familyBedUid, Input input)
{
    input.familyBedUid = familyBedUid;
    if (input.familyBedUid.isEmpty())
        throw Error::validation(tr("Family bed"), QVariant(), tr("is missing"));
    return record(actor, input);
}

void AssessmentService::withdraw(const Actor& actor, const QString& uid)
{
    actor.require(Permission::WriteAssessments);
    const QVariant deleted =
        sql::scalar(m_db, QStringLiteral("SELECT deleted FROM assessments WHERE uid = ?"), {uid});
    if (!deleted.isValid())
        throw Error::notFound(tr("There is no assessment %1.").arg(uid));
    if (deleted.toInt() == 1)
        throw Error::conflict(tr("The assessment %1 was already withdrawn.").arg(uid));
    Transaction transaction(m_db);
    RecordWriter(m_db, actor).markDeleted(QStringLiteral("assessments"), uid);
    transaction.commit();
}

AssessmentService::Assessment AssessmentService::fromRow(const QVariantMap& row) const
{
    Assessment a;
    a.uid = row.value(QStringLiteral("uid")).toString();
    a.subject = row.value(QStringLiteral("subject_kind")).toString() == familyBedKind ? Subject::FamilyBed
                                                                                      : Subject::Resident;
    a.familyBedUid = row.value(QStringLiteral("family_bed_uid")).toString();
    a.residentUid = row.value(QStringLiteral("resident_uid")).toString();
    a.residentName = row.value(QStringLiteral("resident_name")).toString();
    a.assessedOn = QDate::fromString(row.value(QStringLiteral("assessed_on")).toString(), Qt::ISODate);
    a.reason =
        assessmentReasonCodes().fromCode(row.value(QStringLiteral("reason")).toString()).value_or(a.reason);
    // Parts are absent for assessments imported from a county package that gave only the total.
    const QList<QPair<Dimension, QString>> parts = {
        {Dimension::SelfCare, QStringLiteral("self_care")},
        {Dimension::Mobility, QStringLiteral("mobility")},
        {Dimension::Mental, QStringLiteral("mental")},
        {Dimension::PerceptionSocial, QStringLiteral("perception_social")}};
    for (const auto& [dimension, column] : parts) {
        if (!row.value(column).isNull())
            a.dimensionScores.insert(dimension, row.value(column).toInt());
    }
    a.total = row.value(QStringLiteral("total")).toInt();
    a.preliminaryLevel = row.value(QStringLiteral("preliminary_level")).toInt();
    a.level = row.value(QStringLiteral("level")).toInt();
    a.dementia = row.value(QStringLiteral("dementia")).toInt() == 1;
    a.psychiatric = row.value(QStringLiteral("psychiatric")).toInt() == 1;
    a.coma = row.value(QStringLiteral("coma")).toInt() == 1;
    a.riskEvents = row.value(QStringLiteral("risk_events")).toInt();
    a.selfHarmEvents = row.value(QStringLiteral("self_harm_events")).toInt();
    const QJsonObject items =
        QJsonDocument::fromJson(row.value(QStringLiteral("item_scores")).toString().toUtf8()).object();
    for (auto it = items.constBegin(); it != items.constEnd(); ++it)
        a.scores.insert(it.key(), it.value().toInt());
    a.assessor = row.value(QStringLiteral("assessor")).toString();
    a.note = row.value(QStringLiteral("note")).toString();
    return a;
}

AssessmentService::Assessment AssessmentService::assessment(const Actor& actor, const QString& uid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row = sql::row(m_db, selectColumns + QStringLiteral("WHERE a.uid = ?"), {uid});
    if (row.isEmpty())
        throw Error::notFound(tr("There is no assessment %1.").arg(uid));
    return fromRow(row);
}

std::optional<AssessmentService::Assessment> AssessmentService::latest(const Actor& actor,
                                                                       const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db,
                 selectColumns + QStringLiteral("JOIN resident_care_levels c ON c.assessment_uid = a.uid "
                                                "WHERE a.resident_uid = ?"),
                 {residentUid});
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<AssessmentService::Assessment> AssessmentService::listed(const QString& where,
                                                               const QVariantList& values) const
{
    QList<Assessment> result;
    const QList<QVariantMap> rows = sql::rows(
        m_db, selectColumns + where + QStringLiteral(" ORDER BY a.assessed_on DESC, a.change_seq DESC"),
        values);
    for (const QVariantMap& row : rows)
        result.append(fromRow(row));
    return result;
}

QList<AssessmentService::Assessment> AssessmentService::forResident(const Actor& actor,
                                                                    const QString& residentUid) const
{
    actor.require(Permission::ViewRecords);
    return listed(QStringLiteral("WHERE a.resident_uid = ? AND a.deleted = 0"), {residentUid});
}

std::optional<AssessmentService::Assessment>
AssessmentService::latestForFamilyBed(const Actor& actor, const QString& familyBedUid) const
{
    actor.require(Permission::ViewRecords);
    const QVariantMap row =
        sql::row(m_db,
                 selectColumns + QStringLiteral("JOIN family_bed_care_levels c ON c.assessment_uid = a.uid "
                                                "WHERE a.family_bed_uid = ?"),
                 {familyBedUid});
    if (row.isEmpty())
        return std::nullopt;
    return fromRow(row);
}

QList<AssessmentService::Assessment> AssessmentService::forFamilyBed(const Actor& actor,
                                                                     const QString& familyBedUid) const
{
    actor.require(Permission::ViewRecords);
    return listed(QStringLiteral("WHERE a.family_bed_uid = ? AND a.deleted = 0"), {familyBedUid});
}

QList<AssessmentService::Assessment> AssessmentService::recent(const Actor& actor, int limit,
                                                               int offset) const
{
    actor.require(Permission::ViewRecords);
    QList<Assessment> result;
    QSqlQuery query =
        sql::exec(m_db,
                  selectColumns + QStringLiteral("WHERE a.deleted = 0 "
                                                 "ORDER BY a.assessed_on DESC, a.change_seq DESC "
                                                 "LIMIT ? OFFSET ?"),
                  {limit, offset});
    while (query.next())
        result.append(fromRow(sql::currentRow(query)));
    return result;
}

int AssessmentService::count(const Actor& actor) const
{
    actor.require(Permission::ViewRecords);
    return sql::scalar(m_db, QStringLiteral("SELECT count(*) FROM assessments WHERE deleted = 0")).toInt();
}

QList<AssessmentService::DueEntry> AssessmentService::dueList(const Actor& actor, const QDate& asOf) const
{
    actor.require(Permission::ViewRecords);
    const int months = intervalMonths();
    // Residents are few (a center's beds), so the month arithmetic is done here rather than in
    // SQL, where it would not be portable.
    const QList<QVariantMap> rows =
        sql::rows(m_db,
                  QStringLiteral("SELECT r.uid AS uid, r.name AS name, r.admission_date AS admission_date, "
                                 "b.bed_code AS bed_code, c.level AS level, c.assessed_on AS assessed_on "
                                 "FROM residents r LEFT JOIN beds b ON b.uid = r.bed_uid "
                                 "LEFT JOIN resident_care_levels c ON c.resident_uid = r.uid "
                                 "WHERE r.deleted = 0 AND r.admission_date <= ? "
                                 "AND (r.discharge_date IS NULL OR r.discharge_date > ?) "
                                 "ORDER BY r.name_pinyin, r.name, r.uid"),
                  {dateText(asOf), dateText(asOf)});
    QList<DueEntry> due;
    for (const QVariantMap& row : rows) {
        DueEntry entry;
        entry.residentUid = row.value(QStringLiteral("uid")).toString();
        entry.residentName = row.value(QStringLiteral("name")).toString();
        entry.bedCode = row.value(QStringLiteral("bed_code")).toString();
        entry.admissionDate =
            QDate::fromString(row.value(QStringLiteral("admission_date")).toString(), Qt::ISODate);
        const QVariant last = row.value(QStringLiteral("assessed_on"));
        if (last.isNull()) {
            entry.dueOn = entry.admissionDate;
        } else {
            entry.lastAssessedOn = QDate::fromString(last.toString(), Qt::ISODate);
            entry.lastLevel = row.value(QStringLiteral("level")).toInt();
            entry.dueOn = entry.lastAssessedOn.addMonths(months);
        }
        if (entry.dueOn > asOf)
            continue;
        entry.daysOverdue = static_cast<int>(entry.dueOn.daysTo(asOf));
        due.append(entry);
    }
    // Someone never assessed has no care level at all: the first assessments come first; then the
    // earliest due; on one day by how the names are said (the rows come in that order).
    std::stable_sort(due.begin(), due.end(), [](const DueEntry& a, const DueEntry& b) {
        if (a.lastAssessedOn.isValid() != b.lastAssessedOn.isValid())
            return !a.lastAssessedOn.isValid();
        return a.dueOn < b.dueOn;
    });
    return due;
}

QString AssessmentService::defaultAssessor(const Actor& actor) const
{
    if (!actor.userUid().isEmpty()) {
        const QVariantMap row = sql::row(
            m_db,
            QStringLiteral("SELECT st.name AS staff_name, u.display_name AS display_name FROM users u "
                           "LEFT JOIN staff st ON st.uid = u.staff_uid AND st.deleted = 0 "
                           "WHERE u.uid = ? AND u.deleted = 0"),
            {actor.userUid()});
        for (const char* column : {"staff_name", "display_name"}) {
            const QString name = row.value(QString::fromLatin1(column)).toString().trimmed();
            if (!name.isEmpty())
                return name;
        }
    }
    return actor.name();
}

int AssessmentService::intervalMonths() const
{
    bool ok = false;
    const int months = Settings(m_db).value(IntervalSettingKey).toInt(&ok);
    return ok && months >= 1 && months <= MaxIntervalMonths ? months : DefaultIntervalMonths;
}

void AssessmentService::setIntervalMonths(const Actor& actor, int months)
{
    actor.require(Permission::ManageSettings);
    if (months < 1 || months > MaxIntervalMonths)
        throw Error::validation(tr("Re-assessment interval"), months,
                                tr("must be between 1 and %1 months").arg(MaxIntervalMonths));
    Settings(m_db).setValue(actor, IntervalSettingKey, QString::number(months));
}

} // namespace jinglao::core
