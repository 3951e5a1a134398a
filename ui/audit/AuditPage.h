#pragma once
// Administrators' page "audit": the audit log filtered by user, table, record, action and
// date, a details pane with each field's old and new value side by side, and CSV export.

#include "auth/AuditQuery.h"
#include "common/Page.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;

namespace jinglao::ui {

class AuditTableModel;
class EmptyStateHint;
class PageHeader;

class AuditPage : public Page {
    Q_OBJECT

public:
    explicit AuditPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("audit"); }
    QString title() const override;
    bool isAvailableTo(const core::Actor& actor) const override;
    void refresh() override;

    core::AuditFilter filter() const;
    AuditTableModel* model() const { return m_model; }
    // Writes the filtered log to path (the export button asks for it first). True on success.
    bool exportTo(const QString& path);

private:
    void reload();
    void reloadChoices();
    void showDetails();
    void exportCsv();

    PageHeader* m_header = nullptr;
    AuditTableModel* m_model = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QComboBox* m_actor = nullptr;
    QComboBox* m_table = nullptr;
    QLineEdit* m_record = nullptr;
    QComboBox* m_action = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QPushButton* m_export = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_detail = nullptr;
    QTableWidget* m_changes = nullptr;
};

} // namespace jinglao::ui
