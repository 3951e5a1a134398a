#pragma once
// The center's details as a form (name, facility code, county, township, address, contact,
// phone), shared by the first-start dialog and the settings page.

#include "center/CenterProfile.h"

#include <QWidget>

class QLineEdit;

namespace jinglao::ui {

class CenterForm : public QWidget {
    Q_OBJECT

public:
    explicit CenterForm(QWidget* parent = nullptr);

    core::CenterProfile profile() const;
    void setProfile(const core::CenterProfile& profile);
    void setReadOnly(bool readOnly);

private:
    QLineEdit* field(const QString& objectName, int maximumLength);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_code = nullptr;
    QLineEdit* m_county = nullptr;
    QLineEdit* m_township = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_contact = nullptr;
    QLineEdit* m_phone = nullptr;
};

} // namespace jinglao::ui
