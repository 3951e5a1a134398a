#pragma once
// The bed map: rooms grouped by building and floor, each bed a BedTile. Compact enough for a
// 120-bed center to read at 1366×768 inside a scroll area.

#include "beds/Bed.h"

#include <QList>
#include <QWidget>

class QVBoxLayout;

namespace jinglao::ui {

class BedTile;

class BedMapWidget : public QWidget {
    Q_OBJECT

public:
    explicit BedMapWidget(QWidget* parent = nullptr);

    void setBeds(const QList<core::BedView>& beds);
    BedTile* tile(const QString& bedCode) const;
    QList<BedTile*> tiles() const { return m_tiles; }

Q_SIGNALS:
    void tileClicked(const core::BedView& view);
    void tileMenuRequested(const core::BedView& view, const QPoint& globalPosition);

private:
    QWidget* makeRoom(const QList<core::BedView>& beds);

    QVBoxLayout* m_layout = nullptr;
    QWidget* m_content = nullptr;
    QList<BedTile*> m_tiles;
};

} // namespace jinglao::ui
