#pragma once
// Chooses a free bed in service: "A-101-2 · 护理型床位". Used by admission, transfer and
// re-admission.

#include <QComboBox>

namespace jinglao::ui {

class AppContext;

class BedComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit BedComboBox(AppContext& context, bool allowNone, QWidget* parent = nullptr);

    void reload();
    QString bedUid() const;
    // Selects bedUid; false when it is not among the free beds.
    bool selectBed(const QString& bedUid);

private:
    AppContext& m_context;
    bool m_allowNone;
};

} // namespace jinglao::ui
