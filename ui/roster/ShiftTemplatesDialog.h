#pragma once
// Edits the active shift templates: name, start, end and the minimum of caregivers per shift.
// submit() saves every row through RosterService::updateTemplate in turn.

#include "roster/ShiftTemplate.h"

#include <QDialog>

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
};

} // namespace jinglao::ui
