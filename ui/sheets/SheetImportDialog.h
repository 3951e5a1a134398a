#pragma once
// 从表格导入: a center's roster (花名册) of residents or staff from an XLSX or CSV file. The user
// chooses the file, checks each column's field (guessed from its header), sees every row checked
// (a dry run: accepted, or refused with its reason) and imports only when no row is refused.

#include "sheets/ColumnMapping.h"
#include "sheets/SheetImport.h"
#include "sheets/SheetReader.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace jinglao::ui {

class AppContext;

class SheetImportDialog : public QDialog {
    Q_OBJECT

public:
    SheetImportDialog(AppContext& context, core::SheetKind kind, QWidget* parent = nullptr);

    // Reads the sheet, guesses its columns and checks its rows (the file chooser ends here; tests
    // call it with their file). Returns false, with the reason shown, when the file is refused.
    bool loadFile(const QString& path);
    // The last check (or import).
    const core::SheetImport::Result& outcome() const { return m_result; }
    // Writes the refused rows as an error report CSV (audited); false (after saying why) when refused.
    bool saveErrorReport(const QString& path);

private:
    void chooseFile();
    void fillMapping();
    void mappingChanged(int column, const QString& fieldId);
    void checkRows();
    void showResult();
    void importRows();

    AppContext& m_context;
    core::SheetKind m_kind;
    core::Sheet m_sheet;
    core::ColumnMapping m_mapping;
    core::SheetImport::Result m_result;
    bool m_loaded = false;
    QLineEdit* m_file = nullptr;
    QTableWidget* m_columns = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_preview = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_errors = nullptr;
};

} // namespace jinglao::ui
