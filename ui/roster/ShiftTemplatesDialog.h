#pragma once
// Edits the active shift templates (name, start, end and the minimum of caregivers per shift) and
// the monthly norm overtime is counted against. submit() saves every row through
// RosterService::updateTemplate in turn, and the norm through RosterService::setMonthlyNorm.

#include "roster/ShiftTemplate.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QTableWidget;

namespace jinglao::ui {

class AppContext;

class ShiftTemplatesDialog : public QDialog {
    Q_OBJECT

public:
    explicit ShiftTemplatesDialog(AppContext& context, QWidget* parent = nullptr);
    bool submit();
    QTableWidget* table() const { return m_table; }

private:
    AppContext& m_context;
    QList<core::ShiftTemplate> m_templates;
    QTableWidget* m_table;
    QComboBox* m_norm = nullptr;
    QDoubleSpinBox* m_caregiverTarget = nullptr;
};

} // namespace jinglao::ui
