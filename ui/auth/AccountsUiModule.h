#pragma once
// The accounts-and-audit module's pages for administrators: 审计日志 and 用户.

#include "modules/UiModule.h"

namespace jinglao::ui {

class AccountsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("accounts"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
