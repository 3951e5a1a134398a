#include "staff/StaffDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace jinglao::ui {

StaffDialog::StaffDialog(AppContext& context, const core::StaffMember& member, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_uid(member.uid)
{
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(member.uid.isEmpty() ? tr("Add staff member") : tr("Edit staff member"));
    auto* layout = new QFormLayout(this);
    m_name = new QLineEdit(member.name, this);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    layout->addRow(tr("Name"), m_name);
    m_idNumber = new QLineEdit(member.idNumber, this);
    m_idNumber->setObjectName(QStringLiteral("idNumberLineEdit"));
    layout->addRow(tr("ID number"), m_idNumber);
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (core::StaffRole role : core::staffRoleCodes().values())
        m_role->addItem(core::staffRoleCodes().label(role), core::staffRoleCodes().code(role));
    m_role->setCurrentIndex(m_role->findData(core::staffRoleCodes().code(member.role)));
    layout->addRow(tr("Role"), m_role);
    m_skill = new QSpinBox(this);
    m_skill->setObjectName(QStringLiteral("skillLevelSpinBox"));
    m_skill->setRange(0, 5);
    m_skill->setSpecialValueText(tr("none"));
    m_skill->setValue(member.skillLevel);
    m_skill->setToolTip(tr("Vocational skill level 1–5, caregivers only"));
    layout->addRow(tr("Skill level"), m_skill);
    m_hire = makeDateEdit(this, member.hireDate.isValid() ? member.hireDate : core::Clock::today(),
                          QStringLiteral("hireDateEdit"));
    layout->addRow(tr("Hire date"), m_hire);
    auto* leaveRow = new QHBoxLayout;
    m_hasLeft = new QCheckBox(tr("Has left on"), this);
    m_hasLeft->setObjectName(QStringLiteral("hasLeftCheckBox"));
    m_hasLeft->setChecked(member.leaveDate.isValid());
    m_leave = makeDateEdit(this, member.leaveDate.isValid() ? member.leaveDate : core::Clock::today(),
                           QStringLiteral("leaveDateEdit"));
    m_leave->setEnabled(member.leaveDate.isValid());
    leaveRow->addWidget(m_hasLeft);
    leaveRow->addWidget(m_leave, 1);
    layout->addRow(tr("Leave date"), leaveRow);
    m_phone = new QLineEdit(member.phone, this);
    m_phone->setObjectName(QStringLiteral("phoneLineEdit"));
    layout->addRow(tr("Phone"), m_phone);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("staffButtonBox"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("saveStaffButton"));
    layout->addRow(buttons);

    connect(m_hasLeft, &QCheckBox::toggled, m_leave, &QWidget::setEnabled);
    connect(m_role, &QComboBox::currentIndexChanged, this, &StaffDialog::updateSkillLevel);
    connect(buttons, &QDialogButtonBox::accepted, this, &StaffDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSkillLevel();
}

void StaffDialog::updateSkillLevel()
{
    const bool caregiver =
        m_role->currentData().toString() == core::staffRoleCodes().code(core::StaffRole::Caregiver);
    m_skill->setEnabled(caregiver);
    if (!caregiver)
        m_skill->setValue(0);
}

bool StaffDialog::submit()
{
    core::StaffMember member;
    member.uid = m_uid;
    member.name = m_name->text();
    member.idNumber = m_idNumber->text();
    member.role =
        core::staffRoleCodes().fromCode(m_role->currentData().toString()).value_or(core::StaffRole::Other);
    member.skillLevel = m_skill->value();
    member.hireDate = m_hire->date();
    member.leaveDate = m_hasLeft->isChecked() ? m_leave->date() : QDate();
    member.phone = m_phone->text();
    const bool saved = runGuarded(this, [&] {
        core::StaffService service(m_context.database());
        if (m_uid.isEmpty())
            m_uid = service.add(m_context.actor(), member);
        else
            service.update(m_context.actor(), member);
    });
    if (saved) {
        m_context.notifyDataChanged();
        accept();
    }
    return saved;
}

} // namespace jinglao::ui
