#pragma once
// 入住老人: the resident list (current and former, searchable by name, pinyin, ID tail and bed,
// filtered by category and care level) beside the selected resident's details.

#include "common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace jinglao::ui {

class ResidentDetailView;
class ResidentTableModel;

class ResidentsPage : public Page {
    Q_OBJECT

public:
    explicit ResidentsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("residents"); }
    QString title() const override;
    void refresh() override;

    // Selects the resident (showing all residents if the filter hides them).
    void showResident(const QString& residentUid);
    // Opens the admission dialog (non-modal for tests; it deletes itself when closed).
    void startAdmission();

    ResidentTableModel* model() const { return m_model; }
    ResidentDetailView* detailView() const { return m_detail; }

private:
    void applyFilter();
    void selectionChanged();

    ResidentTableModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_presence = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_careLevel = nullptr;
    QPushButton* m_admit = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table = nullptr;
    ResidentDetailView* m_detail = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace jinglao::ui
