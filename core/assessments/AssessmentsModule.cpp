#include "assessments/AssessmentsModule.h"

#include "assessments/AssessmentsCountyFile.h"

#include "assessments/AssessmentChecks.h"
#include "assessments/AssessmentDemo.h"
#include "assessments/AssessmentService.h"
#include "demo/DemoGenerator.h"
#include "residents/ResidentService.h"
#include "storage/Sql.h"

namespace jinglao::core {

QString AssessmentsModule::title() const
{
    return tr("Ability assessments");
}

QList<DemoStep> AssessmentsModule::demoSteps() const
{
    return {{QStringLiteral("assessments"), DemoStep::Judgement,
             [](Database& db, const Actor& actor, std::mt19937& rng, const DemoOptions& options) {
                 AssessmentDemo::generate(db, actor, rng, options.lastDay());
             }}};
}

void AssessmentsModule::check(const Database& db, QList<CheckFinding>& findings) const
{
    AssessmentChecks::run(db, findings);
}

QList<Alert> AssessmentsModule::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    if (!actor.can(Permission::ViewRecords))
        return {};
    QList<Alert> alerts;
    for (const AssessmentService::DueEntry& entry : AssessmentService(db).dueList(actor, today)) {
        if (entry.daysOverdue <= 0)
            continue;
        const int sinceAdmission = static_cast<int>(entry.admissionDate.daysTo(today));
        const QString text =
            entry.lastAssessedOn.isValid()
                ? tr("%1 (%2) is overdue for re-assessment by %n day(s).", nullptr, entry.daysOverdue)
                      .arg(entry.residentName, entry.bedCode)
                : tr("%1 (%2) has not been assessed since admission %n day(s) ago.", nullptr, sinceAdmission)
                      .arg(entry.residentName, entry.bedCode);
        alerts.append(
            {Alert::Severity::Warning, id(), text, {QStringLiteral("residents"), entry.residentUid}});
    }
    return alerts;
}

QList<CountyFile> AssessmentsModule::countyFiles() const
{
    return {AssessmentsCountyFile::file()};
}

void AssessmentsModule::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                                     MonthFigures& figures) const
{
    Q_UNUSED(actor);
    const QString day = month.asOf.toString(Qt::ISODate);
    // The latest assessment on or before the day; of two on one day the one entered later.
    const QList<QVariantMap> rows = sql::rows(
        db,
        QStringLiteral(
            "SELECT (SELECT a.level FROM assessments a WHERE a.resident_uid = r.uid AND a.deleted = 0 "
            "AND a.assessed_on <= ? ORDER BY a.assessed_on DESC, a.change_seq DESC LIMIT 1) AS level "
            "FROM residents r WHERE r.deleted = 0 AND ") +
            ResidentService::presentOnCondition(QStringLiteral("r")),
        {day, day, day});
    qint64 levels[5] = {0, 0, 0, 0, 0};
    qint64 unassessed = 0;
    for (const QVariantMap& row : rows) {
        const QVariant level = row.value(QStringLiteral("level"));
        if (level.isNull())
            ++unassessed;
        else
            ++levels[qBound(0, level.toInt(), 4)];
    }
    const QString section = tr("Care levels");
    for (int level = 0; level <= 4; ++level)
        figures.addCount(QStringLiteral("residents_level_%1").arg(level), section,
                         ResidentService::careLevelLabel(level), levels[level]);
    figures.addCount(QStringLiteral("residents_unassessed"), section, tr("Not assessed"), unassessed);
}

} // namespace jinglao::core
