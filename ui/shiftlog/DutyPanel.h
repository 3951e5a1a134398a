#pragma once
// 当班: the nurse on duty opens their shift, reads and accepts the previous handover, writes
// entries and incidents, and closes the shift with a handover note.

#include "shiftlog/ShiftLogService.h"

#include <QWidget>

#include <optional>

class QComboBox;
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
    bool openSelectedShift();
    bool acceptHandover();
    bool addEntry();
    bool editSelectedEntry(); // loads the entry into the form; addEntry() then saves it
    bool deleteSelectedEntry();
    bool followUpSelectedIncident();
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

    AppContext& m_context;
    core::ShiftLogService m_service;
    std::optional<core::ShiftLogService::Session> m_session;
    QString m_correctsUid;
    QString m_resolvesUid;
    QString m_editingUid;

    QLabel* m_readOnlyLabel = nullptr;
    QLabel* m_onBehalfLabel = nullptr;
    // While the preceding shift is still open the handover is read again every WaitSeconds.
    QTimer* m_waitTimer = nullptr;
    QComboBox* m_staffCombo = nullptr;
    QComboBox* m_shiftCombo = nullptr;
    QPushButton* m_openButton = nullptr;
    QLabel* m_statusLabel = nullptr;
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
    QComboBox* m_residentCombo = nullptr;
    QComboBox* m_incidentCombo = nullptr;
    QPushButton* m_addButton = nullptr;
    QPlainTextEdit* m_handoverEdit = nullptr;
    QPushButton* m_closeButton = nullptr;
};

} // namespace jinglao::ui
