#pragma once
// Adds a certificate (name, number, expiry) to one staff member; submit() saves through core.

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace jinglao::ui {

class AppContext;

class CertificateDialog : public QDialog {
    Q_OBJECT

public:
    CertificateDialog(AppContext& context, QString staffUid, const QString& staffName,
                      QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_staffUid;
    QLineEdit* m_name;
    QLineEdit* m_number;
    QCheckBox* m_expires;
    QDateEdit* m_expiresOn;
};

} // namespace jinglao::ui
