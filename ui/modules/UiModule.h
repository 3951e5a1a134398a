#pragma once
// What a module shows in the desktop program: its pages, the tabs it adds to a resident's detail
// view, and how to open a record one of its alerts is about. Each UI module stands beside the
// core::Module with the same id; UiModules::standard() assembles them, in the core modules' order.

#include "modules/Alert.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QWidget;

namespace jinglao::ui {

class AppContext;
class Page;
class ResidentSection;

// A tab of the resident detail view: its translated title and how to make it.
struct ResidentSectionSpec {
    std::function<QString()> title;
    std::function<ResidentSection*(AppContext&, QWidget* parent)> create;
};

class UiModule {
public:
    virtual ~UiModule() = default;

    // The id of the core::Module this is the user interface of.
    virtual QString moduleId() const = 0;
    // The module's pages, in the order the navigation lists them.
    virtual QList<Page*> createPages(AppContext& context, QWidget* parent) const = 0;
    virtual QList<ResidentSectionSpec> residentSections() const { return {}; }
};

class UiModules {
public:
    explicit UiModules(std::vector<std::shared_ptr<const UiModule>> modules);

    // The user interface of every module of core::ModuleSet::standard(), in the same order.
    static UiModules standard();

    const std::vector<std::shared_ptr<const UiModule>>& modules() const { return m_modules; }
    const UiModule* find(const QString& moduleId) const;
    QList<ResidentSectionSpec> residentSections() const;

private:
    std::vector<std::shared_ptr<const UiModule>> m_modules;
};

} // namespace jinglao::ui
