#pragma once
// The partner institutions (乡镇卫生院, county and other hospitals) with their cooperation
// agreements: from, until, what they cover, and whether the agreement is in force, expired or not
// yet begun. Those who change settings add, change and withdraw partners here.

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace jinglao::ui {

class AppContext;
class EmptyStateHint;

class PartnersPanel : public QWidget {
    Q_OBJECT

public:
    enum Column { Name, Type, Departments, Phone, ContactDoctor, Agreement, Covers, ColumnCount };

    explicit PartnersPanel(AppContext& context, QWidget* parent = nullptr);

    void refresh();
    QTableWidget* table() const { return m_table; }
    // The partner of the selected row; empty when none.
    QString selectedUid() const;

    void addPartner();
    void changePartner();
    void withdrawPartner();

Q_SIGNALS:
    void changed();

private:
    void updateActions();

    AppContext& m_context;
    QTableWidget* m_table = nullptr;
    EmptyStateHint* m_empty = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace jinglao::ui
