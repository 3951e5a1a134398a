#include "beds/BedDialog.h"

#include "beds/BedService.h"
#include "common/AppContext.h"
#include "common/DialogButtons.h"
#include "common/ErrorDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

BedDialog::BedDialog(AppContext& context, const QString& bedUid, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_bedUid(bedUid)
{
    setObjectName(QStringLiteral("bedDialog"));
    setWindowTitle(bedUid.isEmpty() ? tr("Add a bed") : tr("Edit bed"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const auto line = [this](const QString& name, int length) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setMaxLength(length);
        return edit;
    };
    m_building = line(QStringLiteral("buildingLineEdit"), 32);
    m_building->setPlaceholderText(tr("e.g. A"));
    m_floor = line(QStringLiteral("floorLineEdit"), 16);
    m_floor->setPlaceholderText(tr("e.g. 1"));
    m_room = line(QStringLiteral("roomLineEdit"), 16);
    m_room->setPlaceholderText(tr("e.g. 101"));
    m_code = line(QStringLiteral("codeLineEdit"), 32);
    m_code->setPlaceholderText(tr("empty: next number in the room, e.g. A-101-3"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    m_type->addItem(core::bedTypeCodes().label(core::BedType::Nursing),
                    core::bedTypeCodes().code(core::BedType::Nursing));
    m_type->addItem(core::bedTypeCodes().label(core::BedType::General),
                    core::bedTypeCodes().code(core::BedType::General));
    m_dementia = new QCheckBox(tr("In the dementia care unit"), this);
    m_dementia->setObjectName(QStringLiteral("dementiaCheckBox"));
    form->addRow(tr("Building"), m_building);
    form->addRow(tr("Floor"), m_floor);
    form->addRow(tr("Room"), m_room);
    form->addRow(tr("Bed code"), m_code);
    form->addRow(tr("Bed type"), m_type);
    form->addRow(QString(), m_dementia);
    layout->addLayout(form);
    layout->addWidget(makeOkCancelButtons(this, [this] { submit(); }));

    if (!bedUid.isEmpty()) {
        const core::Bed bed = core::BedService(context.database()).bed(context.actor(), bedUid);
        m_building->setText(bed.building);
        m_floor->setText(bed.floor);
        m_room->setText(bed.room);
        m_code->setText(bed.code);
        m_type->setCurrentIndex(m_type->findData(core::bedTypeCodes().code(bed.type)));
        m_dementia->setChecked(bed.dementiaUnit);
    }
    setMinimumWidth(380);
}

bool BedDialog::submit()
{
    core::Bed bed;
    bed.uid = m_bedUid;
    bed.building = m_building->text();
    bed.floor = m_floor->text();
    bed.room = m_room->text();
    bed.code = m_code->text();
    bed.type =
        core::bedTypeCodes().fromCode(m_type->currentData().toString()).value_or(core::BedType::General);
    bed.dementiaUnit = m_dementia->isChecked();
    const bool done = runGuarded(this, [&] {
        core::BedService beds(m_context.database());
        if (m_bedUid.isEmpty())
            m_bedUid = beds.addBed(m_context.actor(), bed);
        else
            beds.updateBed(m_context.actor(), bed);
    });
    if (!done)
        return false;
    m_context.notifyDataChanged();
    accept();
    return true;
}

} // namespace jinglao::ui
