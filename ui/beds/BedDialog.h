#pragma once
// Adds one bed or edits one: building, floor, room, code, type and dementia unit.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace jinglao::ui {

class AppContext;

class BedDialog : public QDialog {
    Q_OBJECT

public:
    // bedUid empty: a new bed.
    BedDialog(AppContext& context, const QString& bedUid = {}, QWidget* parent = nullptr);
    bool submit();

private:
    AppContext& m_context;
    QString m_bedUid;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_floor = nullptr;
    QLineEdit* m_room = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_dementia = nullptr;
};

} // namespace jinglao::ui
