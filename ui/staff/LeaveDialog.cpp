#include "staff/LeaveDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"
#include "staff/StaffService.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace jinglao::ui {

LeaveDialog::LeaveDialog(AppContext& context, QString staffUid, const QString& staffName, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_staffUid(std::move(staffUid))
{
    setObjectName(QStringLiteral("leaveDialog"));
    setWindowTitle(tr("Leave for %1").arg(staffName));
    auto* layout = new QFormLayout(this);
    auto makeDate = [this](const QString& name) {
        auto* edit = makeDateEdit(this, core::Clock::today(), name);
        return edit;
    };
    m_from = makeDate(QStringLiteral("leaveFromDateEdit"));
    m_to = makeDate(QStringLiteral("leaveToDateEdit"));
    layout->addRow(tr("First day"), m_from);
    layout->addRow(tr("Last day"), m_to);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("leaveReasonLineEdit"));
    m_reason->setPlaceholderText(tr("annual leave, sick leave …"));
    layout->addRow(tr("Reason"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &LeaveDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool LeaveDialog::submit()
{
    const bool saved = runGuarded(this, [&] {
        core::StaffService(m_context.database())
            .addLeave(m_context.actor(), {{}, m_staffUid, m_from->date(), m_to->date(), m_reason->text()});
    });
    if (saved) {
        m_context.notifyDataChanged();
        accept();
    }
    return saved;
}

} // namespace jinglao::ui
