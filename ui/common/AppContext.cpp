#include "common/AppContext.h"

namespace jinglao::ui {

AppContext::AppContext(core::Database& database, core::Actor actor, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_actor(std::move(actor))
{}

void AppContext::setActor(const core::Actor& actor)
{
    m_actor = actor;
    Q_EMIT actorChanged();
}

} // namespace jinglao::ui
