// Every core module has its user interface: a UI module with its pages, titled in Chinese when
// the program speaks Chinese. A module whose page or translation is missing fails here.

#include "InstalledLanguage.h"
#include "TempDatabase.h"
#include "common/AppContext.h"
#include "common/Page.h"
#include "i18n/Translations.h"
#include "modules/ModuleSet.h"
#include "modules/UiModule.h"

#include <QRegularExpression>
#include <QTranslator>

#include <catch2/catch.hpp>

using namespace jinglao;

namespace {
bool hasChinese(const QString& text)
{
    static const QRegularExpression han(QStringLiteral("\\p{Han}"));
    return han.match(text).hasMatch();
}
} // namespace

TEST_CASE("Every module has its pages, titled in Chinese in zh_CN", "[ui][modules]")
{
    testing::TempDatabase db;
    const testing::InstalledLanguage language(QStringLiteral("zh_CN"));
    REQUIRE(language.installed());
    ui::AppContext context(db.db(), core::Actor(QStringLiteral("wang"), core::Role::Administrator));
    const core::ModuleSet modules = core::ModuleSet::standard();
    const ui::UiModules uiModules = ui::UiModules::standard();
    REQUIRE(uiModules.modules().size() == modules.modules().size());
    for (std::size_t i = 0; i < modules.modules().size(); ++i) {
        const core::Module& module = *modules.modules().at(i);
        INFO("module " << module.id().toStdString());
        CHECK(hasChinese(module.title()));
        const ui::UiModule* ui = uiModules.find(module.id());
        REQUIRE(ui != nullptr);
        CHECK(uiModules.modules().at(i)->moduleId() == module.id()); // the same order
        QWidget parent;
        const QList<ui::Page*> pages = ui->createPages(context, &parent);
        CHECK_FALSE(pages.isEmpty());
        for (ui::Page* page : pages) {
            INFO("page " << page->pageId().toStdString());
            CHECK_FALSE(page->pageId().isEmpty());
            CHECK(hasChinese(page->title()));
        }
        for (const ui::ResidentSectionSpec& section : ui->residentSections())
            CHECK(hasChinese(section.title()));
    }
}
