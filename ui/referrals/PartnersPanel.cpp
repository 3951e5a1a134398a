#include "referrals/PartnersPanel.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Confirmation.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/ReadOnlyTable.h"
#include "common/TableExportButton.h"
#include "referrals/PartnerDialog.h"
#include "referrals/ReferralCodes.h"
#include "referrals/ReferralService.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

PartnersPanel::PartnersPanel(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("partnersPanel"));
    auto* layout = new QVBoxLayout(this);
    m_table = makeReadOnlyTable(
        this, QStringLiteral("partnerTableWidget"),
        {core::ReferralService::institutionNameLabel(), core::ReferralService::institutionTypeLabel(),
         core::ReferralService::departmentsLabel(), core::ReferralService::phoneLabel(),
         core::ReferralService::contactDoctorLabel(), tr("Agreement"),
         core::ReferralService::agreementCoversLabel()});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("partnersEmptyStateHint"));
    m_empty->setText(tr("No partner institutions yet. Add the township health center and the hospitals "
                        "the center refers residents to with Add partner…"));
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("Add partner…"), this);
    m_add->setObjectName(QStringLiteral("addPartnerButton"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changePartnerButton"));
    m_withdraw = new QPushButton(tr("Withdraw…"), this);
    m_withdraw->setObjectName(QStringLiteral("withdrawPartnerButton"));
    buttons->addWidget(new TableExportButton(
        context, m_table,
        {QStringLiteral("partners"), QStringLiteral("partner_institutions"), tr("Partner institutions")}, {},
        this));
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    buttons->addWidget(m_change);
    buttons->addWidget(m_add);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &PartnersPanel::addPartner);
    connect(m_change, &QPushButton::clicked, this, &PartnersPanel::changePartner);
    connect(m_withdraw, &QPushButton::clicked, this, &PartnersPanel::withdrawPartner);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PartnersPanel::updateActions);
    connect(m_table, &QTableWidget::doubleClicked, this, [this] {
        if (m_change->isEnabled())
            changePartner();
    });
}

QString PartnersPanel::selectedUid() const
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, Name))
        return {};
    return m_table->item(row, Name)->data(Qt::UserRole).toString();
}

void PartnersPanel::refresh()
{
    const QString selected = selectedUid();
    m_table->setRowCount(0);
    const QDate today = core::Clock::today();
    runGuarded(this, [&] {
        for (const core::PartnerInstitution& partner :
             core::ReferralService(m_context.database()).institutions(m_context.actor())) {
            QString agreement;
            bool expired = false;
            if (!partner.hasAgreement()) {
                agreement = tr("none");
            } else {
                const QString period = partner.agreementTo.isValid()
                                           ? tr("%1 to %2")
                                                 .arg(partner.agreementFrom.toString(Qt::ISODate),
                                                      partner.agreementTo.toString(Qt::ISODate))
                                           : tr("from %1").arg(partner.agreementFrom.toString(Qt::ISODate));
                expired = partner.agreementTo.isValid() && partner.agreementTo < today;
                const QString state = expired                            ? tr("expired")
                                      : partner.agreementActiveOn(today) ? tr("in force")
                                                                         : tr("not yet begun");
                agreement = tr("%1 (%2)").arg(period, state);
            }
            const int row = appendTableRow(
                m_table, {partner.name, core::referrals::institutionTypes().label(partner.type),
                          partner.departments.join(QStringLiteral("、")), partner.phone,
                          partner.contactDoctor, agreement, partner.agreementCovers.simplified()});
            m_table->item(row, Name)->setData(Qt::UserRole, partner.uid);
            m_table->item(row, Covers)->setToolTip(partner.agreementCovers);
            if (expired)
                m_table->item(row, Agreement)->setForeground(QColor(0xc6, 0x28, 0x28));
            if (partner.uid == selected)
                m_table->selectRow(row);
        }
    });
    if (m_table->currentRow() < 0 && m_table->rowCount() > 0)
        m_table->selectRow(0);
    m_empty->followModel();
    updateActions();
}

void PartnersPanel::updateActions()
{
    const bool manage = m_context.actor().can(core::Permission::ManageSettings);
    m_add->setVisible(manage);
    m_change->setVisible(manage);
    m_withdraw->setVisible(manage);
    const bool selected = !selectedUid().isEmpty();
    m_change->setEnabled(selected);
    m_withdraw->setEnabled(selected);
}

void PartnersPanel::addPartner()
{
    PartnerDialog dialog(m_context, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void PartnersPanel::changePartner()
{
    const QString uid = selectedUid();
    if (uid.isEmpty())
        return;
    PartnerDialog dialog(m_context, uid, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void PartnersPanel::withdrawPartner()
{
    const QString uid = selectedUid();
    if (uid.isEmpty())
        return;
    const QString name = m_table->item(m_table->currentRow(), Name)->text();
    if (!confirmAction(
            this, tr("Withdraw the partner"),
            tr("Withdraw %1? Its past referrals keep its name; no new ones can go there.").arg(name),
            tr("Withdraw")))
        return;
    if (runGuarded(this, [&] {
            core::ReferralService(m_context.database()).withdrawInstitution(m_context.actor(), uid);
        })) {
        m_context.notifyDataChanged();
        refresh();
        Q_EMIT changed();
    }
}

} // namespace jinglao::ui
