#pragma once
// Chooses a free bed in service: "A-101-2 · 护理型床位 · 同室：张三（男）", with the people already in
// its room, and asks before someone is placed in a room shared with the other gender. Used by
// admission, transfer and re-admission.

#include "beds/Bed.h"

#include <QComboBox>

namespace jinglao::ui {

class AppContext;

class BedComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit BedComboBox(AppContext& context, bool allowNone, QWidget* parent = nullptr);

    void reload();
    QString bedUid() const;
    QString bedCode() const;
    // Selects bedUid; false when it is not among the free beds.
    bool selectBed(const QString& bedUid);

    // "A-101-2 · 护理型床位 · 同室：张三（男）", or "… · 空房间" when nobody else is in the room.
    static QString label(const core::FreeBed& bed);
    // Placing residentName (gender 1 male, 2 female) in the chosen bed: when its room holds someone
    // of the other gender (residentUid, who may be moving within the room, left out), asks first.
    // True when there is nothing to ask or the person confirmed; also true without a bed chosen.
    bool confirmPlacement(const QString& residentUid, const QString& residentName, int gender);

private:
    AppContext& m_context;
    bool m_allowNone;
};

} // namespace jinglao::ui
