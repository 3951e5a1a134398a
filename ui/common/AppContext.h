#pragma once
// What every page works with: the open database, the person acting, and the modules the program
// is built with. Pages reach core services through it and never touch SQL.

#include "auth/Actor.h"
#include "modules/ModuleSet.h"
#include "modules/UiModule.h"
#include "storage/Database.h"

#include <QObject>

namespace jinglao::ui {

class AppContext : public QObject {
    Q_OBJECT

public:
    AppContext(core::Database& database, core::Actor actor, QObject* parent = nullptr);
    AppContext(core::Database& database, core::Actor actor, core::ModuleSet modules, UiModules uiModules,
               QObject* parent = nullptr);

    core::Database& database() const { return m_database; }
    const core::Actor& actor() const { return m_actor; }
    const core::ModuleSet& modules() const { return m_modules; }
    const UiModules& uiModules() const { return m_uiModules; }
    void setActor(const core::Actor& actor);

Q_SIGNALS:
    // Emitted after a write that other pages may show (so they refresh).
    void dataChanged();
    void actorChanged();
    // What just happened, for the person to read where the eye is (the main window's status bar):
    // "已办理出院", "已导出到 …".
    void told(const QString& outcome);

public:
    void notifyDataChanged() { Q_EMIT dataChanged(); }
    // Says what an action did (see told()).
    void tell(const QString& outcome) { Q_EMIT told(outcome); }
    // Says that a file was saved (exported, saved as PDF) and where.
    void tellSaved(const QString& path);

private:
    core::Database& m_database;
    core::Actor m_actor;
    core::ModuleSet m_modules;
    UiModules m_uiModules;
};

} // namespace jinglao::ui
