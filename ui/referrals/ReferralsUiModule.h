#pragma once
// The referral module's page (双向转诊) and the referral history in a resident's detail view.

#include "modules/UiModule.h"

namespace jinglao::ui {

class ReferralsUiModule : public UiModule {
public:
    QString moduleId() const override { return QStringLiteral("referrals"); }
    QList<Page*> createPages(AppContext& context, QWidget* parent) const override;
    QList<ResidentSectionSpec> residentSections() const override;
};

} // namespace jinglao::ui
