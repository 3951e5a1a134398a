#include "center/SettingsPage.h"

#include "center/CenterForm.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Error.h"
#include "common/PageHeader.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace jinglao::ui {

SettingsPage::SettingsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
{
    m_header = new PageHeader(title(), this);
    m_header->setSummary(tr("The center's details appear in the window title, on every printed or exported "
                            "document and in the county package."));
    QVBoxLayout* layout = PageHeader::pageLayout(this, m_header);

    auto* group = new QGroupBox(tr("The center"), this);
    auto* groupLayout = new QVBoxLayout(group);
    m_form = new CenterForm(group);
    groupLayout->addWidget(m_form);
    m_message = new QLabel(group);
    m_message->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_message->setWordWrap(true);
    groupLayout->addWidget(m_message);
    m_save = new QPushButton(tr("Save"), group);
    m_save->setObjectName(QStringLiteral("saveCenterButton"));
    groupLayout->addWidget(m_save, 0, Qt::AlignRight);
    group->setMaximumWidth(640);
    layout->addWidget(group);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCenter(); });
}

bool SettingsPage::isAvailableTo(const core::Actor& actor) const
{
    return actor.can(core::Permission::ManageSettings);
}

void SettingsPage::refresh()
{
    m_form->setProfile(core::CenterService(context().database()).profile());
    m_message->clear();
}

bool SettingsPage::saveCenter()
{
    try {
        core::CenterService(context().database()).save(context().actor(), m_form->profile());
    } catch (const core::Error& error) {
        m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_message->setText(error.message());
        return false;
    }
    m_form->setProfile(core::CenterService(context().database()).profile());
    m_message->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_message->setText(tr("Saved."));
    context().notifyDataChanged();
    return true;
}

} // namespace jinglao::ui
