#pragma once
// The services of an agreement or a visit (助餐 助浴 助洁 助行 助医 助急 探访 康复) as check
// boxes in two rows, each named <code>ServiceCheckBox (mealServiceCheckBox …); with shortcuts,
// Alt+1 … Alt+8 toggle them (and take the keyboard there) from anywhere in the window.

#include "familybeds/FamilyBed.h"

#include <QWidget>

class QCheckBox;

namespace jinglao::ui {

class ServiceCheckBoxes : public QWidget {
    Q_OBJECT

public:
    ServiceCheckBoxes(bool withShortcuts, QWidget* parent);

    QList<core::VisitService> services() const;
    void setServices(const QList<core::VisitService>& services);
    const QList<QCheckBox*>& boxes() const { return m_boxes; }

private:
    QList<QCheckBox*> m_boxes;
};

} // namespace jinglao::ui
