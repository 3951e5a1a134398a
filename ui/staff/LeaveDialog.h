#pragma once
// Records a leave period (first and last day, reason) for one staff member; shifts rostered
// inside it warn on the roster. submit() saves through core.

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace jinglao::ui {

class AppContext;

class LeaveDialog : public QDialog {
    Q_OBJECT

public:
    LeaveDialog(AppContext& context, QString staffUid, const QString& staffName, QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_staffUid;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_reason;
};

} // namespace jinglao::ui
