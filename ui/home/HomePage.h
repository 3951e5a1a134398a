#pragma once
// 首页: the center at a glance, where the administrator starts the day — beds and the
// nursing-bed ratio, residents and caregivers, who is on duty, open referrals and this month's
// visit rate, what needs attention (every module's alerts; double-click or Enter opens the record
// an alert is about), the last 12 months in charts, and whether the data is backed up. A new
// center is told what is missing (beds, staff, a roster, history) instead of being shown alarming
// figures or charts of zeros.

#include "common/Page.h"
#include "modules/Alert.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace jinglao::ui {

class EmptyStateHint;
class PageHeader;
class TrendCharts;

class HomePage : public Page {
    Q_OBJECT

public:
    explicit HomePage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override;
    void refresh() override;

    // The alerts listed, most severe first.
    const QList<core::Alert>& alerts() const { return m_alerts; }
    // Asks for the record of the alert in this row of the list to be opened.
    void openAlert(int row);

Q_SIGNALS:
    void backupRequested();
    // The record an alert is about, to be opened on its page (MainWindow::openRecord).
    void recordRequested(const core::RecordRef& record);

private:
    void refreshFigures();
    void refreshAlerts();
    void refreshCharts();

    PageHeader* m_header = nullptr;
    QWidget* m_bedFigures = nullptr;
    QLabel* m_noBeds = nullptr;
    QLabel* m_beds = nullptr;
    QLabel* m_ratio = nullptr;
    QLabel* m_ratioCaption = nullptr;
    QLabel* m_occupancy = nullptr;
    QLabel* m_residents = nullptr;
    QLabel* m_assessmentsDue = nullptr;
    QWidget* m_staffFigures = nullptr;
    QLabel* m_noStaff = nullptr;
    QLabel* m_caregivers = nullptr;
    QLabel* m_perCaregiver = nullptr;
    QLabel* m_shortShifts = nullptr;
    QLabel* m_shortShiftsCaption = nullptr;
    QLabel* m_incidents = nullptr;
    QLabel* m_onDuty = nullptr;
    QLabel* m_onDutyCaption = nullptr;
    QLabel* m_openReferrals = nullptr;
    QLabel* m_away = nullptr;
    QLabel* m_visitRate = nullptr;
    QLabel* m_visitRateCaption = nullptr;
    QLabel* m_alertsHeading = nullptr;
    QTableWidget* m_alertTable = nullptr;
    EmptyStateHint* m_alertsEmpty = nullptr;
    QList<core::Alert> m_alerts;
    QLabel* m_chartsHeading = nullptr;
    QLabel* m_noHistory = nullptr;
    TrendCharts* m_charts = nullptr;
    QLabel* m_storage = nullptr;
    QPushButton* m_backupButton = nullptr;
};

} // namespace jinglao::ui
