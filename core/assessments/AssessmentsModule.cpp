#include "assessments/AssessmentsModule.h"

#include "assessments/AssessmentChecks.h"
#include "assessments/AssessmentDemo.h"
#include "assessments/AssessmentService.h"
#include "demo/DemoGenerator.h"

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

QStringList AssessmentsModule::countyFiles() const
{
    return {QStringLiteral("assessments.csv")};
}

} // namespace jinglao::core
