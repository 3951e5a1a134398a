#include "residents/ResidentDetailDialog.h"

#include "common/AppContext.h"
#include "residents/ResidentDetailView.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

ResidentDetailDialog::ResidentDetailDialog(AppContext& context, const QString& residentUid, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("residentDetailDialog"));
    setWindowTitle(tr("Resident"));
    auto* layout = new QVBoxLayout(this);
    m_view = new ResidentDetailView(context, this);
    m_view->setResident(residentUid);
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // Dialogs opened from the view change data; show the result here too.
    connect(&context, &AppContext::dataChanged, m_view, &ResidentDetailView::refresh);
    resize(640, 560);
}

} // namespace jinglao::ui
