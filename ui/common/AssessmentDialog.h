#pragma once
// The GB/T 42195-2022 assessment form for one resident or one family-bed elder (the same form,
// rules and level computation, core::AssessmentService): the 26 items built from
// core::AssessmentItems, the raising rules, and the sums and level shown as the scores are
// chosen. A resident's falls, choking and wandering come from the shift log; a family-bed elder's
// are entered as reported. Each item's chooser is named "<item code>ComboBox"; submit() saves like
// the Save button. showRecorded() turns it into a read-only view of a stored assessment. Closing it
// with items scored asks first (GuardedDialog): one Esc must not throw away 26 answers.

#include "assessments/AssessmentItems.h"
#include "assessments/AssessmentService.h"
#include "common/FormDialog.h"

#include <QMap>

#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace jinglao::ui {

class AppContext;

class AssessmentDialog : public GuardedDialog {
    Q_OBJECT

public:
    using Subject = core::AssessmentService::Subject;

    AssessmentDialog(AppContext& context, const QString& residentUid, const QString& residentName,
                     QWidget* parent = nullptr);
    // subjectUid: the resident's or the family bed's uid, as subject says.
    AssessmentDialog(AppContext& context, Subject subject, const QString& subjectUid, const QString& name,
                     QWidget* parent = nullptr);

    // A read-only view of a recorded assessment (resident's or family bed's), deleted on close.
    static AssessmentDialog*
    openRecorded(AppContext& context, const core::AssessmentService::Assessment& assessment, QWidget* parent);

    // Shows a recorded assessment, read-only: the form as it was filled, with Close only.
    void showRecorded(const core::AssessmentService::Assessment& assessment);

    // Saves the assessment; on a refused input shows why and returns false.
    bool submit();
    const QString& savedUid() const { return m_savedUid; }
    QComboBox* scoreComboBox(const QString& itemCode) const { return m_scoreBoxes.value(itemCode); }

private:
    QWidget* createDimensionBox(core::AssessmentItems::Dimension dimension);
    QWidget* createRulesBox();
    void updateRiskEvents();
    void updateResult();
    void showRecordedResult();

    AppContext& m_context;
    Subject m_subject = Subject::Resident;
    QString m_residentUid; // the subject's uid (a resident's or a family bed's)
    QString m_savedUid;
    int m_loggedRiskEvents = 0;
    bool m_readOnly = false;
    std::optional<core::AssessmentService::Assessment> m_recorded;

    QDateEdit* m_dateEdit = nullptr;
    QComboBox* m_reasonBox = nullptr;
    QLineEdit* m_assessorEdit = nullptr;
    QLineEdit* m_noteEdit = nullptr;
    QMap<QString, QComboBox*> m_scoreBoxes;
    QMap<core::AssessmentItems::Dimension, QLabel*> m_dimensionLabels;
    QCheckBox* m_dementiaBox = nullptr;
    QCheckBox* m_psychiatricBox = nullptr;
    QCheckBox* m_comaBox = nullptr;
    QSpinBox* m_selfHarmSpin = nullptr;
    QSpinBox* m_reportedSpin = nullptr; // family beds: falls, choking, wandering … as reported
    QLabel* m_riskLabel = nullptr;
    QLabel* m_totalLabel = nullptr;
    QLabel* m_levelLabel = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace jinglao::ui
