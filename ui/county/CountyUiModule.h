#pragma once
// The county package's pages: 县级数据包 (export, import with a dry-run preview, their history) and
// 县级汇总 (many centers' packages side by side, for the county officer).

#include "modules/UiModule.h"

namespace jinglao::ui {

class CountyUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("county"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
};

} // namespace jinglao::ui
