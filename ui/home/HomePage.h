#pragma once
// 首页: the center at a glance, where the administrator starts the day — beds and the
// nursing-bed ratio, residents and caregivers, this month's staffing gaps and incidents, and
// whether the data is backed up. A new center is told what is missing (beds, staff, a roster)
// instead of being shown alarming figures.

#include "common/Page.h"

class QLabel;
class QPushButton;

namespace jinglao::ui {

class PageHeader;

class HomePage : public Page {
    Q_OBJECT

public:
    explicit HomePage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("home"); }
    QString title() const override;
    void refresh() override;

Q_SIGNALS:
    void backupRequested();

private:
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
    QLabel* m_storage = nullptr;
    QPushButton* m_backupButton = nullptr;
};

} // namespace jinglao::ui
