#pragma once
// One resident at a glance: personal data (masked for roles without ViewPersonalData), bed
// and stay history, the actions on them, and the tabs other modules add (UiModule::
// residentSections, taken from the AppContext's modules when the view is made).

#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QFormLayout;

namespace jinglao::ui {

class AppContext;
class ResidentSection;

class ResidentDetailView : public QWidget {
    Q_OBJECT

public:
    explicit ResidentDetailView(AppContext& context, QWidget* parent = nullptr);

    void addSection(const QString& title, ResidentSection* section);
    void setResident(const QString& residentUid);
    const QString& residentUid() const { return m_residentUid; }
    void refresh();

Q_SIGNALS:
    // A dialog opened from here changed data.
    void residentChanged(const QString& residentUid);

private:
    void editResident();
    void transferResident();
    void dischargeResident();
    void readmitResident();

    AppContext& m_context;
    QString m_residentUid;
    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_transfer = nullptr;
    QPushButton* m_discharge = nullptr;
    QPushButton* m_readmit = nullptr;
    QPushButton* m_bedCard = nullptr;
    QPushButton* m_admissionRecord = nullptr;
    QTabWidget* m_tabs = nullptr;
    QWidget* m_personal = nullptr;
    QFormLayout* m_personalForm = nullptr;
    QTableWidget* m_bedHistory = nullptr;
    QTableWidget* m_stays = nullptr;
    QList<ResidentSection*> m_sections;
};

} // namespace jinglao::ui
