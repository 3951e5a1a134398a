#include "roster/ShiftTemplatesDialog.h"

#include "common/AppContext.h"
#include "common/ErrorDialog.h"
#include "roster/RosterService.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace jinglao::ui {

namespace {
enum Column { CodeColumn, NameColumn, StartColumn, EndColumn, MinimumColumn, ColumnCount };
}

ShiftTemplatesDialog::ShiftTemplatesDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("shiftTemplatesDialog"));
    setWindowTitle(tr("Shift templates"));
    resize(640, 300);
    auto* layout = new QVBoxLayout(this);
    auto* note =
        new QLabel(tr("A shift whose end is not after its start ends the next day. Changed times apply to "
                      "shifts rostered from now on."),
                   this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("shiftTemplatesTableWidget"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Start"), tr("End"), tr("Minimum caregivers")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    runGuarded(this,
               [&] { m_templates = core::RosterService(context.database()).templates(context.actor()); });
    m_table->setRowCount(static_cast<int>(m_templates.size()));
    for (int row = 0; row < m_templates.size(); ++row) {
        const core::ShiftTemplate& t = m_templates.at(row);
        auto* code = new QTableWidgetItem(t.code);
        code->setFlags(code->flags() & ~Qt::ItemIsEditable);
        m_table->setItem(row, CodeColumn, code);
        m_table->setItem(row, NameColumn, new QTableWidgetItem(t.label()));
        auto* start = new QTimeEdit(t.start, m_table);
        start->setDisplayFormat(QStringLiteral("HH:mm"));
        m_table->setCellWidget(row, StartColumn, start);
        auto* end = new QTimeEdit(t.end, m_table);
        end->setDisplayFormat(QStringLiteral("HH:mm"));
        m_table->setCellWidget(row, EndColumn, end);
        auto* minimum = new QSpinBox(m_table);
        minimum->setRange(0, 99);
        minimum->setValue(t.minCaregivers);
        m_table->setCellWidget(row, MinimumColumn, minimum);
    }
    layout->addWidget(m_table, 1);
    auto* normRow = new QHBoxLayout;
    m_norm = new QComboBox(this);
    m_norm->setObjectName(QStringLiteral("monthlyNormComboBox"));
    for (core::MonthlyNorm norm : core::monthlyNormCodes().values())
        m_norm->addItem(core::monthlyNormCodes().label(norm), static_cast<int>(norm));
    m_norm->setCurrentIndex(
        m_norm->findData(static_cast<int>(core::RosterService(context.database()).monthlyNorm())));
    m_norm->setEnabled(context.actor().can(core::Permission::ManageSettings));
    normRow->addWidget(new QLabel(tr("Overtime (more than 36 hours a month warns) is counted above:"), this));
    normRow->addWidget(m_norm, 1);
    layout->addLayout(normRow);
    // The center's own target of residents per caregiver; the lowest value of the box means none.
    auto* targetRow = new QHBoxLayout;
    m_caregiverTarget = new QDoubleSpinBox(this);
    m_caregiverTarget->setObjectName(QStringLiteral("caregiverTargetSpinBox"));
    m_caregiverTarget->setDecimals(1);
    m_caregiverTarget->setSingleStep(0.5);
    m_caregiverTarget->setRange(core::RosterService::MinCaregiverTarget - 0.1,
                                core::RosterService::MaxCaregiverTarget);
    m_caregiverTarget->setSpecialValueText(tr("No target"));
    m_caregiverTarget->setValue(
        core::RosterService(context.database()).caregiverTarget().value_or(m_caregiverTarget->minimum()));
    m_caregiverTarget->setEnabled(context.actor().can(core::Permission::ManageSettings));
    auto* targetLabel = new QLabel(tr("%1 (at most this many residents for each caregiver; the monthly "
                                      "report and the alerts compare with it):")
                                       .arg(core::RosterService::caregiverTargetLabel()),
                                   this);
    targetLabel->setWordWrap(true);
    targetLabel->setBuddy(m_caregiverTarget);
    targetRow->addWidget(targetLabel, 1);
    targetRow->addWidget(m_caregiverTarget);
    layout->addLayout(targetRow);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ShiftTemplatesDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool ShiftTemplatesDialog::submit()
{
    const bool saved = runGuarded(this, [&] {
        core::RosterService service(m_context.database());
        for (int row = 0; row < m_templates.size(); ++row) {
            core::ShiftTemplate t = m_templates.at(row);
            t.name = m_table->item(row, NameColumn)->text();
            t.start = qobject_cast<QTimeEdit*>(m_table->cellWidget(row, StartColumn))->time();
            t.end = qobject_cast<QTimeEdit*>(m_table->cellWidget(row, EndColumn))->time();
            t.minCaregivers = qobject_cast<QSpinBox*>(m_table->cellWidget(row, MinimumColumn))->value();
            service.updateTemplate(m_context.actor(), t);
        }
        const auto norm = static_cast<core::MonthlyNorm>(m_norm->currentData().toInt());
        if (norm != service.monthlyNorm())
            service.setMonthlyNorm(m_context.actor(), norm);
        const std::optional<double> target = m_caregiverTarget->value() == m_caregiverTarget->minimum()
                                                 ? std::nullopt
                                                 : std::optional<double>(m_caregiverTarget->value());
        if (target != service.caregiverTarget())
            service.setCaregiverTarget(m_context.actor(), target);
    });
    if (saved) {
        m_context.notifyDataChanged();
        accept();
    }
    return saved;
}

} // namespace jinglao::ui
