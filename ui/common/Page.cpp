#include "common/Page.h"

namespace jinglao::ui {

Page::Page(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{}

} // namespace jinglao::ui
