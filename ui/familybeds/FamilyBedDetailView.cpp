#include "familybeds/FamilyBedDetailView.h"

#include "common/AppContext.h"
#include "common/AssessmentDialog.h"
#include "common/AssessmentListModel.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/IdNumber.h"
#include "common/ReadOnlyTable.h"
#include "familybeds/AgreementDialog.h"
#include "familybeds/AgreementSheet.h"
#include "familybeds/EndAgreementDialog.h"
#include "familybeds/FamilyBedCodes.h"
#include "familybeds/FamilyBedDialog.h"
#include "familybeds/FamilyBedService.h"
#include "familybeds/FamilyBedTableModel.h"
#include "familybeds/HomeVisitService.h"
#include "familybeds/WithdrawVisitDialog.h"
#include "residents/ResidentService.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
QString date(const QDate& day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QPushButton* button(QWidget* parent, const QString& text, const QString& name)
{
    auto* created = new QPushButton(text, parent);
    created->setObjectName(name);
    return created;
}
} // namespace

FamilyBedDetailView::FamilyBedDetailView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("familyBedDetailView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* top = new QHBoxLayout;
    auto* titles = new QVBoxLayout;
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("familyBedHeadingLabel"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 18px; font-weight: bold;"));
    m_subheading = new QLabel(this);
    m_subheading->setObjectName(QStringLiteral("familyBedSubheadingLabel"));
    m_subheading->setWordWrap(true);
    titles->addWidget(m_heading);
    titles->addWidget(m_subheading);
    top->addLayout(titles, 1);
    m_assess = button(this, tr("Assess…"), QStringLiteral("assessFamilyBedButton"));
    m_assess->setToolTip(tr("Ability assessment (GB/T 42195-2022) with the residents' form"));
    top->addWidget(m_assess, 0, Qt::AlignTop);
    m_edit = button(this, tr("Edit…"), QStringLiteral("editFamilyBedButton"));
    top->addWidget(m_edit, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("familyBedTabWidget"));
    auto* personal = new QWidget(m_tabs);
    m_personal = new QFormLayout(personal);
    m_tabs->addTab(personal, tr("Personal data"));

    auto* agreements = new QWidget(m_tabs);
    auto* agreementsLayout = new QVBoxLayout(agreements);
    m_agreementTable = makeReadOnlyTable(agreements, QStringLiteral("agreementTableWidget"),
                                         {tr("Period"), tr("State"), tr("Visits a month"), tr("Services"),
                                          tr("Assigned staff"), tr("Home adaptations"), tr("Remarks")});
    agreementsLayout->addWidget(m_agreementTable, 1);
    auto* agreementButtons = new QHBoxLayout;
    m_addAgreement = button(agreements, tr("New agreement…"), QStringLiteral("addAgreementButton"));
    m_renew = button(agreements, tr("Renew…"), QStringLiteral("renewAgreementButton"));
    m_end = button(agreements, tr("End…"), QStringLiteral("endAgreementButton"));
    m_print = button(agreements, tr("Print…"), QStringLiteral("printAgreementButton"));
    m_pdf = button(agreements, tr("Save as PDF…"), QStringLiteral("agreementPdfButton"));
    for (QPushButton* action : {m_addAgreement, m_renew, m_end})
        agreementButtons->addWidget(action);
    agreementButtons->addStretch(1);
    agreementButtons->addWidget(m_print);
    agreementButtons->addWidget(m_pdf);
    agreementsLayout->addLayout(agreementButtons);
    m_tabs->addTab(agreements, tr("Agreements"));

    auto* visits = new QWidget(m_tabs);
    auto* visitsLayout = new QVBoxLayout(visits);
    m_visitTable = makeReadOnlyTable(visits, QStringLiteral("visitTableWidget"),
                                     {tr("Date"), tr("Time"), tr("Minutes"), tr("Method"), tr("Services"),
                                      tr("Visited by"), tr("Satisfaction"), tr("Problems and actions")});
    visitsLayout->addWidget(m_visitTable, 1);
    auto* visitButtons = new QHBoxLayout;
    m_correct = button(visits, tr("Correct…"), QStringLiteral("correctVisitButton"));
    m_withdraw = button(visits, tr("Withdraw…"), QStringLiteral("withdrawVisitButton"));
    visitButtons->addStretch(1);
    visitButtons->addWidget(m_correct);
    visitButtons->addWidget(m_withdraw);
    visitsLayout->addLayout(visitButtons);
    m_tabs->addTab(visits, tr("Home visits"));

    auto* assessed = new QWidget(m_tabs);
    auto* assessedLayout = new QVBoxLayout(assessed);
    m_assessmentModel = new AssessmentListModel(context, this);
    m_assessmentTable =
        makeRecordTableView(assessed, QStringLiteral("familyBedAssessmentTableView"), m_assessmentModel);
    m_assessmentTable->setColumnHidden(AssessmentListModel::ResidentColumn, true);
    assessedLayout->addWidget(m_assessmentTable, 1);
    auto* assessedButtons = new QHBoxLayout;
    m_viewAssessment = button(assessed, tr("View…"), QStringLiteral("viewFamilyBedAssessmentButton"));
    assessedButtons->addStretch(1);
    assessedButtons->addWidget(m_viewAssessment);
    assessedLayout->addLayout(assessedButtons);
    m_tabs->addTab(assessed, tr("Assessments"));
    layout->addWidget(m_tabs, 1);

    connect(m_assess, &QPushButton::clicked, this, [this] { assess(); });
    connect(m_viewAssessment, &QPushButton::clicked, this, [this] { viewAssessment(); });
    connect(m_assessmentTable, &QTableView::doubleClicked, this, [this] { viewAssessment(); });
    connect(m_assessmentTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FamilyBedDetailView::updateButtons);

    connect(m_edit, &QPushButton::clicked, this, &FamilyBedDetailView::editFamilyBed);
    connect(m_addAgreement, &QPushButton::clicked, this, &FamilyBedDetailView::addAgreement);
    connect(m_renew, &QPushButton::clicked, this, &FamilyBedDetailView::renewAgreement);
    connect(m_end, &QPushButton::clicked, this, &FamilyBedDetailView::endAgreement);
    connect(m_print, &QPushButton::clicked, this, &FamilyBedDetailView::printAgreement);
    connect(m_pdf, &QPushButton::clicked, this, &FamilyBedDetailView::saveAgreementPdf);
    connect(m_withdraw, &QPushButton::clicked, this, &FamilyBedDetailView::withdrawVisit);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const int row = m_visitTable->currentRow();
        if (row >= 0 && row < m_visits.size())
            Q_EMIT correctionRequested(m_visits.at(row));
    });
    connect(m_agreementTable, &QTableWidget::itemSelectionChanged, this, &FamilyBedDetailView::updateButtons);
    connect(m_visitTable, &QTableWidget::itemSelectionChanged, this, &FamilyBedDetailView::updateButtons);
    setFamilyBed(QString());
}

void FamilyBedDetailView::setFamilyBed(const QString& familyBedUid)
{
    m_uid = familyBedUid;
    refresh();
}

void FamilyBedDetailView::refresh()
{
    const QString selectedAgreement = selectedAgreementUid();
    while (m_personal->rowCount() > 0)
        m_personal->removeRow(0);
    m_agreementTable->setRowCount(0);
    m_visitTable->setRowCount(0);

    m_agreements.clear();
    m_visits.clear();
    const core::Actor& actor = m_context.actor();
    std::optional<core::FamilyBed> found;
    if (!m_uid.isEmpty()) {
        try {
            found = core::FamilyBedService(m_context.database()).familyBed(actor, m_uid);
        } catch (const core::Error&) {
            found.reset();
        }
    }
    if (!found) {
        m_assessmentModel->clear();
        m_heading->setText(tr("No family bed selected"));
        m_subheading->clear();
        m_tabs->setEnabled(false);
        updateButtons();
        return;
    }
    m_tabs->setEnabled(true);
    const core::FamilyBed& bed = *found;
    const QDate today = core::Clock::today();
    m_heading->setText(bed.name);
    QStringList facts{core::ResidentService::genderLabel(bed.gender),
                      tr("%n year(s)", nullptr, bed.ageOn(today)),
                      core::residentCategoryCodes().label(bed.category)};
    if (bed.specialDifficulty)
        facts.append(
            tr("special difficulty: %1")
                .arg(core::familybeds::joinLabels(core::familybeds::specialReasons(), bed.specialReasons)));
    if (bed.currentLevel >= 0)
        facts.append(core::ResidentService::careLevelLabel(bed.currentLevel));
    m_subheading->setText(facts.join(QStringLiteral(" · ")));

    const auto addRow = [this](const QString& label, const QString& value) {
        auto* shown = new QLabel(value);
        shown->setWordWrap(true);
        shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_personal->addRow(label, shown);
    };
    addRow(core::FamilyBedService::nameLabel(), bed.name);
    addRow(core::IdNumber::fieldLabel(), bed.idNumber);
    addRow(core::ResidentService::genderFieldLabel(), core::ResidentService::genderLabel(bed.gender));
    addRow(core::ResidentService::birthDateLabel(), date(bed.birthDate));
    addRow(tr("Category"), core::residentCategoryCodes().label(bed.category));
    addRow(core::FamilyBedService::addressLabel(), bed.address());
    addRow(core::ResidentService::phoneLabel(), bed.phone);
    addRow(core::ResidentService::emergencyContactLabel(), bed.emergencyContact);
    addRow(core::ResidentService::emergencyPhoneLabel(), bed.emergencyPhone);
    addRow(tr("Special difficulty"),
           bed.specialDifficulty
               ? core::familybeds::joinLabels(core::familybeds::specialReasons(), bed.specialReasons)
               : tr("no"));
    // The level in force with where it comes from: the latest assessment, else the one entered.
    addRow(core::FamilyBedService::careLevelLabel(), core::FamilyBedService::currentCareLevelText(bed));
    m_personal->itemAt(m_personal->rowCount() - 1, QFormLayout::FieldRole)
        ->widget()
        ->setObjectName(QStringLiteral("careLevelValueLabel"));
    if (bed.currentLevelOrigin == core::FamilyBed::CareLevelOrigin::Assessment && bed.careLevel >= 0)
        addRow(tr("Care level entered"), tr("%1, assessed on %2 by %3 (the assessment above replaces it)")
                                             .arg(core::ResidentService::careLevelLabel(bed.careLevel),
                                                  date(bed.careLevelOn), bed.careLevelSource));

    runGuarded(this, [&] {
        m_agreements = core::FamilyBedService(m_context.database()).agreements(actor, m_uid);
        m_visits = core::HomeVisitService(m_context.database()).forFamilyBed(actor, m_uid);
        m_assessmentModel->setFamilyBedUid(m_uid);
    });
    m_assessmentTable->resizeColumnsToContents();
    if (m_assessmentModel->rowCount() > 0)
        m_assessmentTable->selectRow(0);
    QHash<QString, QString> periods;
    for (const core::Agreement& agreement : std::as_const(m_agreements))
        periods.insert(agreement.uid, FamilyBedTableModel::periodText(agreement));
    for (const core::Agreement& agreement : std::as_const(m_agreements)) {
        QStringList remarks;
        if (!agreement.renewsUid.isEmpty())
            remarks.append(tr("renews %1").arg(periods.value(agreement.renewsUid)));
        if (agreement.endedOn.isValid())
            remarks.append(tr("ended on %1: %2").arg(date(agreement.endedOn), agreement.endReason));
        const core::Agreement::State state = agreement.stateOn(today);
        const int row = appendTableRow(
            m_agreementTable,
            {FamilyBedTableModel::periodText(agreement), core::FamilyBedService::agreementStateLabel(state),
             QString::number(agreement.plannedVisits),
             core::familybeds::joinLabels(core::familybeds::visitServices(), agreement.services),
             agreement.staffName, agreement.homeAdaptation ? tr("made") : QString(),
             remarks.join(QStringLiteral("；"))});
        if (state == core::Agreement::State::Active)
            m_agreementTable->item(row, 1)->setForeground(QColor(0x2e, 0x7d, 0x32));
    }
    m_agreementTable->resizeColumnsToContents();
    // The agreement selected before stays selected; another elder's opens at the latest.
    if (!m_agreements.isEmpty() && !selectAgreement(selectedAgreement))
        selectAgreement(m_agreements.constLast().uid);

    for (const core::HomeVisit& visit : std::as_const(m_visits)) {
        QStringList problems;
        if (!visit.problems.isEmpty())
            problems.append(tr("found: %1").arg(visit.problems));
        if (!visit.actions.isEmpty())
            problems.append(tr("done: %1").arg(visit.actions));
        if (!visit.notes.isEmpty())
            problems.append(visit.notes);
        if (!visit.correctionReason.isEmpty())
            problems.append(tr("(corrected: %1)").arg(visit.correctionReason));
        appendTableRow(m_visitTable,
                       {date(visit.visitedOn), visit.startedAt.mid(11, 5), QString::number(visit.minutes),
                        core::familybeds::visitMethods().label(visit.method),
                        core::familybeds::joinLabels(core::familybeds::visitServices(), visit.services),
                        visit.staffName,
                        visit.satisfaction > 0 ? core::familybeds::satisfactions().label(
                                                     static_cast<core::Satisfaction>(visit.satisfaction))
                                               : QString(),
                        problems.join(QStringLiteral("；"))});
    }
    m_visitTable->resizeColumnsToContents();
    updateButtons();
}

QString FamilyBedDetailView::selectedAgreementUid() const
{
    const int row = m_agreementTable->currentRow();
    return row >= 0 && row < m_agreements.size() ? m_agreements.at(row).uid : QString();
}

bool FamilyBedDetailView::selectAgreement(const QString& agreementUid)
{
    for (int row = 0; row < m_agreements.size(); ++row) {
        if (m_agreements.at(row).uid == agreementUid) {
            m_agreementTable->selectRow(row);
            return true;
        }
    }
    return false;
}

QString FamilyBedDetailView::selectedVisitUid() const
{
    const int row = m_visitTable->currentRow();
    return row >= 0 && row < m_visits.size() ? m_visits.at(row).uid : QString();
}

void FamilyBedDetailView::updateButtons()
{
    const bool shown = !m_uid.isEmpty() && m_tabs->isEnabled();
    const bool manage = m_context.actor().can(core::Permission::ManageFamilyBeds);
    const bool write = m_context.actor().can(core::Permission::WriteHomeVisits);
    const QString agreement = selectedAgreementUid();
    std::optional<core::Agreement> selected;
    for (const core::Agreement& candidate : std::as_const(m_agreements)) {
        if (candidate.uid == agreement)
            selected = candidate;
    }
    m_edit->setVisible(manage);
    m_edit->setEnabled(shown);
    for (QPushButton* action : {m_addAgreement, m_renew, m_end, m_print, m_pdf})
        action->setVisible(manage);
    m_addAgreement->setEnabled(shown);
    // A renewal follows an agreement with a last day; an open or ended one is ended or followed.
    m_renew->setEnabled(selected && selected->lastDay().isValid());
    m_end->setEnabled(selected && !selected->endedOn.isValid());
    m_print->setEnabled(selected.has_value());
    m_pdf->setEnabled(selected.has_value());
    m_correct->setVisible(write);
    m_withdraw->setVisible(write);
    m_correct->setEnabled(!selectedVisitUid().isEmpty());
    m_withdraw->setEnabled(!selectedVisitUid().isEmpty());
    m_assess->setVisible(m_context.actor().can(core::Permission::WriteAssessments));
    m_assess->setEnabled(shown);
    m_viewAssessment->setEnabled(shown && m_assessmentTable->selectionModel()->hasSelection());
}

AssessmentDialog* FamilyBedDetailView::assess()
{
    if (m_uid.isEmpty() || !m_tabs->isEnabled())
        return nullptr;
    // The residents' form, for this elder: the same items, rules and levels.
    auto* dialog =
        new AssessmentDialog(m_context, AssessmentDialog::Subject::FamilyBed, m_uid, m_heading->text(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        refresh();
        m_tabs->setCurrentWidget(m_assessmentTable->parentWidget());
        Q_EMIT changed();
    });
    dialog->open();
    return dialog;
}

AssessmentDialog* FamilyBedDetailView::viewAssessment()
{
    const QModelIndexList rows = m_assessmentTable->selectionModel()->selectedRows();
    if (m_uid.isEmpty() || rows.isEmpty())
        return nullptr;
    return AssessmentDialog::openRecorded(m_context, m_assessmentModel->assessment(rows.first().row()), this);
}

void FamilyBedDetailView::editFamilyBed()
{
    if (m_uid.isEmpty())
        return;
    FamilyBedDialog dialog(m_context, m_uid, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void FamilyBedDetailView::addAgreement()
{
    if (m_uid.isEmpty())
        return;
    AgreementDialog dialog(m_context, m_uid, QString(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectAgreement(dialog.agreementUid());
        Q_EMIT changed();
    }
}

void FamilyBedDetailView::renewAgreement()
{
    const QString agreement = selectedAgreementUid();
    if (agreement.isEmpty())
        return;
    AgreementDialog dialog(m_context, m_uid, agreement, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectAgreement(dialog.agreementUid());
        Q_EMIT changed();
    }
}

void FamilyBedDetailView::endAgreement()
{
    const QString agreement = selectedAgreementUid();
    if (agreement.isEmpty())
        return;
    EndAgreementDialog dialog(m_context, agreement, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

void FamilyBedDetailView::printAgreement()
{
    const QString agreement = selectedAgreementUid();
    runGuarded(this, [&] {
        if (AgreementSheet::make(m_context.database(), m_context.actor(), agreement)
                .printWithDialog(this, m_context.database(), m_context.actor()))
            m_context.notifyDataChanged(); // the print is in the audit log
    });
}

void FamilyBedDetailView::saveAgreementPdf()
{
    const QString agreement = selectedAgreementUid();
    runGuarded(this, [&] {
        const PrintedDocument sheet =
            AgreementSheet::make(m_context.database(), m_context.actor(), agreement);
        const QString fileName = tr("agreement-%1-%2.pdf").arg(m_heading->text(), agreement.left(8));
        if (sheet.savePdfWithDialog(this, m_context.database(), m_context.actor(), fileName))
            m_context.notifyDataChanged();
    });
}

void FamilyBedDetailView::withdrawVisit()
{
    const int row = m_visitTable->currentRow();
    if (row < 0 || row >= m_visits.size())
        return;
    WithdrawVisitDialog dialog(m_context, m_visits.at(row), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        Q_EMIT changed();
    }
}

} // namespace jinglao::ui
