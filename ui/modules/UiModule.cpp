#include "modules/UiModule.h"

namespace jinglao::ui {

UiModules::UiModules(std::vector<std::shared_ptr<const UiModule>> modules)
    : m_modules(std::move(modules))
{}

const UiModule* UiModules::find(const QString& moduleId) const
{
    for (const auto& module : m_modules) {
        if (module->moduleId() == moduleId)
            return module.get();
    }
    return nullptr;
}

QList<ResidentSectionSpec> UiModules::residentSections() const
{
    QList<ResidentSectionSpec> sections;
    for (const auto& module : m_modules)
        sections += module->residentSections();
    return sections;
}

} // namespace jinglao::ui
