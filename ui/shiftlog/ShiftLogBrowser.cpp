#include "shiftlog/ShiftLogBrowser.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/EmptyStateHint.h"
#include "common/ErrorDialog.h"
#include "common/PersonPicker.h"
#include "common/PrintedDocument.h"
#include "common/TableExportButton.h"
#include "residents/ResidentService.h"
#include "shiftlog/HandoverSheet.h"
#include "shiftlog/ShiftLogService.h"
#include "shiftlog/ShiftLogTableModel.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
constexpr int AllEntries = -1;
}

ShiftLogBrowser::ShiftLogBrowser(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    auto* filters = new QHBoxLayout;
    m_dateCheck = new QCheckBox(tr("From"), this);
    m_dateCheck->setObjectName(QStringLiteral("dateRangeCheckBox"));
    m_fromEdit = new QDateEdit(core::Clock::today().addDays(-6), this);
    m_fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    m_toEdit = new QDateEdit(core::Clock::today(), this);
    m_toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* edit : {m_fromEdit, m_toEdit}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setMinimumWidth(120);
        edit->setEnabled(false);
    }
    m_residentCombo = new PersonPicker(this);
    m_residentCombo->setObjectName(QStringLiteral("filterResidentComboBox"));
    m_residentCombo->setMinimumWidth(150);
    m_residentCombo->setNoneLabel(tr("All residents"));
    m_residentCombo->setSearch([this](const QString& typed) {
        return core::ResidentService(m_context.database())
            .choices(m_context.actor(), typed, core::ResidentFilter::Presence::All);
    });
    m_incidentCombo = new QComboBox(this);
    m_incidentCombo->setObjectName(QStringLiteral("filterIncidentComboBox"));
    m_incidentCombo->addItem(tr("All entries"), AllEntries);
    m_incidentCombo->addItem(tr("Any incident"), static_cast<int>(core::Incident::None));
    for (core::Incident incident : core::allIncidents())
        m_incidentCombo->addItem(core::incidentCodes().label(incident), static_cast<int>(incident));
    m_authorCombo = new PersonPicker(this);
    m_authorCombo->setObjectName(QStringLiteral("filterAuthorComboBox"));
    m_authorCombo->setMinimumWidth(130);
    m_authorCombo->setNoneLabel(tr("All authors"));
    m_authorCombo->setSearch([this](const QString& typed) {
        return core::StaffService(m_context.database())
            .choices(m_context.actor(), core::StaffService::Filter::All, core::Clock::today(), typed);
    });
    filters->addWidget(m_dateCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_toEdit);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Resident:"), this));
    filters->addWidget(m_residentCombo);
    filters->addWidget(new QLabel(tr("Incident:"), this));
    filters->addWidget(m_incidentCombo);
    filters->addWidget(new QLabel(tr("Author:"), this));
    filters->addWidget(m_authorCombo);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_model = new ShiftLogTableModel(context.database(), context.actor(), this);
    // A page that fails to load is reported here, after the view's own code has returned.
    connect(
        m_model, &ShiftLogTableModel::loadFailed, this,
        [this](const QString& message) { showError(this, message); }, Qt::QueuedConnection);
    m_model->setObjectName(QStringLiteral("shiftLogTableModel"));
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("shiftLogTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ShiftLogTableModel::TimeColumn, 130);
    m_table->setColumnWidth(ShiftLogTableModel::ShiftColumn, 110);
    m_table->setColumnWidth(ShiftLogTableModel::AuthorColumn, 80);
    m_table->setColumnWidth(ShiftLogTableModel::ResidentColumn, 80);
    m_table->setColumnWidth(ShiftLogTableModel::IncidentColumn, 70);
    m_empty = new EmptyStateHint(m_table, QStringLiteral("shiftLogEmptyLabel"));
    m_table->setColumnWidth(ShiftLogTableModel::OccurredColumn, 130);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_correctButton = new QPushButton(tr("Write a correction…"), this);
    m_correctButton->setObjectName(QStringLiteral("correctEntryButton"));
    m_correctButton->setToolTip(
        tr("Entries of a closed shift are not changed: the correction is a new entry of your open shift."));
    m_sheetDateEdit = makeDateEdit(this, core::Clock::today(), QStringLiteral("sheetDateEdit"));
    m_sheetDateEdit->setMinimumWidth(120);
    m_printButton = new QPushButton(tr("Print handover sheet…"), this);
    m_printButton->setObjectName(QStringLiteral("printSheetButton"));
    m_pdfButton = new QPushButton(tr("Save as PDF…"), this);
    m_pdfButton->setObjectName(QStringLiteral("saveSheetPdfButton"));
    actions->addWidget(m_correctButton);
    actions->addWidget(new TableExportButton(
        context, m_table, {QStringLiteral("shift_log"), QStringLiteral("shift_logs"), tr("Shift log")},
        {m_dateCheck, m_fromEdit, m_toEdit, m_residentCombo, m_incidentCombo, m_authorCombo}, this));
    actions->addStretch(1);
    actions->addWidget(new QLabel(tr("Handover sheet of"), this));
    actions->addWidget(m_sheetDateEdit);
    actions->addWidget(m_printButton);
    actions->addWidget(m_pdfButton);
    layout->addLayout(actions);

    connect(m_dateCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_fromEdit->setEnabled(on);
        m_toEdit->setEnabled(on);
        applyFilter();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, [this] { applyFilter(); });
    connect(m_toEdit, &QDateEdit::dateChanged, this, [this] { applyFilter(); });
    for (QComboBox* combo :
         std::initializer_list<QComboBox*>{m_residentCombo, m_incidentCombo, m_authorCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_correctButton->setEnabled(m_context.actor().can(core::Permission::WriteShiftLogs) &&
                                    m_table->selectionModel()->hasSelection());
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { m_correctButton->setEnabled(false); });
    connect(m_correctButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        if (current.isValid())
            Q_EMIT correctionRequested(current.row());
    });
    connect(m_printButton, &QPushButton::clicked, this, &ShiftLogBrowser::printSheet);
    connect(m_pdfButton, &QPushButton::clicked, this, &ShiftLogBrowser::askAndSavePdf);
}

void ShiftLogBrowser::loadChoices()
{
    const QSignalBlocker residents(m_residentCombo);
    const QSignalBlocker authors(m_authorCombo);
    m_residentCombo->setPeople(core::ResidentService(m_context.database())
                                   .choices(m_context.actor(), {}, core::ResidentFilter::Presence::All));
    m_authorCombo->setPeople(
        core::StaffService(m_context.database())
            .choices(m_context.actor(), core::StaffService::Filter::All, core::Clock::today()));
}

void ShiftLogBrowser::refresh()
{
    m_correctButton->setEnabled(false);
    m_model->setActor(m_context.actor());
    runGuarded(this, [&] { loadChoices(); });
    applyFilter();
}

void ShiftLogBrowser::applyFilter()
{
    core::ShiftLogQuery::Filter filter;
    if (m_dateCheck->isChecked()) {
        filter.from = m_fromEdit->date();
        filter.to = m_toEdit->date();
    }
    filter.residentUid = m_residentCombo->currentUid();
    filter.authorStaffUid = m_authorCombo->currentUid();
    const int incident = m_incidentCombo->currentData().toInt();
    if (incident != AllEntries) {
        filter.incidentsOnly = true;
        filter.incident = static_cast<core::Incident>(incident);
    }
    runGuarded(this, [&] { m_model->setFilter(filter); });
    const bool filtered = filter.from.isValid() || !filter.residentUid.isEmpty() ||
                          !filter.authorStaffUid.isEmpty() || filter.incidentsOnly;
    m_empty->setText(
        filtered ? tr("No entry matches the filters.")
                 : tr("No shift-log entries yet — the nurse on duty writes them on the On duty tab."));
    // The newest entry is selected, so "Write a correction…" has something to correct.
    if (m_model->rowCount() > 0 && !m_table->selectionModel()->hasSelection())
        m_table->selectRow(0);
}

bool ShiftLogBrowser::showEntry(const QString& entryUid, const QDate& day)
{
    {
        const QSignalBlocker dateCheck(m_dateCheck);
        const QSignalBlocker from(m_fromEdit);
        const QSignalBlocker to(m_toEdit);
        const QSignalBlocker resident(m_residentCombo);
        const QSignalBlocker incident(m_incidentCombo);
        const QSignalBlocker author(m_authorCombo);
        m_dateCheck->setChecked(true);
        m_fromEdit->setEnabled(true);
        m_toEdit->setEnabled(true);
        m_fromEdit->setDate(day);
        m_toEdit->setDate(day);
        m_residentCombo->setCurrentIndex(0);
        m_incidentCombo->setCurrentIndex(m_incidentCombo->findData(AllEntries));
        m_authorCombo->setCurrentIndex(0);
    }
    applyFilter();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->entryAt(row).uid == entryUid) {
            m_table->selectRow(row);
            m_table->scrollTo(m_model->index(row, 0));
            return true;
        }
        if (row == m_model->rowCount() - 1 && m_model->canFetchMore({}))
            m_model->fetchMore({});
    }
    return false;
}

bool ShiftLogBrowser::saveSheetPdf(const QString& path)
{
    const bool saved = runGuarded(this, [&] {
        HandoverSheet(m_context.database(), m_context.actor(), m_sheetDateEdit->date()).writePdf(path);
    });
    if (saved) {
        m_context.notifyDataChanged(); // the export is in the audit log
        m_context.tellSaved(path);
    }
    return saved;
}

void ShiftLogBrowser::printSheet()
{
    runGuarded(this, [&] {
        const HandoverSheet sheet(m_context.database(), m_context.actor(), m_sheetDateEdit->date());
        QPrinter printer(QPrinter::HighResolution);
        printer.setPageSize(QPageSize(QPageSize::A4));
        QPrintDialog dialog(&printer, this);
        dialog.setWindowTitle(tr("Print handover sheet"));
        if (dialog.exec() != QDialog::Accepted)
            return;
        // Print to file writes the program's own searchable PDF (PrintedDocument::printOn).
        const QString file = PrintedDocument::pdfFileOf(printer);
        if (!file.isEmpty()) {
            saveSheetPdf(file);
            return;
        }
        sheet.print(&printer);
        m_context.notifyDataChanged();
    });
}

void ShiftLogBrowser::askAndSavePdf()
{
    const QString suggested = QDir::home().filePath(
        tr("handover-%1.pdf").arg(m_sheetDateEdit->date().toString(QStringLiteral("yyyyMMdd"))));
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save handover sheet"), suggested, tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveSheetPdf(path);
}

} // namespace jinglao::ui
