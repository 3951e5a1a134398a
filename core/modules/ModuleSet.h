#pragma once
// The modules a program is built with, in order, and what they contribute taken together: every
// demo step by phase, every health check, every alert, every resident away. Copies share the
// modules.

#include "modules/Module.h"

#include <memory>
#include <vector>

namespace jinglao::core {

class ModuleSet {
public:
    explicit ModuleSet(std::vector<std::shared_ptr<const Module>> modules);

    // Every module of jinglao_core, in the order people meet them (the navigation's order).
    static ModuleSet standard();

    const std::vector<std::shared_ptr<const Module>>& modules() const { return m_modules; }
    // nullptr when no module has that id.
    const Module* find(const QString& id) const;

    // Sorted by phase; within a phase in module order.
    QList<DemoStep> demoSteps() const;
    void check(const Database& db, QList<CheckFinding>& findings) const;
    // Most severe first.
    QList<Alert> alerts(Database& db, const Actor& actor, const QDate& today) const;
    // Every module's figures of the month, in module order.
    void monthFigures(Database& db, const Actor& actor, const ReportMonth& month,
                      MonthFigures& figures) const;
    QSet<QString> residentsAwayOn(const Database& db, const QDate& day) const;
    QStringList countyFileNames() const;
    void residentDischarged(Database& db, RecordWriter& writer, const QString& residentUid, const QDate& day,
                            DischargeReason reason) const;
    QList<AuditSubject> auditSubjects() const;
    // The first module's label for key; empty when no module knows it.
    QString settingLabel(const QString& key) const;

private:
    std::vector<std::shared_ptr<const Module>> m_modules;
};

} // namespace jinglao::core
