#pragma once
// 月度覆盖: any month's coverage of the family beds: active beds, special-difficulty beds, those
// visited and the visit rate (empty, "None", while there are no special-difficulty elders — never
// 0 % or 100 %), visits in person, planned against done per bed, the special-difficulty elders
// not yet visited with the days left, and the staff's visit plan to print or export.

#include "familybeds/FamilyBed.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class AppContext;
class CoverageTableModel;

class CoveragePanel : public QWidget {
    Q_OBJECT

public:
    explicit CoveragePanel(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    void setMonth(const QDate& anyDayOfMonth);
    QDate month() const;
    const core::MonthCoverage& coverage() const { return m_coverage; }
    CoverageTableModel* model() const { return m_model; }

    // The plan's exports (the buttons ask for the file first); false when refused.
    bool exportPlanXlsx(const QString& path);
    bool exportPlanPdf(const QString& path);
    void printPlan();

private:
    void askExport(bool pdf);

    AppContext& m_context;
    core::MonthCoverage m_coverage;
    QDateEdit* m_month = nullptr;
    QLabel* m_activeValue = nullptr;
    QLabel* m_specialValue = nullptr;
    QLabel* m_visitedValue = nullptr;
    QLabel* m_rateValue = nullptr;
    QLabel* m_rateCaption = nullptr;
    QLabel* m_visitsValue = nullptr;
    QLabel* m_inPersonValue = nullptr;
    QTableView* m_table = nullptr;
    CoverageTableModel* m_model = nullptr;
    QLabel* m_unvisitedTitle = nullptr;
    QListWidget* m_unvisited = nullptr;
};

} // namespace jinglao::ui
