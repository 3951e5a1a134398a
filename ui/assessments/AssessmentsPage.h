#pragma once
// The "assessments" page: who is due for an ability assessment, the assessment form for the
// selected resident, the re-assessment interval and the recent assessments.

#include "common/Page.h"

class QPushButton;
class QSpinBox;
class QTableView;

namespace jinglao::ui {

class AssessmentDialog;
class EmptyStateHint;
class PageHeader;
class AssessmentListModel;
class DueListModel;

class AssessmentsPage : public Page {
    Q_OBJECT

public:
    explicit AssessmentsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("assessments"); }
    QString title() const override;
    void refresh() override;

    // Opens the form for the selected due resident (window-modal, not blocking) and returns it,
    // or nullptr when none is selected. Tests fill and submit it.
    AssessmentDialog* assessSelected();
    // Opens the selected recent assessment read-only, or returns nullptr when none is selected.
    AssessmentDialog* viewSelected();
    // Withdraws the selected recent assessment (entered by mistake); the button asks first and
    // passes confirmed = true. Returns whether it was withdrawn.
    bool withdrawSelected(bool confirmed);

private:
    void updateActions();
    void saveInterval();

    PageHeader* m_header = nullptr;
    DueListModel* m_dueModel = nullptr;
    AssessmentListModel* m_recentModel = nullptr;
    QTableView* m_dueView = nullptr;
    QTableView* m_recentView = nullptr;
    EmptyStateHint* m_dueEmpty = nullptr;
    EmptyStateHint* m_recentEmpty = nullptr;
    QPushButton* m_assessButton = nullptr;
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_withdrawButton = nullptr;
    QPushButton* m_reportButton = nullptr;
    QSpinBox* m_intervalSpin = nullptr;
    QPushButton* m_saveIntervalButton = nullptr;
};

} // namespace jinglao::ui
