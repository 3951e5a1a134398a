#pragma once
// 入住老人: the resident list (current and former, searchable by name, pinyin, ID tail and bed,
// filtered by category and care level) beside the selected resident's details.

#include "common/Page.h"

class QComboBox;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class ResidentDetailView;
class SearchField;
class ResidentTableModel;

class ResidentsPage : public Page {
    Q_OBJECT

public:
    explicit ResidentsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("residents"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    // Selects the resident (showing all residents if the filter hides them).
    void showResident(const QString& residentUid);
    // Opens the admission dialog (non-modal for tests; it deletes itself when closed).
    void startAdmission();
    // Opens the spreadsheet import (从表格导入, non-modal; it deletes itself when closed).
    void startSheetImport();

    ResidentTableModel* model() const { return m_model; }
    ResidentDetailView* detailView() const { return m_detail; }

private:
    void applyFilter();
    void selectionChanged();
    void showCount();

    PageHeader* m_header = nullptr;
    ResidentTableModel* m_model = nullptr;
    SearchField* m_search = nullptr;
    QComboBox* m_presence = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_careLevel = nullptr;
    QPushButton* m_admit = nullptr;
    QPushButton* m_importSheet = nullptr;
    QTableView* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    ResidentDetailView* m_detail = nullptr;
};

} // namespace jinglao::ui
