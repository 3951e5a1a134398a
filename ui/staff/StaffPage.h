#pragma once
// The staff page: current or former staff, found by name or pinyin, adding and editing people,
// their certificates (with expiry warnings) and leave periods.

#include "common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class SearchField;
class StaffTableModel;

class StaffPage : public Page {
    Q_OBJECT

public:
    explicit StaffPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("staff"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    StaffTableModel* model() const { return m_model; }
    // Opens the spreadsheet import (从表格导入, non-modal; it deletes itself when closed).
    void startSheetImport();

private:
    QString currentUid() const;
    void showDetails();
    void addStaff();
    void editStaff();
    void addCertificate();
    void addLeave();

    PageHeader* m_header = nullptr;
    SearchField* m_search = nullptr;
    QLabel* m_certificateWarnings = nullptr;
    QComboBox* m_filter = nullptr;
    QTableView* m_table = nullptr;
    StaffTableModel* m_model = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QLabel* m_detailHeading = nullptr;
    QLabel* m_detailFacts = nullptr;
    QListWidget* m_details = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_importSheet = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_certificate = nullptr;
    QPushButton* m_leave = nullptr;
};

} // namespace jinglao::ui
