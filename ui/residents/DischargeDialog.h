#pragma once
// 出院: ends a resident's stay on a date for a reason and frees the bed.

#include <QDialog>

class QComboBox;
class QDateEdit;

namespace jinglao::ui {

class AppContext;

class DischargeDialog : public QDialog {
    Q_OBJECT

public:
    DischargeDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_residentUid;
    QDateEdit* m_date = nullptr;
    QComboBox* m_reason = nullptr;
};

} // namespace jinglao::ui
