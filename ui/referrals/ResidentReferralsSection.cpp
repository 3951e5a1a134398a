#include "referrals/ResidentReferralsSection.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/EmptyStateHint.h"
#include "common/Error.h"
#include "common/ReadOnlyTable.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"
#include "referrals/ReferralTableModel.h"

#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

ResidentReferralsSection::ResidentReferralsSection(AppContext& context, QWidget* parent)
    : ResidentSection(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("residentReferralsSection"));
    auto* layout = new QVBoxLayout(this);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("referralStateLabel"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    m_model = new ReferralTableModel(this);
    m_table = makeRecordTableView(this, QStringLiteral("residentReferralsTableView"), m_model);
    m_table->setColumnHidden(ReferralTableModel::Resident, true);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("residentReferralsEmptyStateHint"));
    m_empty->setText(tr("Never referred out. Referrals are made on the Referrals page."));
    layout->addWidget(m_table, 1);
    connect(&context, &AppContext::dataChanged, this, &ResidentReferralsSection::refresh);
    setResident(QString());
}

void ResidentReferralsSection::setResident(const QString& residentUid)
{
    m_residentUid = residentUid;
    refresh();
}

void ResidentReferralsSection::refresh()
{
    QList<core::Referral> referrals;
    if (!m_residentUid.isEmpty()) {
        try {
            core::ReferralFilter filter;
            filter.residentUid = m_residentUid;
            referrals = core::ReferralService(m_context.database()).list(m_context.actor(), filter);
        } catch (const core::Error&) {
        }
    }
    const QDate today = core::Clock::today();
    m_model->setReferrals(referrals, today);
    m_empty->followModel();
    if (!referrals.isEmpty())
        m_table->selectRow(0);
    QString state;
    for (const core::Referral& referral : referrals) {
        if (referral.isAway()) {
            state = tr("Away since %1 at %2 (%3); the bed is held.")
                        .arg(referral.referredAt.date().toString(Qt::ISODate), referral.institutionName,
                             core::referrals::statuses().label(referral.status));
            break;
        }
        if (referral.isOpen()) {
            state = tr("Referral %1 is open: %2.")
                        .arg(referral.number, core::referrals::statuses().label(referral.status));
            break;
        }
    }
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
}

} // namespace jinglao::ui
