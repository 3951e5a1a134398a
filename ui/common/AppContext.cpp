#include "common/AppContext.h"

#include <QDir>

namespace jinglao::ui {

AppContext::AppContext(core::Database& database, core::Actor actor, QObject* parent)
    : AppContext(database, std::move(actor), core::ModuleSet::standard(), UiModules::standard(), parent)
{}

AppContext::AppContext(core::Database& database, core::Actor actor, core::ModuleSet modules,
                       UiModules uiModules, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_actor(std::move(actor))
    , m_modules(std::move(modules))
    , m_uiModules(std::move(uiModules))
{}

void AppContext::tellSaved(const QString& path)
{
    tell(tr("Saved to %1").arg(QDir::toNativeSeparators(path)));
}

void AppContext::setActor(const core::Actor& actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

} // namespace jinglao::ui
