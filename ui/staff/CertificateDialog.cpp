#include "staff/CertificateDialog.h"

#include "common/AppContext.h"
#include "common/Clock.h"
#include "common/DateEdit.h"
#include "common/ErrorDialog.h"
#include "staff/StaffService.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>

namespace jinglao::ui {

CertificateDialog::CertificateDialog(AppContext& context, QString staffUid, const QString& staffName,
                                     QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_staffUid(std::move(staffUid))
{
    setObjectName(QStringLiteral("certificateDialog"));
    setWindowTitle(tr("Add a certificate for %1").arg(staffName));
    auto* layout = new QFormLayout(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("certificateNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. caregiver vocational skill certificate"));
    layout->addRow(tr("Certificate"), m_name);
    m_number = new QLineEdit(this);
    m_number->setObjectName(QStringLiteral("certificateNumberLineEdit"));
    layout->addRow(tr("Number"), m_number);
    m_expires = new QCheckBox(tr("Expires on"), this);
    m_expires->setObjectName(QStringLiteral("expiresCheckBox"));
    m_expires->setChecked(true);
    m_expiresOn = makeDateEdit(this, core::Clock::today().addYears(1), QStringLiteral("expiresDateEdit"));
    layout->addRow(m_expires, m_expiresOn);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addRow(buttons);
    connect(m_expires, &QCheckBox::toggled, m_expiresOn, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &CertificateDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

bool CertificateDialog::submit()
{
    const bool saved = runGuarded(this, [&] {
        core::StaffService(m_context.database())
            .addCertificate(m_context.actor(), {{},
                                                m_staffUid,
                                                m_name->text(),
                                                m_number->text(),
                                                m_expires->isChecked() ? m_expiresOn->date() : QDate()});
    });
    if (saved) {
        m_context.notifyDataChanged();
        accept();
    }
    return saved;
}

} // namespace jinglao::ui
