#pragma once
// 设置: the center's details (name, facility code, address, contact) and the automatic backups
// (how many daily ones are kept), for administrators. Other center-wide settings join it here.

#include "common/Page.h"

class QLabel;
class QPushButton;
class QSpinBox;

namespace jinglao::ui {

class CenterForm;
class PageHeader;

class SettingsPage : public Page {
    Q_OBJECT

public:
    explicit SettingsPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("settings"); }
    QString title() const override { return tr("Settings"); }
    bool isAvailableTo(const core::Actor& actor) const override;
    void refresh() override;

    // Saves the form through core; false (with the reason shown under the form) when refused.
    bool saveCenter();
    // Saves how many daily backups are kept; false (with the reason shown) when refused.
    bool saveBackupSettings();

private:
    PageHeader* m_header = nullptr;
    CenterForm* m_form = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_backupFolder = nullptr;
    QSpinBox* m_keptDaily = nullptr;
    QLabel* m_backupMessage = nullptr;
};

} // namespace jinglao::ui
