#pragma once
// Adds a room's beds in one go: A-101-1, A-101-2 … numbered after the room's existing beds.

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace jinglao::ui {

class AppContext;

class RoomBedsDialog : public QDialog {
    Q_OBJECT

public:
    explicit RoomBedsDialog(AppContext& context, QWidget* parent = nullptr);
    bool submit();
    const QStringList& addedCodes() const { return m_added; }

private:
    void updatePreview();

    AppContext& m_context;
    QLineEdit* m_building = nullptr;
    QLineEdit* m_floor = nullptr;
    QLineEdit* m_room = nullptr;
    QSpinBox* m_count = nullptr;
    QComboBox* m_type = nullptr;
    QCheckBox* m_dementia = nullptr;
    QLabel* m_preview = nullptr;
    QStringList m_added;
};

} // namespace jinglao::ui
