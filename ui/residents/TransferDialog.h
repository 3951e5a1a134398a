#pragma once
// 调床: moves a present resident to another free bed from a date on, with a reason.

#include <QDialog>

class QDateEdit;
class QLineEdit;

namespace jinglao::ui {

class AppContext;
class BedComboBox;

class TransferDialog : public QDialog {
    Q_OBJECT

public:
    TransferDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_residentUid;
    BedComboBox* m_bed = nullptr;
    QDateEdit* m_date = nullptr;
    QLineEdit* m_reason = nullptr;
};

} // namespace jinglao::ui
