#pragma once
// One bed on the bed map: a small button coloured by the bed's state, showing the bed number,
// the resident and their care level.

#include "beds/Bed.h"

#include <QAbstractButton>

namespace jinglao::ui {

class BedTile : public QAbstractButton {
    Q_OBJECT

public:
    explicit BedTile(const core::BedView& view, QWidget* parent = nullptr);

    const core::BedView& view() const { return m_view; }
    core::BedState state() const { return m_view.state; }
    QString bedCode() const { return m_view.bed.code; }

    // Wide enough for a three-character name beside the longest care level and for every state's
    // word in the current language ("Out of service"), so nothing overlaps or is cut.
    QSize sizeHint() const override;
    static QColor fillColor(core::BedState state);
    static QColor borderColor(core::BedState state);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static QString shortLevel(int careLevel);
    QFont smallFont() const;
    QFont mainFont() const;

    core::BedView m_view;
};

} // namespace jinglao::ui
