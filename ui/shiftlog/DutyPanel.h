#pragma once
// 当班: the nurse on duty opens their shift, reads and accepts the previous handover, writes
// entries and incidents, and closes the shift with a handover note.

#include "shiftlog/ShiftLogService.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimer;

namespace jinglao::ui {

class AppContext;
class PersonPicker;

class DutyPanel : public QWidget {
    Q_OBJECT

public:
    static constexpr int WaitSeconds = 30;

    explicit DutyPanel(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    // The open session shown, if any.
    const std::optional<core::ShiftLogService::Session>& session() const { return m_session; }
    // Prepares the entry form to correct this (possibly older) entry.
    void startCorrection(const core::ShiftLogService::Entry& entry);

    // The actions behind the buttons, for tests and the buttons alike; false when refused.
    // Opening accepts the handover too when it is there to read (接班); when the preceding shift
    // is still open, acceptHandover (确认接班) follows once it has closed.
    bool openSelectedShift();
    bool acceptHandover();
    bool addEntry();          // also Ctrl+Enter in the entry form
    bool editSelectedEntry(); // loads the entry into the form; addEntry() then saves it
    bool deleteSelectedEntry();
    bool followUpSelectedIncident();
    // Asks first; says so when the shift is closed.
    bool closeShift();
    // Reads the handover again (what the wait timer does).
    void recheckHandover();

Q_SIGNALS:
    void logChanged();

private:
    void loadStaff();
    void loadShifts();
    void loadResidents();
    void showSession();
    // Shows the handover; returns whether it can be accepted now.
    bool showHandover(const core::ShiftLogService::Handover& handover);
    void clearForm();
    QString chosenStaffUid() const;
    // Enables what has something to act on: a typed entry, a selected entry or incident, a
    // handover note; the incident time only with an incident.
    void updateActions();
    // Highlights where the nurse is in 接班 → 记录 → 交班.
    void showStep();
    // The incident time field: now, or the entry's own time.
    void setOccurrence(const core::ShiftLogService::Entry* entry);

    AppContext& m_context;
    core::ShiftLogService m_service;
    std::optional<core::ShiftLogService::Session> m_session;
    QString m_correctsUid;
    QString m_resolvesUid;
    QString m_editingUid;
    // "Shift … closed and handed over": stays shown until the next shift is chosen or opened.
    QString m_closedMessage;

    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_onBehalfLabel = nullptr;
    // While the preceding shift is still open the handover is read again every WaitSeconds.
    QTimer* m_waitTimer = nullptr;
    PersonPicker* m_staffCombo = nullptr;
    QComboBox* m_shiftCombo = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLabel* m_stepsLabel = nullptr;
    QWidget* m_sessionWidget = nullptr;
    // Handover on the left, this shift's entries on the right; before a shift is opened the
    // handover takes the whole width.
    QHBoxLayout* m_columns = nullptr;
    QGroupBox* m_closeBox = nullptr;
    QGroupBox* m_entriesBox = nullptr;
    QGroupBox* m_formBox = nullptr;
    QLabel* m_previousLabel = nullptr;
    QListWidget* m_incidentsList = nullptr;
    QPushButton* m_followUpButton = nullptr;
    QPushButton* m_acceptButton = nullptr;
    QLabel* m_acceptedLabel = nullptr;
    QTableWidget* m_entriesTable = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_modeLabel = nullptr;
    QPushButton* m_cancelModeButton = nullptr;
    QPlainTextEdit* m_summaryEdit = nullptr;
    PersonPicker* m_residentCombo = nullptr;
    QComboBox* m_incidentCombo = nullptr;
    QLabel* m_occurredLabel = nullptr;
    QDateTimeEdit* m_occurredEdit = nullptr;
    QPushButton* m_addButton = nullptr;
    QPlainTextEdit* m_handoverEdit = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace jinglao::ui
