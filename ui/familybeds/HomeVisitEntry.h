#pragma once
// 上门服务录入: a nurse back from a round enters its visits one after another without leaving the
// keyboard. Ctrl+Enter saves and clears the form for the next visit of the round (date and staff
// member stay, the start time moves on to the end of the visit); core's refusal is shown beside
// the form and nothing is saved. The round's visits are listed beside it, to be corrected (with
// a reason) or withdrawn.

#include "familybeds/FamilyBed.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace jinglao::ui {

class AppContext;
class FamilyBedPicker;
class FormMessage;
class ServiceCheckBoxes;

class HomeVisitEntry : public QWidget {
    Q_OBJECT

public:
    explicit HomeVisitEntry(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    // Loads the visit into the form; saving then corrects it (a reason is required).
    void startCorrection(const core::HomeVisit& visit);
    bool isCorrecting() const { return !m_correctingUid.isEmpty(); }
    // Saves the form (Ctrl+Enter); false, with the refusal beside the form, when core refuses.
    bool save();
    // The round's visit selected beside the form, withdrawn with a reason (a dialog).
    void withdrawSelected();
    // Where the keyboard starts: the family bed.
    void focusFirstField();

Q_SIGNALS:
    void visitsChanged();

protected:
    // Shown, the form takes the keyboard at the family bed (unless a field of it has it).
    void showEvent(QShowEvent* event) override;

private:
    void loadStaff();
    void loadRound();
    void dayChanged();
    void clearForNextVisit();
    void leaveCorrection();
    QString chosenStaffUid() const;

    AppContext& m_context;
    bool m_loaded = false; // the lists are read by the first refresh() or show, not when built
    QString m_correctingUid;
    QList<core::HomeVisit> m_round;
    QLabel* m_readOnly = nullptr;
    QGroupBox* m_formBox = nullptr;
    FamilyBedPicker* m_picker = nullptr;
    QDateEdit* m_date = nullptr;
    QTimeEdit* m_start = nullptr;
    QSpinBox* m_minutes = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_method = nullptr;
    ServiceCheckBoxes* m_services = nullptr;
    QLineEdit* m_problems = nullptr;
    QLineEdit* m_actions = nullptr;
    QComboBox* m_satisfaction = nullptr;
    QLineEdit* m_notes = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_mode = nullptr;
    QPushButton* m_cancelCorrection = nullptr;
    FormMessage* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QGroupBox* m_roundBox = nullptr;
    QTableWidget* m_roundTable = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace jinglao::ui
