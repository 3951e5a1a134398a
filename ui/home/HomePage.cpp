#include "home/HomePage.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "storage/Settings.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace jinglao::ui {

HomePage::HomePage(AppContext& context, QWidget* parent)
    : Page(context, parent) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("homeHeadingLabel"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 24px; font-weight: bold;"));
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("homeDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setStyleSheet(QStringLiteral("font-size: 14px;"));
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addStretch(1);
}

QString HomePage::title() const {
    return tr("Home");
}

void HomePage::refresh() {
    core::Database& db = context().database();
    const core::Settings settings(db);
    const QString name = settings.value(core::Settings::FacilityName);
    m_heading->setText(name.isEmpty() ? tr("Jinglao elderly-care center records") : name);
    const QString lastBackup = settings.value(core::Settings::LastBackupAt);
    m_details->setText(
        tr("<p>Logged in as <b>%1</b> (%2).</p>"
           "<p>Database file: %3<br>Schema version: %4<br>Last backup: %5</p>")
            .arg(context().actor().name().toHtmlEscaped(), core::roleLabel(context().actor().role()),
                 QDir::toNativeSeparators(db.path()).toHtmlEscaped())
            .arg(db.schemaVersion())
            .arg(lastBackup.isEmpty() ? tr("never") : core::Clock::displayTimestamp(lastBackup)));
}

} // namespace jinglao::ui
