#pragma once
// The staff page: current or former staff, adding and editing people, their certificates
// (with expiry warnings) and leave periods.

#include "common/Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableView;

namespace jinglao::ui {

class StaffTableModel;

class StaffPage : public Page {
    Q_OBJECT

public:
    explicit StaffPage(AppContext& context, QWidget* parent = nullptr);

    QString pageId() const override { return QStringLiteral("staff"); }
    QString title() const override;
    void refresh() override;

    StaffTableModel* model() const { return m_model; }

private:
    QString currentUid() const;
    void showDetails();
    void addStaff();
    void editStaff();
    void addCertificate();
    void addLeave();

    QLabel* m_certificateWarnings;
    QComboBox* m_filter;
    QLineEdit* m_search = nullptr;
    QTableView* m_table;
    StaffTableModel* m_model;
    QListWidget* m_details;
    QPushButton* m_add;
    QPushButton* m_edit;
    QPushButton* m_certificate;
    QPushButton* m_leave;
};

} // namespace jinglao::ui
