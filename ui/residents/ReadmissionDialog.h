#pragma once
// 再次入住: brings a former resident back into a bed; their earlier stays stay on record.

#include <QDialog>

class QDateEdit;

namespace jinglao::ui {

class AppContext;
class BedComboBox;

class ReadmissionDialog : public QDialog {
    Q_OBJECT

public:
    ReadmissionDialog(AppContext& context, const QString& residentUid, QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_residentUid;
    QDateEdit* m_date = nullptr;
    BedComboBox* m_bed = nullptr;
};

} // namespace jinglao::ui
