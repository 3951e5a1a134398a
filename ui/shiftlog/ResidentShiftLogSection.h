#pragma once
// The resident detail view's 交接班记录 tab: the resident's shift-log entries, newest first, with
// incidents highlighted and the risk events of the last 30 days counted.

#include "residents/ResidentSection.h"

class QLabel;
class QTableWidget;

namespace jinglao::ui {

class AppContext;

class ResidentShiftLogSection : public ResidentSection {
    Q_OBJECT

public:
    explicit ResidentShiftLogSection(AppContext& context, QWidget* parent = nullptr);

    void setResident(const QString& residentUid) override;

private:
    AppContext& m_context;
    QLabel* m_summaryLabel = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace jinglao::ui
