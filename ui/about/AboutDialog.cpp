#include "about/AboutDialog.h"

#include "storage/Database.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace jinglao::ui {

AboutDialog::AboutDialog(const core::Database& database, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Jinglao"));
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(this);
    text->setObjectName(QStringLiteral("aboutLabel"));
    text->setTextFormat(Qt::RichText);
    text->setWordWrap(true);
    text->setText(
        tr("<h2>Jinglao %1</h2>"
           "<p>Records for a township elderly-care center: residents, beds, assessments, staff, shift "
           "logs, family care beds, referrals and county reports.</p>"
           "<p>Licence: GNU General Public License, version 3 or later.</p>"
           "<p>Qt %2 · SQLite %3 · database schema version %4</p>")
            .arg(QStringLiteral(JINGLAO_VERSION), QString::fromLatin1(qVersion()), database.sqliteVersion())
            .arg(database.schemaVersion()));
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, 260);
}

} // namespace jinglao::ui
