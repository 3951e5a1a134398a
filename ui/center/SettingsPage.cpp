#include "center/SettingsPage.h"

#include "center/CenterForm.h"
#include "center/CenterService.h"
#include "common/AppContext.h"
#include "common/Error.h"
#include "common/PageHeader.h"
#include "storage/BackupFolder.h"
#include "storage/BackupService.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
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

    auto* backups = new QGroupBox(tr("Automatic backups"), this);
    auto* backupsLayout = new QVBoxLayout(backups);
    m_backupFolder = new QLabel(backups);
    m_backupFolder->setObjectName(QStringLiteral("backupFolderLabel"));
    m_backupFolder->setWordWrap(true);
    m_backupFolder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    backupsLayout->addWidget(m_backupFolder);
    auto* keptForm = new QFormLayout();
    m_keptDaily = new QSpinBox(backups);
    m_keptDaily->setObjectName(QStringLiteral("keptDailyBackupsSpinBox"));
    m_keptDaily->setRange(1, core::BackupService::MostKeptDailyBackups);
    m_keptDaily->setSuffix(tr(" backups"));
    // The same "name:" label as the center's form above (full-width colon in Chinese).
    keptForm->addRow(QCoreApplication::translate("jinglao::ui::CenterForm", "%1:")
                         .arg(core::BackupService::keptDailyBackupsLabel()),
                     m_keptDaily);
    backupsLayout->addLayout(keptForm);
    m_backupMessage = new QLabel(backups);
    m_backupMessage->setObjectName(QStringLiteral("backupSettingsMessageLabel"));
    m_backupMessage->setWordWrap(true);
    backupsLayout->addWidget(m_backupMessage);
    auto* saveBackups = new QPushButton(tr("Save"), backups);
    saveBackups->setObjectName(QStringLiteral("saveBackupSettingsButton"));
    backupsLayout->addWidget(saveBackups, 0, Qt::AlignRight);
    backups->setMaximumWidth(640);
    layout->addWidget(backups);
    layout->addStretch(1);
    connect(m_save, &QPushButton::clicked, this, [this] { saveCenter(); });
    connect(saveBackups, &QPushButton::clicked, this, [this] { saveBackupSettings(); });
}

bool SettingsPage::isAvailableTo(const core::Actor& actor) const
{
    return actor.can(core::Permission::ManageSettings);
}

void SettingsPage::refresh()
{
    m_form->setProfile(core::CenterService(context().database()).profile());
    m_message->clear();
    m_backupFolder->setText(
        tr("Each day at the first start, before every upgrade of the database and before every import, a "
           "checked backup is written to %1. The daily backups beyond the number below are removed, oldest "
           "first; the others are kept until you remove them.")
            .arg(QDir::toNativeSeparators(core::BackupFolder(context().database().path()).path())));
    m_keptDaily->setValue(core::BackupService(context().database()).keptDailyBackups());
    m_backupMessage->clear();
}

bool SettingsPage::saveBackupSettings()
{
    try {
        core::BackupService(context().database())
            .setKeptDailyBackups(context().actor(), m_keptDaily->value());
    } catch (const core::Error& error) {
        m_backupMessage->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_backupMessage->setText(error.message());
        return false;
    }
    m_backupMessage->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_backupMessage->setText(tr("Saved."));
    return true;
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
