#pragma once
// The "Assessments" tab of the resident detail view: the resident's care level, when the next
// assessment is due, their assessments, and the buttons to assess them, open one or print its
// report.

#include "assessments/AssessmentService.h"
#include "residents/ResidentSection.h"

class QLabel;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class AppContext;
class AssessmentDialog;
class AssessmentListModel;

class ResidentAssessmentsSection : public ResidentSection {
    Q_OBJECT

public:
    ResidentAssessmentsSection(AppContext& context, QWidget* parent = nullptr);

    void setResident(const QString& residentUid) override;
    void refresh();

    // Open the form for this resident / the selected assessment read-only (not blocking);
    // nullptr when there is nothing to open.
    AssessmentDialog* assessResident();
    AssessmentDialog* viewSelected();
    // The assessment selected; an empty one (no uid) when none is.
    core::AssessmentService::Assessment selectedAssessment() const;

private:
    void updateActions();

    AppContext& m_context;
    QString m_residentUid;
    QString m_residentName;
    bool m_current = false;
    AssessmentListModel* m_model = nullptr;
    QLabel* m_levelLabel = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_assessButton = nullptr;
    QPushButton* m_viewButton = nullptr;
    QPushButton* m_reportButton = nullptr;
};

} // namespace jinglao::ui
