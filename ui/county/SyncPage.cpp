#include "county/SyncPage.h"

#include "common/AppContext.h"
#include "common/BackgroundTask.h"
#include "common/Clock.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/PageHeader.h"
#include "common/ReadOnlyTable.h"
#include "county/PackageExport.h"
#include "imports/ImportProblem.h"

#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

SyncPage::SyncPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    setObjectName(QStringLiteral("syncPage"));
    m_header = new PageHeader(title(), this);
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* top = new QHBoxLayout;
    auto* exportBox = new QGroupBox(tr("Send to the county"), this);
    exportBox->setObjectName(QStringLiteral("exportGroupBox"));
    auto* exportLayout = new QVBoxLayout(exportBox);
    m_full = new QRadioButton(tr("Every record (full package)"), exportBox);
    m_full->setObjectName(QStringLiteral("fullExportRadioButton"));
    m_incremental = new QRadioButton(tr("Only what changed since the last export"), exportBox);
    m_incremental->setObjectName(QStringLiteral("incrementalExportRadioButton"));
    m_exportButton = new QPushButton(tr("Export package…"), exportBox);
    m_exportButton->setObjectName(QStringLiteral("exportPackageButton"));
    exportLayout->addWidget(m_full);
    exportLayout->addWidget(m_incremental);
    exportLayout->addWidget(m_exportButton, 0, Qt::AlignLeft);
    connect(m_exportButton, &QPushButton::clicked, this, &SyncPage::chooseExportFolder);
    top->addWidget(exportBox, 1);

    auto* importBox = new QGroupBox(tr("Receive from the county"), this);
    importBox->setObjectName(QStringLiteral("importGroupBox"));
    auto* importLayout = new QVBoxLayout(importBox);
    auto* hint = new QLabel(tr("Choose a package folder: the program first checks it and shows what would "
                               "change. Nothing changes until you import."),
                            importBox);
    hint->setWordWrap(true);
    m_previewButton = new QPushButton(tr("Check a package…"), importBox);
    m_previewButton->setObjectName(QStringLiteral("previewImportButton"));
    auto* importButtons = new QHBoxLayout;
    m_importButton = new QPushButton(tr("Import"), importBox);
    m_importButton->setObjectName(QStringLiteral("confirmImportButton"));
    m_importButton->setEnabled(false);
    m_errorsButton = new QPushButton(tr("Save error report…"), importBox);
    m_errorsButton->setObjectName(QStringLiteral("saveErrorReportButton"));
    m_errorsButton->setEnabled(false);
    importButtons->addWidget(m_previewButton);
    importButtons->addWidget(m_importButton);
    importButtons->addWidget(m_errorsButton);
    importButtons->addStretch(1);
    importLayout->addWidget(hint);
    importLayout->addLayout(importButtons);
    connect(m_previewButton, &QPushButton::clicked, this, &SyncPage::choosePackage);
    connect(m_importButton, &QPushButton::clicked, this, &SyncPage::confirmImport);
    connect(m_errorsButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save error report"),
                                                          QDir::home().filePath(QStringLiteral("errors.csv")),
                                                          tr("CSV file (*.csv)"));
        if (!path.isEmpty())
            saveErrorReport(path);
    });
    top->addWidget(importBox, 2);
    layout->addLayout(top);

    m_previewSummary = new QLabel(this);
    m_previewSummary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_previewSummary->setWordWrap(true);
    layout->addWidget(m_previewSummary);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_counts = makeReadOnlyTable(splitter, QStringLiteral("importCountsTable"),
                                 {tr("File"), tr("New"), tr("Updated"), tr("Unchanged"), tr("Conflicts"),
                                  tr("Withdrawn"), tr("Refused")});
    m_problems =
        makeReadOnlyTable(splitter, QStringLiteral("importProblemsTable"),
                          {tr("Kind"), tr("File"), tr("Line"), tr("Column"), tr("Value"), tr("Reason")});
    m_counts->horizontalHeader()->setStretchLastSection(false);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    auto* historyBox = new QGroupBox(tr("Exports and imports"), splitter);
    auto* historyLayout = new QVBoxLayout(historyBox);
    m_history = makeReadOnlyTable(historyBox, QStringLiteral("packageHistoryTable"),
                                  {tr("Time"), tr("User"), tr("Action"), tr("Details")});
    m_history->horizontalHeader()->setStretchLastSection(true);
    historyLayout->addWidget(m_history);
    splitter->addWidget(m_counts);
    splitter->addWidget(m_problems);
    splitter->addWidget(historyBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    layout->addWidget(splitter, 1);
}

QString SyncPage::title() const
{
    return tr("County packages");
}

bool SyncPage::isAvailableTo(const core::Actor& actor) const
{
    return actor.can(core::Permission::ExportCountyPackage) ||
           actor.can(core::Permission::ImportCountyPackage);
}

void SyncPage::refresh()
{
    const core::PackageExport exporter(context().database());
    const QString last = exporter.lastExportAt();
    m_header->setSummary(last.isEmpty() ? tr("No package has been exported yet.")
                                        : tr("Last export: %1").arg(core::Clock::displayTimestamp(last)));
    if (!m_full->isChecked() && !m_incremental->isChecked())
        (last.isEmpty() ? m_full : m_incremental)->setChecked(true);
    m_incremental->setEnabled(!last.isEmpty());
    const core::Actor& actor = context().actor();
    m_exportButton->setEnabled(actor.can(core::Permission::ExportCountyPackage) &&
                               !context().database().isReadOnly());
    m_previewButton->setEnabled(actor.can(core::Permission::ImportCountyPackage) &&
                                !context().database().isReadOnly());
    showHistory();
}

void SyncPage::chooseExportFolder()
{
    const QString dir =
        QFileDialog::getExistingDirectory(this, tr("Export the package into"), QDir::homePath());
    if (dir.isEmpty())
        return;
    const QString folder =
        exportPackage(dir, m_incremental->isChecked() ? core::CountyPackage::Mode::Incremental
                                                      : core::CountyPackage::Mode::Full);
    if (!folder.isEmpty())
        context().tellSaved(folder);
}

QString SyncPage::exportPackage(const QString& dir, core::CountyPackage::Mode mode)
{
    const core::Actor actor = context().actor();
    core::PackageExportResult result;
    const TaskOutcome outcome = runInBackground(
        this, tr("Exporting the county package…"), context().database(),
        [&](core::Database& connection, TaskProgress& progress) {
            result = core::PackageExport(connection)
                         .write(actor, dir, mode, [&](int done, int total, const QString&) {
                             progress.setRange(total);
                             progress.setValue(done);
                             return !progress.isCancelled();
                         });
        },
        true);
    if (!outcome.succeeded) {
        if (!outcome.cancelled)
            showError(this, outcome.errorMessage);
        refresh();
        return {};
    }
    context().notifyDataChanged();
    refresh();
    return result.folder;
}

void SyncPage::choosePackage()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("Choose the package folder"), QDir::homePath());
    if (!folder.isEmpty())
        previewImport(folder);
}

bool SyncPage::previewImport(const QString& folder)
{
    const core::Actor actor = context().actor();
    core::PackageImportResult result;
    const TaskOutcome outcome =
        runInBackground(this, tr("Checking the package…"), context().database(),
                        [&](core::Database& connection, TaskProgress&) {
                            result = core::PackageImport(connection).run(actor, folder, true);
                        });
    m_hasPreview = outcome.succeeded;
    m_preview = result;
    showPreview();
    if (!outcome.succeeded) {
        showError(this, outcome.errorMessage);
        return false;
    }
    return true;
}

bool SyncPage::confirmImport()
{
    if (!m_hasPreview || m_preview.refused())
        return false;
    const core::Actor actor = context().actor();
    const QString folder = m_preview.folder;
    core::PackageImportResult result;
    const TaskOutcome outcome =
        runInBackground(this, tr("Importing the package…"), context().database(),
                        [&](core::Database& connection, TaskProgress&) {
                            result = core::PackageImport(connection).run(actor, folder, false);
                        });
    if (!outcome.succeeded) {
        showError(this, outcome.errorMessage);
        return false;
    }
    m_preview = result;
    showPreview();
    context().notifyDataChanged();
    refresh();
    if (result.refused())
        return false;
    context().tell(tr("Package imported: %n record(s) changed.", nullptr, result.changes()));
    return true;
}

bool SyncPage::saveErrorReport(const QString& path)
{
    return runGuarded(this, [&] {
        core::ImportProblems::writeReport(context().database(), context().actor(), path,
                                          m_preview.problems + m_preview.conflicts);
        context().tellSaved(path);
    });
}

void SyncPage::showPreview()
{
    m_counts->setRowCount(0);
    m_problems->setRowCount(0);
    for (const core::FileImportCounts& file : std::as_const(m_preview.files))
        appendTableRow(m_counts, {file.file, QString::number(file.inserted), QString::number(file.updated),
                                  QString::number(file.unchanged), QString::number(file.conflicts),
                                  QString::number(file.deleted), QString::number(file.refused)});
    const auto addProblems = [this](const QList<core::ImportProblem>& problems, const QString& kind) {
        for (const core::ImportProblem& problem : problems)
            appendTableRow(m_problems,
                           {kind, problem.file, problem.line > 0 ? QString::number(problem.line) : QString(),
                            problem.column, problem.value, problem.reason});
    };
    addProblems(m_preview.problems, tr("Refused"));
    addProblems(m_preview.conflicts, tr("Conflict"));
    addProblems(m_preview.warnings, tr("Ignored"));
    m_counts->resizeColumnsToContents();
    m_problems->resizeColumnsToContents();

    const bool judged = m_hasPreview && !m_preview.folder.isEmpty();
    m_importButton->setEnabled(judged && m_preview.dryRun && !m_preview.refused() && m_preview.changes() > 0);
    m_errorsButton->setEnabled(!m_preview.problems.isEmpty() || !m_preview.conflicts.isEmpty());
    if (!judged) {
        m_previewSummary->clear();
        return;
    }
    const QString who = m_preview.facilityName.isEmpty()
                            ? m_preview.facilityCode
                            : tr("%1 (%2)").arg(m_preview.facilityName, m_preview.facilityCode);
    if (m_preview.refused())
        m_previewSummary->setText(
            tr("The package of %1 cannot be imported: %n problem(s), listed below. Nothing was changed.",
               nullptr, static_cast<int>(m_preview.problems.size()))
                .arg(who));
    else if (!m_preview.dryRun)
        m_previewSummary->setText(
            tr("Imported the package of %1: %n record(s) changed. A backup was taken first: %2", nullptr,
               m_preview.changes())
                .arg(who, QDir::toNativeSeparators(m_preview.backupPath)));
    else if (m_preview.changes() == 0)
        m_previewSummary->setText(
            tr("The package of %1 holds nothing new: this database already has it.").arg(who));
    else
        m_previewSummary->setText(
            tr("The package of %1 would change %n record(s). Check the list, then import.", nullptr,
               m_preview.changes())
                .arg(who));
}

void SyncPage::showHistory()
{
    m_history->setRowCount(0);
    QList<core::CountyPackage::HistoryEntry> entries;
    try {
        entries = core::CountyPackage::history(context().database(), context().actor());
    } catch (const core::Error&) {
        return; // not this user's to see
    }
    for (const core::CountyPackage::HistoryEntry& entry : std::as_const(entries))
        appendTableRow(m_history, {core::Clock::displayTimestamp(entry.at), entry.actor,
                                   entry.isExport ? tr("Export") : tr("Import"), entry.detail});
    m_history->resizeColumnsToContents();
}

} // namespace jinglao::ui
