#include "residents/ResidentDetailView.h"

#include "auth/Privacy.h"
#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/IdNumber.h"
#include "residents/AdmissionDialog.h"
#include "residents/DischargeDialog.h"
#include "residents/ReadmissionDialog.h"
#include "residents/ResidentDocuments.h"
#include "residents/ResidentSection.h"
#include "residents/ResidentService.h"
#include "residents/TransferDialog.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QTableWidget* historyTable(QWidget* parent, const QString& name, const QStringList& headers)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}
} // namespace

ResidentDetailView::ResidentDetailView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("residentDetailView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("residentHeadingLabel"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(QStringLiteral("residentSubheadingLabel"));
    m_subheading->setWordWrap(true);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);

    auto* actions = new QHBoxLayout;
    m_edit = new QPushButton(tr("Edit…"), this);
    m_edit->setObjectName(QStringLiteral("editButton"));
    m_transfer = new QPushButton(tr("Change bed…"), this);
    m_transfer->setObjectName(QStringLiteral("transferButton"));
    m_discharge = new QPushButton(tr("Discharge…"), this);
    m_discharge->setObjectName(QStringLiteral("dischargeButton"));
    m_readmit = new QPushButton(tr("Re-admit…"), this);
    m_readmit->setObjectName(QStringLiteral("readmitButton"));
    for (QPushButton* button : {m_edit, m_transfer, m_discharge, m_readmit})
        actions->addWidget(button);
    actions->addStretch(1);
    // The documents printed about the resident: the bed-head card and the admission record.
    m_bedCard = new QPushButton(tr("Bed-head card"), this);
    m_bedCard->setObjectName(QStringLiteral("bedCardButton"));
    m_admissionRecord = new QPushButton(tr("Admission record"), this);
    m_admissionRecord->setObjectName(QStringLiteral("admissionRecordButton"));
    ResidentDocuments::attachMenu(
        m_bedCard, m_context, QStringLiteral("BedCard"),
        [this] { return ResidentDocuments::bedCard(m_context.database(), m_context.actor(), m_residentUid); },
        [this] { return ResidentDocuments::bedCardFileName(m_heading->text()); });
    ResidentDocuments::attachMenu(
        m_admissionRecord, m_context, QStringLiteral("AdmissionRecord"),
        [this] {
            return ResidentDocuments::admissionRecord(m_context.database(), m_context.actor(), m_residentUid);
        },
        [this] { return ResidentDocuments::admissionRecordFileName(m_heading->text()); });
    actions->addWidget(m_bedCard);
    actions->addWidget(m_admissionRecord);
    layout->addLayout(actions);
    connect(m_edit, &QPushButton::clicked, this, &ResidentDetailView::editResident);
    connect(m_transfer, &QPushButton::clicked, this, &ResidentDetailView::transferResident);
    connect(m_discharge, &QPushButton::clicked, this, &ResidentDetailView::dischargeResident);
    connect(m_readmit, &QPushButton::clicked, this, &ResidentDetailView::readmitResident);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("residentTabWidget"));
    m_personal = new QWidget(m_tabs);
    m_personalForm = new QFormLayout(m_personal);
    m_tabs->addTab(m_personal, tr("Personal data"));

    auto* history = new QWidget(m_tabs);
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(new QLabel(tr("Beds"), history));
    m_bedHistory = historyTable(history, QStringLiteral("bedHistoryTableWidget"),
                                {tr("Bed"), tr("From"), tr("Until"), tr("Reason")});
    historyLayout->addWidget(m_bedHistory, 2);
    historyLayout->addWidget(new QLabel(tr("Stays"), history));
    m_stays = historyTable(history, QStringLiteral("staysTableWidget"),
                           {tr("Admitted"), tr("Discharged"), tr("Reason")});
    historyLayout->addWidget(m_stays, 1);
    m_tabs->addTab(history, tr("Bed history"));
    layout->addWidget(m_tabs, 1);

    // The tabs the modules add (assessments, shift log …), in module order.
    for (const ResidentSectionSpec& section : m_context.uiModules().residentSections())
        addSection(section.title(), section.create(m_context, m_tabs));
    setResident(QString());
}

void ResidentDetailView::addSection(const QString& title, ResidentSection* section)
{
    m_sections.append(section);
    m_tabs->addTab(section, title);
    section->setResident(m_residentUid);
}

void ResidentDetailView::setResident(const QString& residentUid)
{
    m_residentUid = residentUid;
    refresh();
    for (ResidentSection* section : m_sections)
        section->setResident(residentUid);
}

void ResidentDetailView::refresh()
{
    while (m_personalForm->rowCount() > 0)
        m_personalForm->removeRow(0);
    m_bedHistory->setRowCount(0);
    m_stays->setRowCount(0);
    const core::Actor& actor = m_context.actor();
    const bool manage = actor.can(core::Permission::ManageResidents);
    core::ResidentService residents(m_context.database());
    std::optional<core::Resident> found;
    if (!m_residentUid.isEmpty()) {
        try {
            found = residents.resident(actor, m_residentUid);
        } catch (const core::Error&) {
            found.reset();
        }
    }
    if (!found) {
        m_heading->setText(tr("No resident selected"));
        m_subheading->clear();
        m_tabs->setEnabled(false);
        for (QPushButton* button : {m_edit, m_transfer, m_discharge, m_readmit, m_bedCard, m_admissionRecord})
            button->setEnabled(false);
        m_readmit->hide();
        return;
    }
    const core::Resident& r = *found;
    m_tabs->setEnabled(true);
    m_heading->setText(r.name);
    const QString place = r.isCurrent() ? (r.bedCode.isEmpty() ? tr("no bed")
                                           : r.away ? tr("bed %1 held: away on referral").arg(r.bedCode)
                                                    : tr("bed %1").arg(r.bedCode))
                                        : tr("discharged %1 (%2)")
                                              .arg(dateText(r.dischargeDate),
                                                   core::dischargeReasonCodes().label(r.dischargeReason));
    m_subheading->setText(tr("%1 · %2 years · %3 · %4 · %5")
                              .arg(core::ResidentService::genderLabel(r.gender))
                              .arg(r.ageOn(r.isCurrent() ? core::Clock::today() : r.dischargeDate))
                              .arg(core::residentCategoryCodes().label(r.category),
                                   core::ResidentService::careLevelLabel(r.careLevel), place));
    m_edit->setEnabled(manage);
    m_bedCard->setEnabled(r.isCurrent());
    m_bedCard->setVisible(r.isCurrent());
    m_admissionRecord->setEnabled(true);
    m_transfer->setEnabled(manage && r.isCurrent());
    m_discharge->setEnabled(manage && r.isCurrent());
    m_transfer->setVisible(r.isCurrent());
    m_discharge->setVisible(r.isCurrent());
    const bool died = !r.isCurrent() && r.dischargeReason == core::DischargeReason::Death;
    m_readmit->setVisible(!r.isCurrent() && !died);
    m_readmit->setEnabled(manage && !r.isCurrent() && !died);

    const auto addRow = [this](const QString& label, const QString& value, const QString& name) {
        auto* field = new QLabel(value, m_personal);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_personalForm->addRow(label, field);
    };
    addRow(core::ResidentService::nameLabel(), r.name, QStringLiteral("nameValueLabel"));
    addRow(core::IdNumber::fieldLabel(), core::privacy::shownIdNumber(actor, r.idNumber),
           QStringLiteral("idNumberValueLabel"));
    addRow(core::ResidentService::genderFieldLabel(), core::ResidentService::genderLabel(r.gender),
           QStringLiteral("genderValueLabel"));
    addRow(core::ResidentService::birthDateLabel(), dateText(r.birthDate),
           QStringLiteral("birthDateValueLabel"));
    addRow(tr("Category"), core::residentCategoryCodes().label(r.category),
           QStringLiteral("categoryValueLabel"));
    addRow(tr("Care level"), core::ResidentService::careLevelLabel(r.careLevel),
           QStringLiteral("careLevelValueLabel"));
    addRow(core::ResidentService::admissionDateLabel(), dateText(r.admissionDate),
           QStringLiteral("admissionDateValueLabel"));
    addRow(core::ResidentService::bedLabel(), r.bedCode, QStringLiteral("bedValueLabel"));
    addRow(core::ResidentService::phoneLabel(), core::privacy::shownPhone(actor, r.phone),
           QStringLiteral("phoneValueLabel"));
    addRow(core::ResidentService::emergencyContactLabel(), r.emergencyContact,
           QStringLiteral("emergencyContactValueLabel"));
    // A nurse who must call the family sees the number in full with one click (audited).
    const bool revealable = !r.emergencyPhone.isEmpty() && !actor.can(core::Permission::ViewPersonalData) &&
                            actor.can(core::Permission::ViewEmergencyContacts);
    if (!revealable) {
        addRow(core::ResidentService::emergencyPhoneLabel(),
               core::privacy::shownPhone(actor, r.emergencyPhone),
               QStringLiteral("emergencyPhoneValueLabel"));
    } else {
        auto* phoneRow = new QWidget(m_personal);
        auto* phoneLayout = new QHBoxLayout(phoneRow);
        phoneLayout->setContentsMargins(0, 0, 0, 0);
        auto* phone = new QLabel(core::privacy::shownPhone(actor, r.emergencyPhone), phoneRow);
        phone->setObjectName(QStringLiteral("emergencyPhoneValueLabel"));
        phone->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* show = new QPushButton(tr("Show the number"), phoneRow);
        show->setObjectName(QStringLiteral("showEmergencyPhoneButton"));
        show->setToolTip(
            tr("Shows the emergency contact's phone in full, to call the family. Recorded in the "
               "audit log."));
        phoneLayout->addWidget(phone);
        phoneLayout->addWidget(show);
        phoneLayout->addStretch();
        m_personalForm->addRow(core::ResidentService::emergencyPhoneLabel(), phoneRow);
        const QString residentUid = r.uid;
        connect(show, &QPushButton::clicked, this, [this, phone, show, residentUid] {
            runGuarded(this, [&] {
                phone->setText(core::ResidentService(m_context.database())
                                   .revealEmergencyPhone(m_context.actor(), residentUid));
                show->setEnabled(false);
            });
        });
    }

    const QList<core::BedAssignment> beds = residents.bedHistory(actor, r.uid);
    m_bedHistory->setRowCount(static_cast<int>(beds.size()));
    for (int row = 0; row < beds.size(); ++row) {
        const core::BedAssignment& a = beds.at(row);
        const QStringList cells{a.bedCode, dateText(a.fromDate), dateText(a.toDate), a.reason};
        for (int column = 0; column < cells.size(); ++column)
            m_bedHistory->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    const QList<core::ResidentStay> stays = residents.stays(actor, r.uid);
    m_stays->setRowCount(static_cast<int>(stays.size()));
    for (int row = 0; row < stays.size(); ++row) {
        const core::ResidentStay& s = stays.at(row);
        const QStringList cells{dateText(s.admissionDate), dateText(s.dischargeDate),
                                s.hasDischarge() ? core::dischargeReasonCodes().label(s.dischargeReason)
                                                 : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_stays->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void ResidentDetailView::editResident()
{
    auto* dialog = new AdmissionDialog(m_context, m_residentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT residentChanged(m_residentUid); });
    dialog->open();
}

void ResidentDetailView::transferResident()
{
    auto* dialog = new TransferDialog(m_context, m_residentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT residentChanged(m_residentUid); });
    dialog->open();
}

void ResidentDetailView::dischargeResident()
{
    auto* dialog = new DischargeDialog(m_context, m_residentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The pages refresh before the dialog closes and may show someone else by then: the signal
    // names the person discharged.
    connect(dialog, &QDialog::accepted, this, [this, uid = m_residentUid] { Q_EMIT residentChanged(uid); });
    dialog->open();
}

void ResidentDetailView::readmitResident()
{
    auto* dialog = new ReadmissionDialog(m_context, m_residentUid, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] { Q_EMIT residentChanged(m_residentUid); });
    dialog->open();
}

} // namespace jinglao::ui
