#include "sheets/SheetImportDialog.h"

#include "common/AppContext.h"
#include "common/Error.h"
#include "common/ErrorDialog.h"
#include "common/ReadOnlyTable.h"
#include "imports/ImportProblem.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
enum PreviewColumn { Line, Name, Outcome, Column, Value, Reason };
}

SheetImportDialog::SheetImportDialog(AppContext& context, core::SheetKind kind, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_kind(kind)
{
    setObjectName(QStringLiteral("sheetImportDialog"));
    setWindowTitle(kind == core::SheetKind::Residents ? tr("Import residents from a spreadsheet")
                                                      : tr("Import staff from a spreadsheet"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        kind == core::SheetKind::Residents
            ? tr("Choose the roster (花名册) as .xlsx or .csv: the first sheet, its first row naming the "
                 "columns. "
                 "Each row is admitted with its bed, checked as the admission dialog checks it; the beds "
                 "must "
                 "exist already. Nothing is imported while one row is refused.")
            : tr("Choose the staff list as .xlsx or .csv: the first sheet, its first row naming the columns. "
                 "Each row is checked as the staff dialog checks it. Nothing is imported while one row is "
                 "refused."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("sheetFileLineEdit"));
    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto* choose = new QPushButton(tr("Choose file…"), this);
    choose->setObjectName(QStringLiteral("chooseSheetButton"));
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    layout->addLayout(fileRow);

    auto* columnsLabel = new QLabel(tr("Columns of the sheet and the field each one fills:"), this);
    layout->addWidget(columnsLabel);
    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("columnMappingTableWidget"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("First value"), tr("Field")});
    m_columns->verticalHeader()->hide();
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    layout->addWidget(m_columns, 2);

    m_summary = new QLabel(tr("Choose a file to see its rows checked."), this);
    m_summary->setObjectName(QStringLiteral("previewSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_preview =
        makeReadOnlyTable(this, QStringLiteral("previewTableWidget"),
                          {tr("Line"), tr("Name"), tr("Result"), tr("Column"), tr("Value"), tr("Reason")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview, 3);

    auto* buttons = new QDialogButtonBox(this);
    m_import = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_errors = buttons->addButton(tr("Save error report…"), QDialogButtonBox::ActionRole);
    m_errors->setObjectName(QStringLiteral("saveErrorReportButton"));
    m_errors->setEnabled(false);
    QPushButton* cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    layout->addWidget(buttons);
    connect(m_errors, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save error report"),
                                                          QDir::home().filePath(QStringLiteral("errors.csv")),
                                                          tr("CSV file (*.csv)"));
        if (!path.isEmpty())
            saveErrorReport(path);
    });

    connect(choose, &QPushButton::clicked, this, &SheetImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &SheetImportDialog::importRows);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(1000, 660);
}

void SheetImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the spreadsheet"), m_file->text(),
                                                      tr("Spreadsheets (*.xlsx *.csv)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool SheetImportDialog::loadFile(const QString& path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    m_loaded = false;
    m_result = {};
    m_columns->setRowCount(0);
    m_preview->setRowCount(0);
    m_import->setEnabled(false);
    try {
        m_sheet = core::SheetReader::read(path);
    } catch (const core::Error& error) {
        m_summary->setText(error.message());
        showError(this, error);
        return false;
    }
    m_mapping = core::ColumnMapping::guess(m_kind, m_sheet.header);
    m_loaded = true;
    fillMapping();
    checkRows();
    return true;
}

void SheetImportDialog::fillMapping()
{
    const QList<core::SheetField> fields = core::ColumnMapping::fields(m_kind);
    const core::SheetRow first = m_sheet.rows.value(0);
    m_columns->setRowCount(static_cast<int>(m_sheet.header.size()));
    for (int column = 0; column < m_sheet.header.size(); ++column) {
        const QString header = m_sheet.header.at(column);
        m_columns->setItem(
            column, 0,
            new QTableWidgetItem(header.isEmpty() ? tr("(column %1, no header)").arg(column + 1) : header));
        m_columns->setItem(column, 1, new QTableWidgetItem(core::Sheet::cell(first, column)));
        auto* box = new QComboBox(m_columns);
        box->setObjectName(QStringLiteral("fieldComboBox%1").arg(column));
        box->addItem(tr("(not imported)"), QString());
        for (const core::SheetField& field : fields)
            box->addItem(field.required ? tr("%1 (required)").arg(field.label) : field.label, field.id);
        box->setCurrentIndex(std::max(0, box->findData(m_mapping.fieldOf(column))));
        connect(box, &QComboBox::activated, this,
                [this, column, box] { mappingChanged(column, box->currentData().toString()); });
        m_columns->setCellWidget(column, 2, box);
    }
}

void SheetImportDialog::mappingChanged(int column, const QString& fieldId)
{
    runGuarded(this, [&] { m_mapping.setColumn(column, fieldId); });
    // The field has left the column that held it before: show every combo as the mapping is.
    for (int row = 0; row < m_columns->rowCount(); ++row) {
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(row, 2)))
            box->setCurrentIndex(std::max(0, box->findData(m_mapping.fieldOf(row))));
    }
    checkRows();
}

void SheetImportDialog::checkRows()
{
    if (!m_loaded)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool checked = runGuarded(this, [&] {
        m_result = core::SheetImport(m_context.database()).run(m_context.actor(), m_sheet, m_mapping, true);
    });
    QApplication::restoreOverrideCursor();
    if (!checked)
        m_result = {};
    showResult();
}

void SheetImportDialog::showResult()
{
    m_preview->setRowCount(0);
    const QColor refusedColor(0xB0, 0x20, 0x20);
    const auto add = [&](const QStringList& texts, bool refused) {
        const int row = appendTableRow(m_preview, texts);
        if (refused)
            m_preview->item(row, Outcome)->setForeground(refusedColor);
    };
    // Without rows checked, the problems are the mapping's (they name no row); otherwise every row
    // in sheet order, a refused one with its reason.
    if (m_result.rows.isEmpty()) {
        for (const core::ImportProblem& problem : m_result.problems)
            add({QString::number(problem.line), QString(), tr("Refused"), problem.column, problem.value,
                 problem.reason},
                true);
    }
    for (const core::SheetImport::RowOutcome& row : m_result.rows) {
        if (row.accepted) {
            add({QString::number(row.line), row.name, tr("Accepted"), QString(), QString(), QString()},
                false);
            continue;
        }
        const core::ImportProblem* problem = nullptr;
        for (const core::ImportProblem& each : m_result.problems) {
            if (each.line == row.line)
                problem = &each;
        }
        add({QString::number(row.line), row.name, tr("Refused"), problem ? problem->column : QString(),
             problem ? problem->value : QString(), problem ? problem->reason : QString()},
            true);
    }
    m_preview->resizeRowsToContents();

    const int rows = static_cast<int>(m_result.rows.size());
    const int refused = m_result.refused;
    if (!m_loaded)
        m_summary->setText(tr("Choose a file to see its rows checked."));
    else if (m_result.rows.isEmpty() && !m_result.ok())
        m_summary->setText(
            tr("The columns cannot be imported yet; choose the field of each column named below."));
    else if (refused > 0)
        m_summary->setText(
            tr("%n row(s) refused; nothing is imported until each one is corrected in the sheet "
               "(then choose the file again) or its column is given the right field.",
               nullptr, refused));
    else
        m_summary->setText(
            tr("All %n row(s) can be imported. A backup of the database is written first.", nullptr, rows));
    m_import->setEnabled(m_loaded && m_result.ok() && rows > 0);
    m_errors->setEnabled(!m_result.problems.isEmpty());
}

bool SheetImportDialog::saveErrorReport(const QString& path)
{
    return runGuarded(this, [&] {
        core::ImportProblems::writeReport(m_context.database(), m_context.actor(), path, m_result.problems);
        m_context.tellSaved(path);
    });
}

void SheetImportDialog::importRows()
{
    if (!m_loaded || !m_result.ok())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool done = runGuarded(this, [&] {
        m_result = core::SheetImport(m_context.database()).run(m_context.actor(), m_sheet, m_mapping, false);
    });
    QApplication::restoreOverrideCursor();
    if (!done)
        return;
    if (!m_result.applied) {
        // The records changed since the check (another user): show what is refused now.
        showResult();
        return;
    }
    const int imported = m_result.accepted;
    m_context.notifyDataChanged();
    m_context.tell(tr("%n record(s) imported from %1; backup made first: %2", nullptr, imported)
                       .arg(m_sheet.fileName, QDir::toNativeSeparators(m_result.backupPath)));
    accept();
}

} // namespace jinglao::ui
