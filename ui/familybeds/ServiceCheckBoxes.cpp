#include "familybeds/ServiceCheckBoxes.h"

#include "familybeds/FamilyBedCodes.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QShortcut>

namespace jinglao::ui {

ServiceCheckBoxes::ServiceCheckBoxes(bool withShortcuts, QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const core::CodeTable<core::VisitService>& table = core::familybeds::visitServices();
    const QList<core::VisitService> values = table.values();
    const int perRow = (static_cast<int>(values.size()) + 1) / 2;
    for (int i = 0; i < values.size(); ++i) {
        const QString label = withShortcuts
                                  ? QStringLiteral("%1 (%2)").arg(table.label(values.at(i))).arg(i + 1)
                                  : table.label(values.at(i));
        auto* box = new QCheckBox(label, this);
        if (withShortcuts) {
            // Toggled at once (a mnemonic would click a moment later, after a quick Ctrl+Enter).
            auto* shortcut =
                new QShortcut(QKeySequence(QKeyCombination(Qt::AltModifier, Qt::Key(Qt::Key_1 + i))), box);
            connect(shortcut, &QShortcut::activated, box, [box] {
                box->setFocus(Qt::ShortcutFocusReason);
                box->toggle();
            });
        }
        box->setObjectName(table.code(values.at(i)).toLower() + QStringLiteral("ServiceCheckBox"));
        box->setProperty("service", static_cast<int>(values.at(i)));
        layout->addWidget(box, i / perRow, i % perRow);
        m_boxes.append(box);
    }
}

QList<core::VisitService> ServiceCheckBoxes::services() const
{
    QList<core::VisitService> chosen;
    for (const QCheckBox* box : m_boxes) {
        if (box->isChecked())
            chosen.append(static_cast<core::VisitService>(box->property("service").toInt()));
    }
    return chosen;
}

void ServiceCheckBoxes::setServices(const QList<core::VisitService>& services)
{
    for (QCheckBox* box : std::as_const(m_boxes))
        box->setChecked(services.contains(static_cast<core::VisitService>(box->property("service").toInt())));
}

} // namespace jinglao::ui
