#pragma once
// 家庭养老床位: elders cared for at home under an agreement with the center. Three tabs: the
// registry with agreements (administrators register and edit), the entry of home visits (nurses
// enter a round by keyboard) and the month's coverage with the staff's visit plan.

#include "common/Page.h"

class QPushButton;
class QTabWidget;

namespace jinglao::ui {

class CoveragePanel;
class FamilyBedRegistry;
class HomeVisitEntry;
class PageHeader;

class FamilyBedsPage : public Page {
    Q_OBJECT

public:
    explicit FamilyBedsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("familybeds"); }
    QString title() const override;
    void refresh() override;
    bool showsRecordsOf(const QString& table) const override;
    bool openRecord(const core::RecordRef& record) override;

    FamilyBedRegistry* registry() const { return m_registry; }
    HomeVisitEntry* visitEntry() const { return m_entry; }
    CoveragePanel* coverage() const { return m_coverage; }
    QTabWidget* tabs() const { return m_tabs; }

    // Opens the registration dialog; the new elder is shown when it was registered.
    void registerElder();

private:
    void updateSummary();
    void chooseStartingTab();

    PageHeader* m_header = nullptr;
    QPushButton* m_register = nullptr;
    QTabWidget* m_tabs = nullptr;
    FamilyBedRegistry* m_registry = nullptr;
    HomeVisitEntry* m_entry = nullptr;
    CoveragePanel* m_coverage = nullptr;
};

} // namespace jinglao::ui
