#include "beds/BedMapWidget.h"

#include "beds/BedTile.h"
#include "common/FlowLayout.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace jinglao::ui {

BedMapWidget::BedMapWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("bedMapWidget"));
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
}

BedTile* BedMapWidget::tile(const QString& bedCode) const
{
    for (BedTile* candidate : m_tiles) {
        if (candidate->bedCode() == bedCode)
            return candidate;
    }
    return nullptr;
}

QWidget* BedMapWidget::makeRoom(const QList<core::BedView>& beds)
{
    auto* room = new QFrame;
    room->setObjectName(QStringLiteral("roomFrame"));
    const bool dementia = beds.constFirst().bed.dementiaUnit;
    room->setStyleSheet(
        dementia ? QStringLiteral(
                       "#roomFrame { border: 1px dashed #8e24aa; border-radius: 4px; background: #faf5fc; }")
                 : QStringLiteral(
                       "#roomFrame { border: 1px solid #d0d0d0; border-radius: 4px; background: #fafafa; }"));
    auto* layout = new QVBoxLayout(room);
    layout->setContentsMargins(4, 2, 4, 4);
    layout->setSpacing(2);
    QString title = tr("Room %1").arg(beds.constFirst().bed.room);
    if (dementia)
        title += QStringLiteral(" · ") + tr("Dementia unit");
    auto* label = new QLabel(title, room);
    label->setStyleSheet(
        dementia ? QStringLiteral("font-size: 11px; color: #6a1b9a; border: none; background: transparent;")
                 : QStringLiteral("font-size: 11px; color: #555; border: none; background: transparent;"));
    layout->addWidget(label);
    auto* row = new QHBoxLayout;
    row->setSpacing(4);
    for (const core::BedView& view : beds) {
        auto* tile = new BedTile(view, room);
        m_tiles.append(tile);
        connect(tile, &QAbstractButton::clicked, this, [this, tile] { Q_EMIT tileClicked(tile->view()); });
        connect(tile, &QWidget::customContextMenuRequested, this, [this, tile](const QPoint& at) {
            Q_EMIT tileMenuRequested(tile->view(), tile->mapToGlobal(at));
        });
        row->addWidget(tile);
    }
    layout->addLayout(row);
    return room;
}

void BedMapWidget::setBeds(const QList<core::BedView>& beds)
{
    m_tiles.clear();
    if (m_content) {
        m_layout->removeWidget(m_content);
        m_content->deleteLater();
    }
    m_content = new QWidget(this);
    auto* content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->setSpacing(4);

    if (beds.isEmpty()) {
        auto* empty = new QLabel(tr("No beds yet. Add a room's beds with \"Add room\"."), m_content);
        empty->setObjectName(QStringLiteral("emptyMapLabel"));
        empty->setStyleSheet(QStringLiteral("color: #666; font-size: 14px; padding: 24px;"));
        content->addWidget(empty);
    }

    // beds arrive sorted by building, floor, room and code; group them as they come.
    qsizetype i = 0;
    QString building;
    bool first = true;
    while (i < beds.size()) {
        const core::Bed& head = beds.at(i).bed;
        if (first || head.building != building) {
            building = head.building;
            first = false;
            auto* heading =
                new QLabel(building.isEmpty() ? tr("Beds") : tr("Building %1").arg(building), m_content);
            heading->setStyleSheet(QStringLiteral("font-size: 14px; font-weight: bold; margin-top: 4px;"));
            content->addWidget(heading);
        }
        const QString floor = head.floor;
        auto* floorRow = new QHBoxLayout;
        floorRow->setSpacing(6);
        auto* floorLabel = new QLabel(floor.isEmpty() ? QString() : tr("Floor %1").arg(floor), m_content);
        floorLabel->setFixedWidth(54);
        floorLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
        floorLabel->setStyleSheet(QStringLiteral("color: #444; padding-top: 18px;"));
        floorRow->addWidget(floorLabel);
        auto* rooms = new QWidget(m_content);
        auto* flow = new FlowLayout(rooms, 6);
        while (i < beds.size() && beds.at(i).bed.building == building && beds.at(i).bed.floor == floor) {
            const QString room = beds.at(i).bed.room;
            QList<core::BedView> inRoom;
            while (i < beds.size() && beds.at(i).bed.building == building && beds.at(i).bed.floor == floor &&
                   beds.at(i).bed.room == room) {
                inRoom.append(beds.at(i));
                ++i;
            }
            QWidget* box = makeRoom(inRoom);
            box->setParent(rooms);
            flow->addWidget(box);
        }
        QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
        policy.setHeightForWidth(true);
        rooms->setSizePolicy(policy);
        floorRow->addWidget(rooms, 1);
        content->addLayout(floorRow);
    }
    content->addStretch(1);
    m_layout->addWidget(m_content);
}

} // namespace jinglao::ui
