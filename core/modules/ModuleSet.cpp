#include "modules/ModuleSet.h"

#include <algorithm>

namespace jinglao::core {

ModuleSet::ModuleSet(std::vector<std::shared_ptr<const Module>> modules)
    : m_modules(std::move(modules))
{}

const Module* ModuleSet::find(const QString& id) const
{
    for (const auto& module : m_modules) {
        if (module->id() == id)
            return module.get();
    }
    return nullptr;
}

QList<DemoStep> ModuleSet::demoSteps() const
{
    QList<DemoStep> steps;
    for (const auto& module : m_modules)
        steps += module->demoSteps();
    std::stable_sort(steps.begin(), steps.end(),
                     [](const DemoStep& a, const DemoStep& b) { return a.phase < b.phase; });
    return steps;
}

void ModuleSet::check(const Database& db, QList<CheckFinding>& findings) const
{
    for (const auto& module : m_modules)
        module->check(db, findings);
}

QList<Alert> ModuleSet::alerts(Database& db, const Actor& actor, const QDate& today) const
{
    QList<Alert> all;
    for (const auto& module : m_modules)
        all += module->alerts(db, actor, today);
    std::stable_sort(all.begin(), all.end(),
                     [](const Alert& a, const Alert& b) { return a.severity > b.severity; });
    return all;
}

void ModuleSet::monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                             MonthFigures& figures) const
{
    for (const auto& module : m_modules)
        module->monthFigures(db, actor, month, figures);
}

QSet<QString> ModuleSet::residentsAwayOn(const Database& db, const QDate& day) const
{
    QSet<QString> away;
    for (const auto& module : m_modules)
        away.unite(module->residentsAwayOn(db, day));
    return away;
}

QStringList ModuleSet::countyFileNames() const
{
    QStringList files;
    for (const auto& module : m_modules) {
        for (const CountyFile& file : module->countyFiles())
            files.append(file.name);
    }
    return files;
}

void ModuleSet::residentDischarged(Database& db, RecordWriter& writer, const QString& residentUid,
                                   const QDate& day, DischargeReason reason) const
{
    for (const auto& module : m_modules)
        module->residentDischarged(db, writer, residentUid, day, reason);
}

QList<AuditSubject> ModuleSet::auditSubjects() const
{
    QList<AuditSubject> subjects;
    for (const auto& module : m_modules)
        subjects += module->auditSubjects();
    return subjects;
}

QString ModuleSet::settingLabel(const QString& key) const
{
    for (const auto& module : m_modules) {
        const QString label = module->settingLabel(key);
        if (!label.isEmpty())
            return label;
    }
    return {};
}

} // namespace jinglao::core
