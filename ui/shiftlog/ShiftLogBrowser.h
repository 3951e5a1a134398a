#pragma once
// 记录查询: the log across shifts with filters (dates, resident, incident, author), the day's
// handover sheet for the printer or a PDF, and the way to correct an entry of a closed shift.

#include <QWidget>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class AppContext;
class EmptyStateHint;
class PersonPicker;
class ShiftLogTableModel;

class ShiftLogBrowser : public QWidget {
    Q_OBJECT

public:
    explicit ShiftLogBrowser(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    void applyFilter();
    // Lists the entries written on day, unfiltered otherwise, with this one selected; false when
    // it is not among them.
    bool showEntry(const QString& entryUid, const QDate& day);
    ShiftLogTableModel* model() const { return m_model; }
    // Writes the handover sheet of the day in sheetDateEdit to path; false when refused.
    bool saveSheetPdf(const QString& path);

Q_SIGNALS:
    // The user wants to correct the entry in this row of the model.
    void correctionRequested(int row);

private:
    void loadChoices();
    void printSheet();
    void askAndSavePdf();

    AppContext& m_context;
    ShiftLogTableModel* m_model = nullptr;
    QCheckBox* m_dateCheck = nullptr;
    QDateEdit* m_fromEdit = nullptr;
    QDateEdit* m_toEdit = nullptr;
    PersonPicker* m_residentCombo = nullptr;
    QComboBox* m_incidentCombo = nullptr;
    PersonPicker* m_authorCombo = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QPushButton* m_correctButton = nullptr;
    QDateEdit* m_sheetDateEdit = nullptr;
    QPushButton* m_printButton = nullptr;
    QPushButton* m_pdfButton = nullptr;
};

} // namespace jinglao::ui
