#include "beds/RoomBedsDialog.h"

#include "beds/BedService.h"
#include "common/AppContext.h"
#include "common/DialogButtons.h"
#include "common/ErrorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace jinglao::ui {

RoomBedsDialog::RoomBedsDialog(AppContext& context, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("roomBedsDialog"));
    setWindowTitle(tr("Add a room's beds"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_building = new QLineEdit(this);
    m_building->setObjectName(QStringLiteral("buildingLineEdit"));
    m_building->setPlaceholderText(tr("e.g. A"));
    m_floor = new QLineEdit(this);
    m_floor->setObjectName(QStringLiteral("floorLineEdit"));
    m_floor->setPlaceholderText(tr("e.g. 1"));
    m_room = new QLineEdit(this);
    m_room->setObjectName(QStringLiteral("roomLineEdit"));
    m_room->setPlaceholderText(tr("e.g. 101"));
    m_count = new QSpinBox(this);
    m_count->setObjectName(QStringLiteral("countSpinBox"));
    m_count->setRange(1, 20);
    m_count->setValue(2);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(core::bedTypeCodes().label(core::BedType::Nursing),
                    core::bedTypeCodes().code(core::BedType::Nursing));
    m_type->addItem(core::bedTypeCodes().label(core::BedType::General),
                    core::bedTypeCodes().code(core::BedType::General));
    m_dementia = new QCheckBox(tr("In the dementia care unit"), this);
    m_dementia->setObjectName(QStringLiteral("dementiaCheckBox"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setStyleSheet(QStringLiteral("color: #555;"));
    form->addRow(tr("Building"), m_building);
    form->addRow(tr("Floor"), m_floor);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Number of beds"), m_count);
    form->addRow(tr("Bed type"), m_type);
    form->addRow(QString(), m_dementia);
    form->addRow(tr("New codes"), m_preview);
    layout->addLayout(form);
    layout->addWidget(makeOkCancelButtons(
        this, [this] { submit(); }, tr("Add beds")));
    for (QLineEdit* edit : {m_building, m_room})
        connect(edit, &QLineEdit::textChanged, this, &RoomBedsDialog::updatePreview);
    connect(m_count, &QSpinBox::valueChanged, this, &RoomBedsDialog::updatePreview);
    updatePreview();
    setMinimumWidth(380);
}

void RoomBedsDialog::updatePreview()
{
    const QString building = m_building->text().trimmed();
    const QString room = m_room->text().trimmed();
    if (room.isEmpty()) {
        m_preview->setText(tr("(enter the room)"));
        return;
    }
    const QString first = core::BedService(m_context.database()).nextCodeInRoom(building, room);
    const int start = first.section(QLatin1Char('-'), -1).toInt();
    const QString prefix = first.left(first.size() - QString::number(start).size());
    m_preview->setText(
        m_count->value() == 1
            ? first
            : QStringLiteral("%1 … %2%3").arg(first, prefix).arg(start + m_count->value() - 1));
}

bool RoomBedsDialog::submit()
{
    const bool done = runGuarded(this, [&] {
        m_added = core::BedService(m_context.database())
                      .addRoomBeds(m_context.actor(), m_building->text(), m_floor->text(), m_room->text(),
                                   m_count->value(),
                                   core::bedTypeCodes()
                                       .fromCode(m_type->currentData().toString())
                                       .value_or(core::BedType::General),
                                   m_dementia->isChecked());
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
